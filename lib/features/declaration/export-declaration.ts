import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { documentLogo } from "@/lib/features/city-settings/logo/current-logo";
import { documentHtml, escapeHtml, type DocumentLogo } from "@/lib/kernel/documents/document-html";
import { buildDocx, type DocxBlock, type DocxRun } from "@/lib/kernel/documents/docx";
import { printPdf } from "@/lib/kernel/documents/print-pdf";
import { NotFoundError } from "@/lib/kernel/errors";
import { translator } from "@/lib/features/dictionary";
import { formatDate, formatDay, formatNumber, formatPercent } from "@/lib/kernel/i18n/format";
import { isLocale, type Locale } from "@/lib/kernel/i18n/locales";
import { writeCsv } from "@/lib/kernel/sheets/write-csv";
import type { BlockNode, DeclarationDoc, InlineNode, ListItemNode } from "./document-schema";
import { articleLabel, articleNumbers, blockText, inlineText } from "./document-text";
import { renderDocumentHtml } from "./render-document";
import { canSee, isFrozen } from "./policy";
import type { Role } from "@/lib/generated/control/enums";
import { groupForSummary, loadConsultation, type ConsultationData, type SummaryGroup } from "./consultation-view";
import { isoDate } from "@/lib/kernel/dates";

/**
 * The declaration and its consultation summary as files. The PDF is printed by Chromium from the
 * same renderer as the web view (render-document.ts), so its articles are headings: the PDF is
 * tagged and its outline lists the articles. Exports are for the city's members (declaration.read);
 * hidden and deleted comments are left out of the summary files.
 */

const textLocale = (l: string, fallback: Locale): Locale => (isLocale(l) ? l : fallback);

/** Who reads the file: a declaration they may not see yet (an advisory member and a draft) is not found. */
export interface Reader {
  role: Role;
}

async function visible(db: CityDb, declarationId: string, reader: Reader) {
  const d = await db.declaration.findUnique({ where: { id: declarationId } });
  if (!d || !canSee(reader.role, d.status)) throw new NotFoundError();
  return d;
}

async function loadVersion(db: CityDb, declarationId: string, reader: Reader, number?: number) {
  const d = await visible(db, declarationId, reader);
  if (d.currentVersion === 0) throw new NotFoundError();
  const v = await db.declarationVersion.findUnique({ where: { declarationId_number: { declarationId, number: number ?? d.currentVersion } } });
  if (!v) throw new NotFoundError();
  return { declaration: d, version: v, doc: v.content as unknown as DeclarationDoc };
}

/** A version that is not the adopted text: its files say so on every page. */
export interface DraftMark {
  number: number;
  date: Date;
}

/** Only the current version of an adopted or published declaration is final; any other is a draft. */
function draftOf(d: { status: Parameters<typeof isFrozen>[0]; currentVersion: number }, v: { number: number; createdAt: Date }): DraftMark | null {
  return isFrozen(d.status) && v.number === d.currentVersion ? null : { number: v.number, date: v.createdAt };
}

const draftLine = (locale: Locale, draft: DraftMark) =>
  translator(locale)("declaration.files.draftMark", { number: draft.number, date: formatDay(locale, draft.date, "long") });

/** The city's logo above the title (lib/features/city-settings/logo); its description is the city's name. */
const logoOf = (logo: DocumentLogo | null | undefined, cityName: string) => (logo ? { image: logo, alt: cityName } : null);

/** The text of one version as a PDF, in the declaration's own language (`background`: see reportPdf). */
export async function declarationPdfBytes(
  d: { title: string; locale: string },
  doc: DeclarationDoc,
  cityName: string,
  opts: { background?: boolean; logo?: DocumentLogo | null; draft?: DraftMark | null } = {},
): Promise<Buffer> {
  const locale = textLocale(d.locale, "en");
  const mark = opts.draft ? draftLine(locale, opts.draft) : null;
  const html = `${mark ? `<p class="draft-mark"><strong>${escapeHtml(mark)}</strong></p>\n` : ""}<h1>${escapeHtml(d.title)}</h1>\n${renderDocumentHtml(doc, { locale, headingOffset: 1 })}`;
  const page = documentHtml({ lang: locale, title: d.title, bodyHtml: html, logo: logoOf(opts.logo, cityName) });
  return printPdf({ html: page, title: d.title, lang: locale, headerLabel: mark ? `${cityName} — ${mark}` : cityName }, { background: opts.background });
}

