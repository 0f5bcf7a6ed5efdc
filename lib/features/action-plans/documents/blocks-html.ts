/**
 * The block model of lib/kernel/documents/docx.ts as HTML for printPdf, so a document describes its
 * content once and the PDF and the Word file say the same. Headings get ids (for the table of
 * contents' links); the "toc" block becomes tocHtml() of the headings that follow it.
 */
import { escapeHtml, headingId, tocHtml } from "@/lib/kernel/documents/document-html";
import type { DocxBlock, DocxRun } from "@/lib/kernel/documents/docx";

function runHtml(r: DocxRun): string {
  let html = escapeHtml(r.text);
  if (r.bold) html = `<strong>${html}</strong>`;
  if (r.italic) html = `<em>${html}</em>`;
  // Only web links: a stored text must not become a javascript: or file: link in the PDF.
  if (r.link && /^https?:\/\//i.test(r.link)) html = `<a href="${escapeHtml(r.link)}">${html}</a>`;
  return html;
}

export function blocksToHtml(blocks: readonly DocxBlock[]): string {
  const used = new Set<string>();
  const ids = blocks.map((b) => (b.kind === "heading" ? headingId(b.text, used) : null));
  const parts = blocks.map((b, i): string => {
    switch (b.kind) {
      case "heading":
        return `<h${b.level} id="${ids[i]}">${escapeHtml(b.text)}</h${b.level}>`;
      case "paragraph":
        return `<p>${b.runs.map(runHtml).join("")}</p>`;
      case "bulletList":
        return `<ul>${b.items.map((t) => `<li>${escapeHtml(t)}</li>`).join("")}</ul>`;
      case "orderedList":
        return `<ol>${b.items.map((t) => `<li>${escapeHtml(t)}</li>`).join("")}</ol>`;
      case "table":
        return `<table><thead><tr>${b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${b.rows
          .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`)
          .join("")}</tbody></table>`;
      case "pageBreak":
        return `<div class="page-break"></div>`;
      case "toc": {
        const entries = blocks
          .map((h, j) => (h.kind === "heading" && j > i && h.level >= 2 && h.level <= 3 ? { id: ids[j]!, text: h.text, level: h.level } : null))
          .filter((e): e is { id: string; text: string; level: 2 | 3 } => e !== null);
        return tocHtml(entries, b.title);
      }
    }
  });
  return parts.join("\n");
}
