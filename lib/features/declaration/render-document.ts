import { builtHtml, type BuiltHtml } from "@/lib/kernel/html/built-html";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { safeHref, ANCHOR_ID, type BlockNode, type DeclarationDoc, type DocMark, type InlineNode, type ListItemNode } from "./document-schema";
import { articleWord } from "./document-text";

/**
 * The one renderer of declaration text to HTML, used by the workspace read view, the public page
 * and the PDF: a walk over the allowlist that writes every tag itself and escapes every string.
 * It never passes HTML through, and it re-checks link targets and anchors even though the
 * sanitizer already did, so a row written by some other path still cannot inject anything.
 */

export interface RenderOptions {
  locale: Locale;
  /** Added to heading levels so the document's own headings sit below the page's (h1 → h2 with 1). */
  headingOffset?: number;
  /** Wrap commented passages in <mark data-anchor-id> (the workspace); plain text elsewhere. */
  showComments?: boolean;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const level = (n: number) => Math.min(6, Math.max(1, n));
const arrayOr = <T>(v: readonly T[] | undefined): readonly T[] => (Array.isArray(v) ? v : []);

function markOpen(m: DocMark, opts: RenderOptions): [string, string] | null {
  switch (m.type) {
    case "bold":
      return ["<strong>", "</strong>"];
    case "italic":
      return ["<em>", "</em>"];
    case "link": {
      const href = safeHref(m.attrs?.href);
      return href ? [`<a href="${escapeHtml(href)}" rel="noopener noreferrer">`, "</a>"] : null;
    }
    case "comment": {
      const id = m.attrs?.anchorId;
      if (!opts.showComments || typeof id !== "string" || !ANCHOR_ID.test(id)) return null;
      return [`<mark class="declaration-comment" data-anchor-id="${escapeHtml(id)}">`, "</mark>"];
    }
    default:
      return null;
  }
}

// Links outermost so a link is one element, then the rest in a fixed order.
const MARK_ORDER: Record<string, number> = { link: 0, comment: 1, bold: 2, italic: 3 };

function inline(nodes: readonly InlineNode[] | undefined, opts: RenderOptions): string {
  let html = "";
  for (const n of arrayOr(nodes)) {
    if (n.type === "hardBreak") html += "<br>";
    else if (n.type === "text" && typeof n.text === "string") {
      const marks = [...arrayOr(n.marks)].sort((a, b) => (MARK_ORDER[a.type] ?? 9) - (MARK_ORDER[b.type] ?? 9));
      const wraps = marks.map((m) => markOpen(m, opts)).filter((w): w is [string, string] => w !== null);
      html +=
        wraps.map((w) => w[0]).join("") +
        escapeHtml(n.text) +
        wraps
          .reverse()
          .map((w) => w[1])
          .join("");
    }
  }
  return html;
}

function listItems(items: readonly ListItemNode[], opts: RenderOptions): string {
  return arrayOr(items)
    .filter((i) => i.type === "listItem")
    .map(
      (i) =>
        `<li>${arrayOr(i.content)
          .map((c) => (c.type === "paragraph" ? `<p>${inline(c.content, opts)}</p>` : list(c, opts)))
          .join("")}</li>`,
    )
    .join("");
}

function list(block: BlockNode, opts: RenderOptions): string {
  if (block.type === "bulletList") return `<ul>${listItems(block.content, opts)}</ul>`;
  if (block.type !== "orderedList") return "";
  const start = block.attrs?.start;
  const startAttr = typeof start === "number" && Number.isInteger(start) && start > 1 ? ` start="${start}"` : "";
  return `<ol${startAttr}>${listItems(block.content, opts)}</ol>`;
}

function blockMarkup(block: BlockNode, opts: RenderOptions, articleNumber: number): string {
  const offset = opts.headingOffset ?? 0;
  switch (block.type) {
    case "paragraph":
      return `<p>${inline(block.content, opts)}</p>`;
    case "heading": {
      const raw = block.attrs?.level;
      const l = level((raw === 1 || raw === 2 || raw === 3 ? raw : 2) + offset);
      return `<h${l}>${inline(block.content, opts)}</h${l}>`;
    }
    case "article": {
      // Articles sit at the level of a document's second-level heading.
      const l = level(2 + offset);
      const title = inline(block.content, opts);
      const label = `<span class="declaration-article-number">${escapeHtml(articleWord[opts.locale])} ${articleNumber}</span>`;
      return `<h${l} class="declaration-article" id="article-${articleNumber}">${label}${title ? ` ${title}` : ""}</h${l}>`;
    }
    case "bulletList":
    case "orderedList":
      return list(block, opts);
    default:
      return "";
  }
}

/** One top-level block as HTML (the comparison view shows blocks one by one). */
export function renderBlock(block: BlockNode, opts: RenderOptions, articleNumber: number): BuiltHtml {
  return builtHtml(blockMarkup(block, opts, articleNumber));
}

export function renderDocumentHtml(doc: DeclarationDoc, opts: RenderOptions): BuiltHtml {
  let article = 0;
  return builtHtml(
    arrayOr(doc?.content)
      .map((b) => blockMarkup(b, opts, b.type === "article" ? ++article : article))
      .join("\n"),
  );
}