export async function declarationPdf(
  db: CityDb,
  input: { declarationId: string; version?: number; cityName: string; reader: Reader },
): Promise<{ body: Buffer; fileName: string }> {
  const { declaration: d, version: v, doc } = await loadVersion(db, input.declarationId, input.reader, input.version);
  const draft = draftOf(d, v);
  return {
    body: await declarationPdfBytes(d, doc, input.cityName, { logo: await documentLogo(db), draft }),
    fileName: `declaration-v${v.number}${draft ? "-draft" : ""}.pdf`,
  };
}

function runs(content: readonly InlineNode[] | undefined): DocxRun[] {
  return (content ?? []).map((n) => {
    if (n.type === "hardBreak") return { text: "\n" };
    const marks = new Set((n.marks ?? []).map((m) => m.type));
    const link = n.marks?.find((m) => m.type === "link")?.attrs?.href;
    return { text: n.text, bold: marks.has("bold"), italic: marks.has("italic"), ...(link ? { link } : {}) };
  });
}

const itemText = (i: ListItemNode) => blockText({ type: "bulletList", content: [i] });

function docxBlock(b: BlockNode, locale: Locale, article: number): DocxBlock | null {
  switch (b.type) {
    case "paragraph":
      return { kind: "paragraph", runs: runs(b.content) };
    case "heading":
      return { kind: "heading", level: Math.min(6, (b.attrs?.level ?? 2) + 1) as 2 | 3 | 4, text: inlineText(b.content) };
    case "article":
      return { kind: "heading", level: 3, text: articleLabel(locale, article, inlineText(b.content)) };
    case "bulletList":
      return { kind: "bulletList", items: b.content.map(itemText) };
    case "orderedList":
      return { kind: "orderedList", items: b.content.map(itemText) };
    default:
      return null;
  }
}

/** The text of one version as a Word file, in the declaration's own language. */
export async function declarationDocxBytes(
  d: { title: string; locale: string },
  doc: DeclarationDoc,
  cityName: string,
  opts: { logo?: DocumentLogo | null; draft?: DraftMark | null } = {},
): Promise<Buffer> {
  const locale = textLocale(d.locale, "en");
  const numbers = articleNumbers(doc);
  const mark = opts.draft ? draftLine(locale, opts.draft) : null;
  const blocks: DocxBlock[] = [
    ...(mark ? [{ kind: "paragraph" as const, runs: [{ text: mark, bold: true }] }] : []),
    { kind: "heading", level: 1, text: d.title },
  ];
  doc.content.forEach((b, i) => {
    const block = docxBlock(b, locale, numbers[i] ?? 0);
    if (block) blocks.push(block);
  });
  return buildDocx({ title: d.title, lang: locale, creator: cityName, blocks, logo: logoOf(opts.logo, cityName), header: mark });
}

export async function declarationDocx(
  db: CityDb,
  input: { declarationId: string; version?: number; cityName: string; reader: Reader },
): Promise<{ body: Buffer; fileName: string }> {
  const { declaration: d, version: v, doc } = await loadVersion(db, input.declarationId, input.reader, input.version);
  const draft = draftOf(d, v);
  return {
    body: await declarationDocxBytes(d, doc, input.cityName, { logo: await documentLogo(db), draft }),
    fileName: `declaration-v${v.number}${draft ? "-draft" : ""}.docx`,
  };
}

/** The summary as a city member sees it, without hidden or deleted comments. */
async function summaryData(db: CityDb, declarationId: string, reader: Reader): Promise<{ data: ConsultationData; groups: SummaryGroup[] }> {
  await visible(db, declarationId, reader);
  // Read as a member who is not an officer: hidden comments stay out of the files.
  const data = await loadConsultation(db, { id: "", role: "advisory_member" }, { declarationId });
  if (!data) throw new NotFoundError();
  return { data, groups: groupForSummary(data) };
}

