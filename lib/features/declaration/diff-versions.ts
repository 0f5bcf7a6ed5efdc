import { diffArrays, diffWords } from "diff";
import type { BuiltHtml } from "@/lib/kernel/html/built-html";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { blockKeys } from "./block-keys";
import type { BlockNode, DeclarationDoc } from "./document-schema";
import { articleNumbers, blockText } from "./document-text";
import { renderBlock } from "./render-document";

/**
 * A readable comparison of two texts: block by block (paragraphs, headings, articles, lists), and
 * inside a changed block word by word. Computed on the server from the stored versions; the page
 * shows it inline or side by side.
 */

export interface WordChange {
  value: string;
  change: "same" | "added" | "removed";
}

/**
 * `article` is the block's article number in the version it is shown from (the later one, for
 * blocks in both); `beforeArticle` its number in the earlier version. Each side of a comparison
 * shows its own version's numbering: `beforeHtml` / `before` are rendered with the earlier
 * numbers. `renumbered`: an article heading whose number differs between the two.
 */
export type BlockDiff =
  | { kind: "same"; html: BuiltHtml; beforeHtml: BuiltHtml; article: number; beforeArticle: number; renumbered: boolean }
  | { kind: "added"; html: BuiltHtml; article: number }
  | { kind: "removed"; html: BuiltHtml; article: number }
  | {
      kind: "changed";
      before: BuiltHtml;
      after: BuiltHtml;
      words: WordChange[];
      article: number;
      beforeArticle: number;
      renumbered: boolean;
      formattingOnly: boolean;
    };

export interface VersionDiff {
  blocks: BlockDiff[];
  counts: { added: number; removed: number; changed: number };
}

const wordChanges = (before: string, after: string): WordChange[] =>
  diffWords(before, after).map((p) => ({ value: p.value, change: p.added ? "added" : p.removed ? "removed" : "same" }));

/**
 * Two blocks are read as one that changed when they are of the same kind and share at least
 * 40 % of their text; otherwise a rewrite shows as removed + added, which reads better.
 */
function pairs(before: BlockNode, after: BlockNode): boolean {
  if (before.type !== after.type) return false;
  const a = blockText(before);
  const b = blockText(after);
  if (a === b) return true;
  const same = diffWords(a, b).reduce((n, p) => (p.added || p.removed ? n : n + p.value.length), 0);
  return same / Math.max(a.length, b.length, 1) >= 0.4;
}

export function diffDocuments(before: DeclarationDoc, after: DeclarationDoc, locale: Locale): VersionDiff {
  const opts = { locale, headingOffset: 2 };
  const beforeArticles = articleNumbers(before);
  const afterArticles = articleNumbers(after);
  const parts = diffArrays(blockKeys(before.content), blockKeys(after.content));
  const blocks: BlockDiff[] = [];
  const counts = { added: 0, removed: 0, changed: 0 };
  let bi = 0;
  let ai = 0;
  const html = (b: BlockNode, article: number) => renderBlock(b, opts, article);

  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (!part.added && !part.removed) {
      for (let k = 0; k < part.count; k++, bi++, ai++) {
        const block = after.content[ai]!;
        const [was, is] = [beforeArticles[bi]!, afterArticles[ai]!];
        blocks.push({
          kind: "same",
          html: html(block, is),
          beforeHtml: was === is ? html(block, is) : html(before.content[bi]!, was),
          article: is,
          beforeArticle: was,
          renumbered: block.type === "article" && was !== is,
        });
      }
      continue;
    }
    // A removal followed by an addition is read as blocks that changed, pair by pair, when their kind matches.
    const removed = part.removed ? part.count : 0;
    const next = parts[p + 1];
    const added = part.added ? part.count : next?.added && part.removed ? next.count : 0;
    if (part.removed && next?.added) p++;
    const removedBlocks = before.content.slice(bi, bi + removed);
    const addedBlocks = after.content.slice(ai, ai + added);
    let r = 0;
    let a = 0;
    while (r < removedBlocks.length || a < addedBlocks.length) {
      const rb = removedBlocks[r];
      const ab = addedBlocks[a];
      if (rb && ab && pairs(rb, ab)) {
        const beforeText = blockText(rb);
        const afterText = blockText(ab);
        blocks.push({
          kind: "changed",
          before: html(rb, beforeArticles[bi + r]!),
          after: html(ab, afterArticles[ai + a]!),
          words: wordChanges(beforeText, afterText),
          article: afterArticles[ai + a]!,
          beforeArticle: beforeArticles[bi + r]!,
          renumbered: ab.type === "article" && beforeArticles[bi + r] !== afterArticles[ai + a],
          formattingOnly: beforeText === afterText,
        });
        counts.changed++;
        r++;
        a++;
      } else if (rb && !addedBlocks.slice(a).some((later) => pairs(rb, later))) {
        blocks.push({ kind: "removed", html: html(rb, beforeArticles[bi + r]!), article: beforeArticles[bi + r]! });
        counts.removed++;
        r++;
      } else {
        // Either nothing is left on the removed side, or this removed block pairs with a later addition.
        blocks.push({ kind: "added", html: html(ab!, afterArticles[ai + a]!), article: afterArticles[ai + a]! });
        counts.added++;
        a++;
      }
    }
    bi += removed;
    ai += added;
  }
  return { blocks, counts };
}
