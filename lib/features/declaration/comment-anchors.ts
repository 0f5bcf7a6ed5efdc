/**
 * Comment anchors in the declaration's JSON (ProseMirror shape): a `comment` mark with an
 * `anchorId` over the commented passage. Pure functions, shared by the consultation page (adding
 * a comment), the save path (reconciling anchors) and the summary (what each anchor covers).
 *
 * A selection is addressed as a top-level block index plus character offsets in that block's
 * text (text nodes in document order, a hard break counting as one character). That survives
 * what ProseMirror positions do not: it does not depend on the nesting of lists or on the marks
 * around it, and a reader can produce it from the rendered HTML or from the editor alike.
 *
 * The types are structural (any ProseMirror JSON), so these functions stay independent of the
 * editor's allowlist; the sanitizer decides what may be stored.
 */

export interface PMMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface PMNode {
  type: string;
  text?: string;
  marks?: PMMark[];
  attrs?: Record<string, unknown>;
  content?: PMNode[];
}

export interface PMDoc {
  type: "doc";
  content: PMNode[];
}

export interface BlockSelection {
  blockIndex: number;
  /** Offsets in the block's text, from inclusive, to exclusive. */
  from: number;
  to: number;
}

export interface AnchorInfo {
  anchorId: string;
  /** The first top-level block the anchor is in. */
  blockIndex: number;
  /** The text it covers (joined across blocks with a space when it spans several). */
  quote: string;
}

/** Anchors are ids from randomUUID without dashes' meaning: anything the document schema's ANCHOR_ID accepts. */
export const ANCHOR_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const isCommentMark = (m: PMMark, anchorId?: string) => m.type === "comment" && (anchorId === undefined || m.attrs?.anchorId === anchorId);

/** A leaf's text for offsets: a hard break is one newline, other leaves are empty. */
function leafText(node: PMNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return "";
}

/** The block's text the offsets count in. */
export function blockPlainText(block: PMNode): string {
  if (block.type === "text" || block.type === "hardBreak") return leafText(block);
  return (block.content ?? []).map(blockPlainText).join("");
}

const clone = <T>(v: T): T => structuredClone(v);

/**
 * Marks [from, to) of one block, splitting text nodes at the boundaries. Returns a new node; the
 * input is not changed. Offsets outside the block's text are clamped; an empty range marks nothing.
 */
function markRange(block: PMNode, from: number, to: number, mark: PMMark): { node: PMNode; marked: boolean } {
  let pos = 0;
  let marked = false;
  const walk = (node: PMNode): PMNode[] => {
    if (node.type === "text") {
      const text = node.text ?? "";
      const start = pos;
      const end = pos + text.length;
      pos = end;
      const a = Math.max(from, start);
      const b = Math.min(to, end);
      if (a >= b) return [node];
      marked = true;
      const pieces: PMNode[] = [];
      const piece = (s: number, e: number, withMark: boolean) => {
        if (s >= e) return;
        const marks = (node.marks ?? []).filter((m) => !(withMark && isCommentMark(m, mark.attrs?.anchorId as string)));
        pieces.push({ ...node, text: text.slice(s - start, e - start), ...(withMark ? { marks: [...marks, mark] } : node.marks ? { marks: node.marks } : {}) });
      };
      piece(start, a, false);
      piece(a, b, true);
      piece(b, end, false);
      return pieces;
    }
    if (node.type === "hardBreak") {
      pos += 1;
      return [node];
    }
    if (!node.content) return [node];
    return [{ ...node, content: node.content.flatMap(walk) }];
  };
  const [node] = walk(block);
  return { node: node!, marked };
}

/** Adds a comment mark over a selection. Throws RangeError for a block that does not exist or an empty selection. */
export function addCommentMark<D extends PMDoc>(doc: D, sel: BlockSelection, anchorId: string): D {
  if (!ANCHOR_ID_PATTERN.test(anchorId)) throw new RangeError("invalid anchor id");
  const block = doc.content[sel.blockIndex];
  if (!block) throw new RangeError("no such block");
  const text = blockPlainText(block);
  const from = Math.max(0, Math.min(sel.from, text.length));
  const to = Math.max(0, Math.min(sel.to, text.length));
  if (to <= from || text.slice(from, to).trim() === "") throw new RangeError("empty selection");
  const { node } = markRange(clone(block), from, to, { type: "comment", attrs: { anchorId } });
  const content = [...doc.content];
  content[sel.blockIndex] = node;
  return { ...doc, content };
}