function groupTitle(g: SummaryGroup, t: ReturnType<typeof translator>): string {
  return g.key === "whole"
    ? t("consultation.summary.whole")
    : g.key === "orphaned"
      ? t("consultation.summary.orphaned")
      : g.label || t("consultation.summary.preamble");
}

export async function summaryCsv(db: CityDb, input: { declarationId: string; locale: Locale; reader: Reader }): Promise<{ body: Buffer; fileName: string }> {
  const { groups } = await summaryData(db, input.declarationId, input.reader);
  const t = translator(input.locale);
  const header = (["article", "quote", "comment", "author", "date", "outcome", "reason", "replies", "orphaned"] as const).map((k) =>
    t(`consultation.csv.${k}`),
  );
  const rows = groups.flatMap((g) =>
    g.threads.map((th) => [
      groupTitle(g, t),
      th.quote,
      th.body,
      th.authorName,
      isoDate(th.createdAt),
      th.outcome ? t(`consultation.outcome.${th.outcome}`) : "",
      th.outcomeReason,
      th.replies.filter((r) => r.state === "visible").length,
      th.orphaned ? 1 : 0,
    ]),
  );
  const csv = writeCsv([header, ...rows]);
  return { body: Buffer.from(csv, "utf8"), fileName: "consultation-summary.csv" };
}

export async function summaryPdf(
  db: CityDb,
  input: { declarationId: string; locale: Locale; cityName: string; reader: Reader },
): Promise<{ body: Buffer; fileName: string }> {
  const { data, groups } = await summaryData(db, input.declarationId, input.reader);
  const t = translator(input.locale);
  const l = input.locale;
  const s = data.stats;
  const title = `${t("consultation.summaryTitle")} — ${data.declaration.title}`;
  const statRows = [
    [t("consultation.stats.comments"), formatNumber(l, s.comments)],
    [t("consultation.stats.replies"), formatNumber(l, s.replies)],
    [t("consultation.stats.commenters"), formatNumber(l, s.commenters)],
    [t("consultation.stats.answered"), formatNumber(l, s.answered)],
    [t("consultation.stats.acceptedOrPartly"), s.acceptedOrPartlyShare === null ? "—" : formatPercent(l, s.acceptedOrPartlyShare)],
  ];
  const cell = (x: string) => `<td>${escapeHtml(x)}</td>`;
  let html = `<h1>${escapeHtml(title)}</h1>`;
  html += `<h2>${escapeHtml(t("consultation.stats.heading"))}</h2><table><tbody>${statRows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k!)}</th>${cell(v!)}</tr>`).join("")}</tbody></table>`;
  for (const g of groups) {
    html += `<h2>${escapeHtml(groupTitle(g, t))}</h2><table><thead><tr>${["comment", "author", "outcome", "reason"].map((k) => `<th scope="col">${escapeHtml(t(`consultation.summary.${k as "comment"}`))}</th>`).join("")}</tr></thead><tbody>`;
    for (const th of g.threads) {
      const quote = th.quote ? `<blockquote>${escapeHtml(th.quote)}</blockquote>` : "";
      html += `<tr><td>${quote}<p>${escapeHtml(th.body)}</p><p><small>${escapeHtml(formatDate(l, th.createdAt))}</small></p></td>${cell(th.authorName)}${cell(th.outcome ? t(`consultation.outcome.${th.outcome}`) : t("consultation.outcome.none"))}${cell(th.outcomeReason)}</tr>`;
    }
    html += "</tbody></table>";
  }
  const css = "blockquote{margin:0 0 4pt;padding-left:6pt;border-left:2pt solid #a16207;}";
  const page = documentHtml({ lang: l, title, bodyHtml: html, css, logo: logoOf(await documentLogo(db), input.cityName) });
  const body = await printPdf({ html: page, title, lang: l, headerLabel: input.cityName });
  return { body, fileName: "consultation-summary.pdf" };
}
