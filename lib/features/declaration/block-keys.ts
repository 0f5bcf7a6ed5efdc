import type { BlockNode } from "./document-schema";

/**
 * A block's identity for diffs and merges: JSON with sorted keys. PostgreSQL's jsonb stores keys
 * in its own order, so a plain JSON.stringify of a stored version would differ from the same
 * block fresh from the editor.
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export const blockKeys = (blocks: readonly BlockNode[]) => blocks.map(canonical);
