import "server-only";
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { estimatePageNumbers } from "docx/layout";
import JSZip from "jszip";
import { LOGO_MAX_MM, type DocumentLogo } from "./document-html";

/**
 * Word documents from a small block model, so the declaration, the plan and the annual report
 * describe their content once and docx details stay here. Headings use Word's built-in
 * Heading 1–6 styles, which is what Word's navigation pane, its table of contents and screen
 * readers rely on; the language is set on every run so spelling and read-aloud use it.
 */

export type DocxRun = { text: string; bold?: boolean; italic?: boolean; link?: string };

export type DocxBlock =
  | { kind: "heading"; level: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { kind: "paragraph"; runs: DocxRun[] }
  | { kind: "bulletList"; items: string[] }
  | { kind: "orderedList"; items: string[] }
  | { kind: "table"; header: string[]; rows: string[][] }
  | { kind: "pageBreak" }
  /** Listed from the headings (levels 1–3); Word adds the page numbers when it opens the document. */
  | { kind: "toc"; title: string };

/**
 * `logo`: printed above everything else, with `alt` as its description for screen readers.
 * `header`: a line at the top of every page (a draft's "DRAFT — version n — date").
 */
export type DocxInput = {
  title: string;
  lang: string;
  creator: string;
  blocks: DocxBlock[];
  logo?: { image: DocumentLogo; alt: string } | null;
  header?: string | null;
};

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
  5: HeadingLevel.HEADING_5,
  6: HeadingLevel.HEADING_6,
} as const;

const ORDERED = "charta-ordered";

// docx's built-in heading styles carry no outline level; Word's navigation pane, LibreOffice and
// PDF converters build their outline from it, so every level states it (0 = Heading 1).
const HEADING_STYLES = Object.fromEntries(
  ([1, 2, 3, 4, 5, 6] as const).map((level) => [
    `heading${level}`,
    {
      run: { bold: true, size: [32, 28, 24, 22, 22, 22][level - 1], color: "1F3A5F" },
      paragraph: { outlineLevel: level - 1, keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
    },
  ]),
);

export async function buildDocx(input: DocxInput): Promise<Buffer> {
  let orderedLists = 0;
  const children = input.blocks.flatMap((block): Array<Paragraph | Table | TableOfContents> => {
    switch (block.kind) {
      case "heading":
        return [new Paragraph({ heading: HEADINGS[block.level], text: block.text })];
      case "paragraph":
        return [new Paragraph({ children: block.runs.map(run) })];
      case "bulletList":
        return block.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
      case "orderedList": {
        // Each list its own instance, so the second list starts at 1 again.
        const instance = ++orderedLists;
        return block.items.map((text) => new Paragraph({ text, numbering: { reference: ORDERED, level: 0, instance } }));
      }
      case "table":
        return [table(block.header, block.rows)];
      case "pageBreak":
        return [new Paragraph({ children: [new PageBreak()] })];
      case "toc":
        // The title is not a heading, so the table of contents does not list itself.
        return [
          new Paragraph({ children: [new TextRun({ text: block.title, bold: true, size: 32 })], spacing: { after: 200 } }),
          new TableOfContents(block.title, { hyperlink: true, headingStyleRange: "1-3" }),
        ];
    }
  });

  const hasToc = input.blocks.some((b) => b.kind === "toc");
  const logo = input.logo ? logoParagraph(input.logo.image, input.logo.alt) : null;
  if (logo) children.unshift(logo);

  const document = new Document({
    title: input.title,
    creator: input.creator,
    lastModifiedBy: input.creator,
    features: { updateFields: hasToc },
    // The table of contents is written with page numbers worked out from the layout, so it is
    // complete in every reader (LibreOffice, Google Docs, Word's protected view); Word still
    // recounts them when it opens the document (updateFields). The layout costs CPU time (about
    // 0.6–2 s for a report of 12 chapters with tables on this two-core machine), so only a
    // document with a table of contents pays it.
    ...(hasToc ? { pageNumbers: estimatePageNumbers } : {}),
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22, language: { value: input.lang } } },
        ...HEADING_STYLES,
      },
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        ...(input.header
          ? { headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: input.header, bold: true })] })] }) } }
          : {}),
        children,
      },
    ],
  });
  return withLanguage(await Packer.toBuffer(document), input.lang);
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * The document's language in the places readers look besides the styles: the core properties'
 * dc:language (what "File > Properties" and python-docx report) and the theme font language of
 * the settings (what Word uses for text outside any style).
 */
async function withLanguage(docx: Buffer, lang: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const value = lang.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);
  const core = await zip.file("docProps/core.xml")?.async("string");
  if (core && !core.includes("<dc:language>"))
    zip.file("docProps/core.xml", core.replace("</cp:coreProperties>", `<dc:language>${value}</dc:language></cp:coreProperties>`));
  const settings = await zip.file("word/settings.xml")?.async("string");
  if (settings && !settings.includes("<w:themeFontLang"))
    zip.file("word/settings.xml", settings.replace("</w:settings>", `<w:themeFontLang w:val="${value}"/></w:settings>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Word sizes images in pixels at 96 per inch: the printed document's limits, the aspect kept. */
const PX_PER_MM = 96 / 25.4;

function logoParagraph(image: DocumentLogo, alt: string): Paragraph | null {
  const type = image.mimeType === "image/png" ? "png" : image.mimeType === "image/jpeg" ? "jpg" : null;
  if (!type || image.width < 1 || image.height < 1) return null;
  const scale = Math.min((LOGO_MAX_MM.height * PX_PER_MM) / image.height, (LOGO_MAX_MM.width * PX_PER_MM) / image.width, 1);
  const transformation = { width: Math.max(1, Math.round(image.width * scale)), height: Math.max(1, Math.round(image.height * scale)) };
  return new Paragraph({
    spacing: { after: 200 },
    children: [new ImageRun({ type, data: image.bytes, transformation, altText: { name: "Logo", description: alt, title: alt } })],
  });
}

function run(part: DocxRun): TextRun | ExternalHyperlink {
  const text = new TextRun({ text: part.text, bold: part.bold, italics: part.italic, style: part.link ? "Hyperlink" : undefined });
  return part.link ? new ExternalHyperlink({ link: part.link, children: [text] }) : text;
}

function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold: boolean) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: bold || undefined })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      // Marked as header row: Word repeats it on every page and screen readers announce it.
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
    ],
  });
}
