/**
 * The declaration's document model: a small allowlist of ProseMirror node and mark types, shared
 * by the editor (editor-extensions.ts), the server-side sanitizer (sanitize-document.ts) and the
 * renderer (render-document.ts). Nothing outside this list is ever stored or rendered; the text
 * is JSON, never HTML.
 */

export type MarkType = "bold" | "italic" | "link" | "comment";
export type BlockType = "paragraph" | "heading" | "article" | "bulletList" | "orderedList";

export interface DocMark {
  type: MarkType;
  attrs?: { href?: string; anchorId?: string };
}

export interface TextNode {
  type: "text";
  text: string;
  marks?: DocMark[];
}

export interface HardBreakNode {
  type: "hardBreak";
}

export type InlineNode = TextNode | HardBreakNode;

export interface ParagraphNode {
  type: "paragraph";
  content?: InlineNode[];
}

export interface HeadingNode {
  type: "heading";
  attrs: { level: 1 | 2 | 3 };
  content?: InlineNode[];
}

/** A numbered article of the declaration: its heading. Numbers are counted, never typed (1, 2, …). */
export interface ArticleNode {
  type: "article";
  content?: InlineNode[];
}

export interface ListItemNode {
  type: "listItem";
  content: (ParagraphNode | BulletListNode | OrderedListNode)[];
}

export interface BulletListNode {
  type: "bulletList";
  content: ListItemNode[];
}

export interface OrderedListNode {
  type: "orderedList";
  attrs?: { start?: number };
  content: ListItemNode[];
}

export type BlockNode = ParagraphNode | HeadingNode | ArticleNode | BulletListNode | OrderedListNode;

export interface DeclarationDoc {
  type: "doc";
  content: BlockNode[];
}

export const LIMITS = {
  /** Characters of text in the whole document: a declaration is a few pages, this is ~60 pages. */
  textChars: 200_000,
  /** Nodes of any kind; guards the walk and the diff against documents built to exhaust them. */
  nodes: 20_000,
  /** Nesting (lists in lists); the editor never needs more. */
  depth: 12,
  /** One link target. */
  hrefChars: 2_000,
} as const;

/** The comment mark's id (D2 creates them): short, URL- and attribute-safe. */
export const ANCHOR_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Link targets people may use: web pages and e-mail. No javascript:, data:, file:, vbscript:, … */
export const LINK_PROTOCOLS = ["https:", "http:", "mailto:"] as const;

export const emptyDocument = (): DeclarationDoc => ({ type: "doc", content: [{ type: "paragraph" }] });

/**
 * A safe, normalised link target or null. The URL parser removes tabs, newlines and leading
 * control characters the way browsers do, so "java\tscript:" is seen as the javascript: it is;
 * a relative or entity-encoded value ("&#106;avascript:…") does not parse as absolute and is refused.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > LIMITS.hrefChars) return null;
  // Invisible and direction characters in a link target only ever serve to disguise it.
  if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!(LINK_PROTOCOLS as readonly string[]).includes(url.protocol)) return null;
  if (url.protocol !== "mailto:" && !url.hostname) return null;
  // URLs keep ' unencoded; encoding it means the value is inert in any attribute quoting.
  return url.href.replace(/'/g, "%27");
}