/** The text of [from, to) in a block, as it will be quoted. */
export function selectionQuote(doc: PMDoc, sel: BlockSelection): string {
  const block = doc.content[sel.blockIndex];
  return block ? blockPlainText(block).slice(sel.from, sel.to) : "";
}

/** Every anchor in the document, in order of first appearance. */
export function findAnchors(doc: PMDoc): Map<string, AnchorInfo> {
  const found = new Map<string, AnchorInfo & { parts: string[]; lastBlock: number }>();
  doc.content.forEach((block, blockIndex) => {
    const visit = (node: PMNode) => {
      if (node.type === "text") {
        for (const m of node.marks ?? []) {
          const id = m.attrs?.anchorId;
          if (!isCommentMark(m) || typeof id !== "string") continue;
          const a = found.get(id);
          if (!a) found.set(id, { anchorId: id, blockIndex, quote: "", parts: [node.text ?? ""], lastBlock: blockIndex });
          else if (a.lastBlock === blockIndex) a.parts[a.parts.length - 1] += node.text ?? "";
          else {
            a.parts.push(node.text ?? "");
            a.lastBlock = blockIndex;
          }
        }
        return;
      }
      node.content?.forEach(visit);
    };
    visit(block);
  });
  return new Map([...found].map(([id, a]) => [id, { anchorId: id, blockIndex: a.blockIndex, quote: a.parts.join(" ") }]));
}

/** Removes one anchor's marks (the text stays). */
export function removeCommentMark<D extends PMDoc>(doc: D, anchorId: string): D {
  const strip = (node: PMNode): PMNode => {
    if (node.type === "text" && node.marks?.some((m) => isCommentMark(m, anchorId))) {
      const marks = node.marks.filter((m) => !isCommentMark(m, anchorId));
      const { marks: _old, ...rest } = node;
      return marks.length ? { ...rest, marks } : rest;
    }
    return node.content ? { ...node, content: node.content.map(strip) } : node;
  };
  return { ...doc, content: doc.content.map(strip) };
}

/**
 * Finds a quote in the document and marks it: the occurrence in the block nearest to where the
 * anchor was is taken (a passage usually moves little). Returns null when the quote is not found
 * in any single block's text.
 */
export function reapplyByQuote<D extends PMDoc>(doc: D, anchorId: string, quote: string, nearBlock = 0): D | null {
  if (quote.trim() === "") return null;
  let best: { blockIndex: number; from: number } | null = null;
  doc.content.forEach((block, blockIndex) => {
    const at = blockPlainText(block).indexOf(quote);
    if (at < 0) return;
    if (!best || Math.abs(blockIndex - nearBlock) < Math.abs(best.blockIndex - nearBlock)) best = { blockIndex, from: at };
  });
  if (!best) return null;
  const { blockIndex, from } = best;
  return addCommentMark(doc, { blockIndex, from, to: from + quote.length }, anchorId);
}

export interface ReconcileInput<D extends PMDoc> {
  /** The stored latest version (carries every anchor made so far, including commenters' since the editor loaded). */
  latest: PMDoc;
  /** What the editor saves. */
  incoming: D;
  /** Anchors the editor's base text had when it was loaded. */
  baseAnchorIds: ReadonlySet<string>;
  /** The quote each live comment's anchor was made on, as stored with the comment (fallback when the latest text has none). */
  quotes?: ReadonlyMap<string, string>;
}

export interface ReconcileResult<D extends PMDoc> {
  doc: D;
  /** Re-applied by quote search: added by a commenter after the editor loaded. */
  reapplied: string[];
  /** Gone: the editor deleted the passage, or a re-application found no quote. */
  orphaned: string[];
}

/**
 * Reconciles anchors on save. An anchor of the latest version that the incoming text lacks was
 * either deleted by the editor with its passage (the base had it: the comment becomes orphaned
 * and keeps its quote) or added by a commenter while the editor was open (the base lacked it: it
 * is re-applied where its quote is found, and orphaned only if the quote is gone too).
 */
export function reconcileAnchors<D extends PMDoc>(input: ReconcileInput<D>): ReconcileResult<D> {
  const inIncoming = findAnchors(input.incoming);
  let doc = input.incoming;
  const reapplied: string[] = [];
  const orphaned: string[] = [];
  for (const [id, a] of findAnchors(input.latest)) {
    if (inIncoming.has(id)) continue;
    if (input.baseAnchorIds.has(id)) {
      orphaned.push(id);
      continue;
    }
    const next = reapplyByQuote(doc, id, a.quote || input.quotes?.get(id) || "", a.blockIndex);
    if (next) {
      doc = next;
      reapplied.push(id);
    } else orphaned.push(id);
  }
  return { doc, reapplied, orphaned };
}
