import { z } from "zod";
import { ValidationError } from "@/lib/kernel/errors";
import {
  ANCHOR_ID,
  LIMITS,
  safeHref,
  type BlockNode,
  type DeclarationDoc,
  type DocMark,
  type InlineNode,
  type ListItemNode,
  type ParagraphNode,
} from "./document-schema";

/**
 * The server's check of every document before it is stored: whatever the browser sent, only the
 * allowlisted nodes, marks and attributes of document-schema.ts survive. Unknown nodes are dropped
 * (with their content), unknown marks and attributes are dropped, a link with an unsafe target
 * loses the link and keeps its text. A document over the limits is refused.
 */

interface RawMark {
  type: string;
  attrs?: Record<string, unknown>;
}
interface RawNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RawNode[];
  text?: string;
  marks?: RawMark[];
}

const ZRawMark = z.object({ type: z.string().max(40), attrs: z.record(z.string(), z.unknown()).optional() });
// zod objects drop keys they do not name, so only these four ever reach the walk.
const ZRawNode: z.ZodType<RawNode> = z.lazy(() =>
  z.object({
    type: z.string().max(40),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(ZRawNode).max(LIMITS.nodes).optional(),
    text: z.string().max(LIMITS.textChars).optional(),
    marks: z.array(ZRawMark).max(20).optional(),
  }),
);

export const ZDeclarationContent = z.object({ type: z.literal("doc"), content: z.array(ZRawNode).max(LIMITS.nodes) });

const tooBig = () => new ValidationError({ content: ["declaration.validation.tooLong"] });
const invalid = () => new ValidationError({ content: ["declaration.validation.invalidDocument"] });

// Control characters have no place in prose (ProseMirror text never holds newlines either).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

class Walk {
  nodes = 0;
  chars = 0;

  count(depth: number) {
    this.nodes += 1;
    if (this.nodes > LIMITS.nodes || depth > LIMITS.depth) throw tooBig();
  }

  marks(raw: RawMark[] | undefined): DocMark[] | undefined {
    const out: DocMark[] = [];
    const seen = new Set<string>();
    for (const m of raw ?? []) {
      let mark: DocMark | null = null;
      if (m.type === "bold" || m.type === "italic") mark = { type: m.type };
      else if (m.type === "link") {
        const href = safeHref(m.attrs?.href);
        mark = href ? { type: "link", attrs: { href } } : null;
      } else if (m.type === "comment") {
        const id = m.attrs?.anchorId;
        mark = typeof id === "string" && ANCHOR_ID.test(id) ? { type: "comment", attrs: { anchorId: id } } : null;
      }
      // One mark of a kind per text run (two comments on one passage nest as separate anchors in the editor).
      const key = mark?.type === "comment" ? `comment:${mark.attrs?.anchorId}` : mark?.type;
      if (mark && key && !seen.has(key)) {
        seen.add(key);
        out.push(mark);
      }
    }
    return out.length ? out : undefined;
  }

  inline(raw: RawNode[] | undefined, depth: number): InlineNode[] | undefined {
    const out: InlineNode[] = [];
    for (const n of raw ?? []) {
      this.count(depth);
      if (n.type === "hardBreak") out.push({ type: "hardBreak" });
      else if (n.type === "text" && typeof n.text === "string") {
        const text = n.text.replace(CONTROL, "");
        if (!text) continue;
        this.chars += text.length;
        if (this.chars > LIMITS.textChars) throw tooBig();
        const marks = this.marks(n.marks);
        out.push(marks ? { type: "text", text, marks } : { type: "text", text });
      }
    }
    return out.length ? out : undefined;
  }

  paragraph(n: RawNode, depth: number): ParagraphNode {
    const content = this.inline(n.content, depth + 1);
    return content ? { type: "paragraph", content } : { type: "paragraph" };
  }

  listItems(raw: RawNode[] | undefined, depth: number): ListItemNode[] {
    const items: ListItemNode[] = [];
    for (const n of raw ?? []) {
      this.count(depth);
      if (n.type !== "listItem") continue;
      const content: ListItemNode["content"] = [];
      for (const child of n.content ?? []) {
        this.count(depth + 1);
        if (child.type === "paragraph") content.push(this.paragraph(child, depth + 1));
        else if (child.type === "bulletList" || child.type === "orderedList") {
          const list = this.list(child, depth + 1);
          if (list) content.push(list);
        }
      }
      // A list item starts with a paragraph in the editor's schema.
      if (content[0]?.type !== "paragraph") content.unshift({ type: "paragraph" });
      items.push({ type: "listItem", content });
    }
    return items;
  }

  list(n: RawNode, depth: number) {
    const content = this.listItems(n.content, depth + 1);
    if (!content.length) return null;
    if (n.type === "bulletList") return { type: "bulletList" as const, content };
    const start = n.attrs?.start;
    const ok = typeof start === "number" && Number.isInteger(start) && start > 1 && start <= 10_000;
    return ok ? { type: "orderedList" as const, attrs: { start }, content } : { type: "orderedList" as const, content };
  }

  block(n: RawNode, depth: number): BlockNode | null {
    this.count(depth);
    switch (n.type) {
      case "paragraph":
        return this.paragraph(n, depth);
      case "heading": {
        const level = n.attrs?.level;
        const content = this.inline(n.content, depth + 1);
        const lvl = level === 1 || level === 2 || level === 3 ? level : 2;
        return content ? { type: "heading", attrs: { level: lvl }, content } : { type: "heading", attrs: { level: lvl } };
      }
      case "article": {
        const content = this.inline(n.content, depth + 1);
        return content ? { type: "article", content } : { type: "article" };
      }
      case "bulletList":
      case "orderedList":
        return this.list(n, depth);
      default:
        return null;
    }
  }
}

/** Validates and cleans a document from anywhere (editor, template, import). Throws ValidationError. */
export function sanitizeDocument(input: unknown): DeclarationDoc {
  const parsed = ZDeclarationContent.safeParse(input);
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((i) => i.code === "too_big");
    throw tooLong ? tooBig() : invalid();
  }
  const walk = new Walk();
  const content = parsed.data.content.map((n) => walk.block(n, 1)).filter((b): b is BlockNode => b !== null);
  // The editor keeps an empty paragraph after the last block to type into; it is not part of the
  // text (it would show as an "added" block in every comparison).
  while (content.length > 1 && content.at(-1)!.type === "paragraph" && !content.at(-1)!.content) content.pop();
  return { type: "doc", content: content.length ? content : [{ type: "paragraph" }] };
}

/** Every comment anchor in the document (D2's comments look for theirs here). */
export function anchorIds(doc: DeclarationDoc): Set<string> {
  const ids = new Set<string>();
  const visit = (nodes: readonly unknown[] | undefined) => {
    for (const node of nodes ?? []) {
      const n = node as { content?: unknown[]; marks?: DocMark[] };
      for (const m of n.marks ?? []) if (m.type === "comment" && m.attrs?.anchorId) ids.add(m.attrs.anchorId);
      visit(n.content);
    }
  };
  visit(doc.content);
  return ids;
}
