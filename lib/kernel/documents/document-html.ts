/**
 * The HTML shell every printed document shares: one print stylesheet, system fonts only and no
 * external resource, so printPdf() never needs the network. Headings h1–h3 become the PDF's
 * bookmarks (Chromium's outline follows the heading levels), so a document should keep them in
 * order: one h1, then h2 for sections, h3 below.
 */

/** The city's logo as documents embed it: its bytes (PNG or JPEG) and size in pixels (lib/features/city-settings/logo). */
export interface DocumentLogo {
  bytes: Uint8Array;
  mimeType: string;
  width: number;
  height: number;
}

/** Printed logos: at most this high and wide (about a heading's height), the aspect kept. */
export const LOGO_MAX_MM = { height: 16, width: 60 } as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const PRINT_CSS = `
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Serif", "Liberation Serif", Georgia, serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
body { margin: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1, h2, h3, h4, h5, h6, th, caption, figcaption, .chart-caption, .doc-toc {
  font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; line-height: 1.25;
}
h1 { font-size: 20pt; margin: 0 0 12pt; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; }
h4, h5, h6 { font-size: 10.5pt; margin: 10pt 0 3pt; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; }
p, li { orphans: 3; widows: 3; }
p { margin: 0 0 6pt; }
ul, ol { margin: 0 0 6pt; padding-left: 16pt; }
a { color: #0b4f9c; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; font-size: 9.5pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 3pt; }
th, td { border: 0.75pt solid #888; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
thead { display: table-header-group; }
tr, figure, img, svg { break-inside: avoid; }
img, svg { max-width: 100%; }
figure { margin: 6pt 0 10pt; }
.page-break { break-before: page; }
.doc-toc ol { list-style: none; padding-left: 0; }
.doc-toc ol ol { padding-left: 14pt; }
.doc-toc li { margin: 2pt 0; }
.doc-toc a { color: inherit; text-decoration: none; }
.doc-logo { margin: 0 0 10pt; }
.doc-logo img { max-height: ${LOGO_MAX_MM.height}mm; max-width: ${LOGO_MAX_MM.width}mm; width: auto; height: auto; }
`;

/**
 * The logo at the top of the first page, as a data: URL (the printer loads nothing from the
 * network). Only the two formats an upload may have reach the attribute.
 */
function logoHtml(logo: { image: DocumentLogo; alt: string } | null | undefined): string {
  if (!logo || !["image/png", "image/jpeg"].includes(logo.image.mimeType)) return "";
  const src = `data:${logo.image.mimeType};base64,${Buffer.from(logo.image.bytes).toString("base64")}`;
  return `<p class="doc-logo"><img src="${src}" alt="${escapeHtml(logo.alt)}"></p>\n`;
}

export function documentHtml(input: {
  lang: string;
  title: string;
  bodyHtml: string;
  css?: string;
  logo?: { image: DocumentLogo; alt: string } | null;
}): string {
  return `<!doctype html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(input.title)}</title>
<style>${PRINT_CSS}${input.css ?? ""}</style>
</head>
<body>
${logoHtml(input.logo)}${input.bodyHtml}
</body>
</html>`;
}

export type TocEntry = { id: string; text: string; level: number };

/**
 * The headings of generated HTML that carry an id, in order. Meant for markup Charta renders
 * itself (React's renderToStaticMarkup), not for arbitrary HTML.
 */
export function headingsOf(html: string, maxLevel = 3): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const match of html.matchAll(/<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/gi)) {
    const level = Number(match[1]);
    const id = /\sid="([^"]+)"/i.exec(match[2] ?? "")?.[1];
    if (!id || level > maxLevel) continue;
    entries.push({ id: decodeEntities(id), level, text: decodeEntities((match[3] ?? "").replace(/<[^>]*>/g, "")).trim() });
  }
  return entries;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, code: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (code[0] !== "#") return named[code.toLowerCase()] ?? "";
    return String.fromCodePoint(code[1]?.toLowerCase() === "x" ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
  });
}

/**
 * A table of contents as nested lists of links to the headings. Chromium cannot print the target
 * page numbers (no CSS target-counter), but the links work in the PDF and the outline has them.
 */
export function tocHtml(entries: TocEntry[], heading: string): string {
  if (entries.length === 0) return "";
  const top = Math.min(...entries.map((e) => e.level));
  let html = "";
  let depth = 0;
  for (const entry of entries) {
    const level = entry.level - top + 1;
    if (level > depth) html += "<ol><li>".repeat(level - depth);
    else html += "</li></ol>".repeat(depth - level) + "</li><li>";
    depth = level;
    html += `<a href="#${escapeHtml(entry.id)}">${escapeHtml(entry.text)}</a>`;
  }
  html += "</li></ol>".repeat(depth);
  return `<nav class="doc-toc" aria-labelledby="doc-toc-heading"><h2 id="doc-toc-heading">${escapeHtml(heading)}</h2>${html}</nav>`;
}

/** A unique, stable id for a heading text within one document (pass the same `used` set). */
export function headingId(text: string, used: Set<string>): string {
  const base =
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "section";
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
