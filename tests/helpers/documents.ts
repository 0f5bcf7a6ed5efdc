/**
 * Reads generated documents back the way a reader would, for tests of every feature that exports
 * PDF or Word: pdf.js (Firefox's PDF engine, pure JavaScript) for PDFs, the zip itself for .docx.
 */
import JSZip from "jszip";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

export type OutlineEntry = { title: string; children: OutlineEntry[] };

export type PdfFacts = {
  pageCount: number;
  /** Width and height of the first page in millimetres. */
  pageSizeMm: [number, number];
  /** Text of each page, lines joined with spaces (header and footer included). */
  pages: string[];
  text: string;
  outline: OutlineEntry[];
  /** /MarkInfo << /Marked true >> and a /StructTreeRoot: the PDF is tagged for assistive technology. */
  tagged: boolean;
  title: string | undefined;
  language: string | undefined;
  /** Images painted on each page (the city's logo on the first one, charts are vectors). */
  imagesPerPage: number[];
  /** The XMP metadata packet, as written (undefined without one). */
  xmp: string | undefined;
  /** /ViewerPreferences /DisplayDocTitle: viewers show the title, not the file name. */
  displayDocTitle: boolean;
  /** Figure elements of the structure tree, and how many of them have no alternative text. */
  figures: number;
  figuresWithoutAlt: number;
};

type StructNode = { role?: string; alt?: string; children?: StructNode[] };

function countFigures(node: StructNode | null, acc: { figures: number; withoutAlt: number }): void {
  if (!node) return;
  if (node.role === "Figure") {
    acc.figures++;
    if (!node.alt?.trim()) acc.withoutAlt++;
  }
  for (const child of node.children ?? []) if (typeof child === "object" && child) countFigures(child, acc);
}

export async function inspectPdf(pdf: Buffer): Promise<PdfFacts> {
  if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") throw new Error("not a PDF: it does not start with %PDF-");
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    const imagesPerPage: number[] = [];
    let hasStructTree = false;
    const figures = { figures: 0, withoutAlt: 0 };
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = (await doc.getPage(1)).view;
    const mm = (points: number) => Math.round((points / 72) * 25.4);
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : ""))
          .join("")
          .replace(/\s+/g, " ")
          .trim(),
      );
      const ops = await page.getOperatorList();
      imagesPerPage.push(ops.fnArray.filter((op) => op === OPS.paintImageXObject || op === OPS.paintInlineImageXObject).length);
      // pdf.js answers null when the document has no /StructTreeRoot.
      const tree = (await page.getStructTree()) as StructNode | null;
      hasStructTree ||= tree !== null;
      countFigures(tree, figures);
    }
    const mark = await doc.getMarkInfo();
    // pdf.js types the document information dictionary as a bare Object.
    const metadata = await doc.getMetadata();
    const info = metadata.info as Record<string, unknown>;
    const prefs = (await doc.getViewerPreferences()) as Record<string, unknown> | null;
    const toOutline = (items: Array<{ title: string; items: unknown[] }> | null): OutlineEntry[] =>
      (items ?? []).map((i) => ({ title: i.title, children: toOutline(i.items as typeof items) }));
    return {
      pageCount: doc.numPages,
      pageSizeMm: [mm(x1 - x0), mm(y1 - y0)],
      pages,
      text: pages.join("\n"),
      outline: toOutline(await doc.getOutline()),
      tagged: Boolean(mark?.Marked) && hasStructTree,
      title: typeof info.Title === "string" ? info.Title : undefined,
      language: typeof info.Language === "string" ? info.Language : undefined,
      imagesPerPage,
      xmp: metadata.metadata?.getRaw() ?? undefined,
      displayDocTitle: prefs?.DisplayDocTitle === true,
      figures: figures.figures,
      figuresWithoutAlt: figures.withoutAlt,
    };
  } finally {
    await doc.destroy();
  }
}

export type DocxFacts = {
  contentTypes: string;
  documentXml: string;
  /** The text of the body, one entry per paragraph. */
  paragraphs: string[];
  /** Paragraph style ids used in the body, e.g. "Heading1". */
  paragraphStyles: Set<string>;
  coreXml: string;
  stylesXml: string;
  /** The embedded images (word/media/…) by name. */
  media: Record<string, Uint8Array>;
  /** The text of each page header (word/header*.xml), one entry per header part. */
  headers: string[];
};

export async function inspectDocx(docx: Buffer): Promise<DocxFacts> {
  const zip = await JSZip.loadAsync(docx);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`the .docx has no ${name}`);
    return file.async("string");
  };
  const documentXml = await read("word/document.xml");
  const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? "")).join(""))
    .filter((t) => t.length > 0);
  return {
    contentTypes: await read("[Content_Types].xml"),
    documentXml,
    paragraphs,
    paragraphStyles: new Set([...documentXml.matchAll(/<w:pStyle w:val="([^"]+)"/g)].map((m) => m[1] ?? "")),
    coreXml: await read("docProps/core.xml"),
    stylesXml: await read("word/styles.xml"),
    headers: await Promise.all(
      Object.values(zip.files)
        .filter((f) => /^word\/header\d*\.xml$/.test(f.name))
        .map(async (f) => [...(await f.async("string")).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? "")).join("")),
    ),
    media: Object.fromEntries(
      await Promise.all(
        Object.values(zip.files)
          .filter((f) => f.name.startsWith("word/media/") && !f.dir)
          .map(async (f) => [f.name, await f.async("uint8array")] as const),
      ),
    ),
  };
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "");
}
