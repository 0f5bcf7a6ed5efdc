import { diffArrays } from "diff";
import { blockKeys } from "./block-keys";
import type { BlockNode, DeclarationDoc } from "./document-schema";

/**
 * Three-way merge by top-level block, for two people saving from the same version: each one's
 * changes are found against the common base as hunks (a range of base blocks replaced by new
 * ones); when no two hunks touch the same base blocks — or insert at the same place — all of them
 * apply. Anything else is a conflict and nothing is merged: a person decides.
 */

interface Hunk {
  start: number;
  end: number;
  blocks: BlockNode[];
  key: string;
}

function hunks(base: DeclarationDoc, other: DeclarationDoc): Hunk[] {
  const baseKeys = blockKeys(base.content);
  const otherKeys = blockKeys(other.content);
  const out: Hunk[] = [];
  let bi = 0;
  let oi = 0;
  let current: Hunk | null = null;
  for (const part of diffArrays(baseKeys, otherKeys)) {
    if (!part.added && !part.removed) {
      if (current) out.push(current);
      current = null;
      bi += part.count;
      oi += part.count;
      continue;
    }
    current ??= { start: bi, end: bi, blocks: [], key: "" };
    if (part.removed) {
      bi += part.count;
      current.end = bi;
    } else {
      current.blocks.push(...other.content.slice(oi, oi + part.count));
      oi += part.count;
    }
  }
  if (current) out.push(current);
  for (const h of out) h.key = `${h.start}:${h.end}:${blockKeys(h.blocks).join("\u0000")}`;
  return out;
}

const clash = (a: Hunk, b: Hunk) => (a.start < b.end && b.start < a.end) || (a.start === b.start && a.start === a.end && b.start === b.end);

export type MergeResult = { ok: true; doc: DeclarationDoc } | { ok: false; conflicts: number };

export function mergeDocuments(base: DeclarationDoc, mine: DeclarationDoc, theirs: DeclarationDoc): MergeResult {
  const theirHunks = hunks(base, theirs);
  const theirKeys = new Set(theirHunks.map((h) => h.key));
  // The same change made by both counts once.
  const myHunks = hunks(base, mine).filter((h) => !theirKeys.has(h.key));
  let conflicts = 0;
  for (const m of myHunks) if (theirHunks.some((t) => clash(m, t))) conflicts++;
  if (conflicts) return { ok: false, conflicts };

  // Insertions go before a change that starts at the same block.
  const all = [...theirHunks, ...myHunks].sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  const content: BlockNode[] = [];
  let i = 0;
  for (const h of all) {
    content.push(...base.content.slice(i, h.start), ...h.blocks);
    i = Math.max(i, h.end);
  }
  content.push(...base.content.slice(i));
  return { ok: true, doc: { type: "doc", content: content.length ? content : [{ type: "paragraph" }] } };
}
