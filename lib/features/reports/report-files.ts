/**
 * The report as a PDF (printed by Chromium from the same HTML as the public page, with a table of
 * contents, bookmarks from the headings and page numbers) and as a Word file (lib/kernel/documents/docx).
 */
import "server-only";
import { documentHtml, type DocumentLogo } from "@/lib/kernel/documents/document-html";
import { buildDocx, type DocxBlock } from "@/lib/kernel/documents/docx";
import { printPdf } from "@/lib/kernel/documents/print-pdf";
import { translator } from "@/lib/features/dictionary";
import { formatNumber } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { parseNarrative } from "./narrative";
import type { ActionStatus } from "./report-data";
import { advisoryText, approvalLine, asOfLine, pageMark, reportHtml, reportTitle } from "./report-html";
import { isSectionOmitted, sectionText, type ReportView } from "./report-view";
import { REPORT_TOPICS, REPORT_WIDE, TOPIC_KINDS, type SectionKind } from "./topics";

const REPORT_CSS = `.report-chart svg { max-height: 60mm; } .report-notice { border: 1pt solid #b45309; padding: 4pt; } .report-meta { color: #444; }`;

/** The city's logo above the title (lib/features/city-settings/logo); its description is the city's name. */
export interface ReportFileOptions {
  logo?: DocumentLogo | null;
}

const logoOf = (opts: ReportFileOptions, cityName: string) => (opts.logo ? { image: opts.logo, alt: cityName } : null);

/** `background`: printed for storing (publication, the job), waiting its turn rather than refused when the printer is busy. */
export async function reportPdf(view: ReportView, locale: Locale, cityName: string, opts: ReportFileOptions & { background?: boolean } = {}): Promise<Buffer> {
  const t = translator(locale);
  const title = reportTitle(t, cityName, view.year, view.generated?.interim);
  const mark = pageMark(t, locale, view);
  const html = documentHtml({
    lang: locale,
    title,
    bodyHtml: reportHtml(view, { locale, cityName, withToc: true }),
    css: REPORT_CSS,
    logo: logoOf(opts, cityName),
  });
  return printPdf({ html, title, lang: locale, headerLabel: mark ? `${cityName} — ${mark}` : cityName }, opts);
}

export async function reportDocx(view: ReportView, locale: Locale, cityName: string, opts: ReportFileOptions = {}): Promise<Buffer> {
  const t = translator(locale);
  const title = reportTitle(t, cityName, view.year, view.generated?.interim);
  const blocks: DocxBlock[] = [{ kind: "heading", level: 1, text: title }];
  if (view.status !== "published") blocks.push({ kind: "paragraph", runs: [{ text: t("reports.doc.draftNotice"), bold: true }] });
  const approval = approvalLine(t, locale, view);
  if (approval) blocks.push({ kind: "paragraph", runs: [{ text: approval }] });
  const asOf = asOfLine(t, locale, view);
  if (asOf) blocks.push({ kind: "paragraph", runs: [{ text: asOf, bold: Boolean(view.generated?.interim) }] });
  blocks.push({ kind: "toc", title: t("reports.doc.toc") });

  const narrative = (topic: string, kind: SectionKind, level: 2 | 3) => {
    if (isSectionOmitted(view, topic, kind)) return;
    blocks.push({ kind: "heading", level, text: t(`reports.kinds.${kind}`) });
    const text = sectionText(view, topic, kind, locale);
    if (!text) {
      const elsewhere = view.sections.some((s) => s.topic === topic && s.kind === kind && s.locale !== locale);
      blocks.push({ kind: "paragraph", runs: [{ text: t(elsewhere ? "reports.doc.missingTranslation" : "reports.doc.notWritten"), italic: true }] });
      return;
    }
    for (const b of parseNarrative(text))
      blocks.push(b.kind === "paragraph" ? { kind: "paragraph", runs: [{ text: b.text }] } : { kind: "bulletList", items: b.items });
  };
  const pct = (n: number | null) => (n === null ? "–" : `${formatNumber(locale, n)} %`);

  narrative(REPORT_WIDE, "foreword", 2);
  narrative(REPORT_WIDE, "summary", 2);
  const g = view.generated;
  for (const topic of REPORT_TOPICS) {
    blocks.push({ kind: "heading", level: 2, text: t(`reports.topics.${topic}`) }, { kind: "heading", level: 3, text: t("reports.doc.facts") });
    if (!g) blocks.push({ kind: "paragraph", runs: [{ text: t("reports.doc.notGenerated") }] });
    else if (topic === "framework") {
      blocks.push(
        {
          kind: "paragraph",
          runs: [
            {
              text: t("reports.doc.overall", {
                value: pct(g.framework.overall.progress),
                previous: pct(g.framework.overall.previousProgress),
                changed: g.framework.changedCount,
                count: g.framework.overall.count,
              }),
            },
          ],
        },
        {
          kind: "table",
          header: [t("reports.doc.layer"), t("reports.doc.commitments"), t("reports.doc.inPlace"), t("reports.doc.progress"), t("reports.doc.previous")],
          rows: g.framework.layers.map((l) => [
            t(`reports.doc.layers.${l.layer}`),
            String(l.count),
            String(l.inPlace),
            pct(l.progress),
            pct(l.previousProgress),
          ]),
        },
        {
          kind: "table",
          header: [t("reports.doc.element"), t("reports.doc.commitment"), t("reports.doc.statusCol"), t("reports.doc.progress"), t("reports.doc.changes")],
          rows: g.framework.commitments.map((c) => [
            c.elementKey ?? "–",
            c.title,
            t(`reports.doc.commitmentStatus.${c.status}`),
            pct(c.progress),
            String(c.changes),
          ]),
        },
      );
      if (g.framework.withheld) blocks.push({ kind: "paragraph", runs: [{ text: t("reports.doc.withheld", { count: g.framework.withheld }) }] });
    } else if (topic === "declaration") {
      const d = g.declaration;
      if (!d) blocks.push({ kind: "paragraph", runs: [{ text: t("reports.doc.noDeclaration", { year: g.year }) }] });
      else
        blocks.push(
          {
            kind: "paragraph",
            runs: [
              {
                text: t("reports.doc.declarationState", {
                  title: d.title,
                  status: t(`reports.doc.declarationStatus.${d.status}`),
                  previous: d.previousStatus ? t(`reports.doc.declarationStatus.${d.previousStatus}`) : t("reports.doc.notYet"),
                }),
              },
            ],
          },
          {
            kind: "table",
            header: [t("reports.doc.figure"), t("reports.doc.count")],
            rows: [
              [t("reports.doc.comments"), String(d.consultation.comments)],
              [t("reports.doc.commenters"), String(d.consultation.commenters)],
              [t("reports.doc.withOutcome"), String(d.consultation.withOutcome)],
              [t("reports.doc.acceptedPercent"), pct(d.consultation.acceptedPercent)],
            ],
          },
        );
    } else if (topic === "action_plan") {
      const a = g.actionPlan;
      if (!a.plans.length) blocks.push({ kind: "paragraph", runs: [{ text: t("reports.doc.noPlan", { year: g.year }) }] });
      else
        blocks.push(
          {
            kind: "table",
            header: [t("reports.doc.statusCol"), t("reports.doc.count")],
            rows: (Object.keys(a.counts) as ActionStatus[]).map((s) => [t(`reports.doc.actionStatus.${s}`), String(a.counts[s])]),
          },
          {
            kind: "table",
            header: [t("reports.doc.action"), t("reports.doc.statusCol"), t("reports.doc.progress"), t("reports.doc.reason")],
            rows: a.actions.map((x) => [x.title, t(`reports.doc.actionStatus.${x.status}`), pct(x.progress), x.reason || "–"]),
          },
        );
    } else if (!g.indicators.length) blocks.push({ kind: "paragraph", runs: [{ text: t("reports.doc.noIndicators", { year: g.year }) }] });
    else
      blocks.push({
        kind: "table",
        header: [
          t("reports.doc.indicator"),
          t("reports.doc.value", { year: g.year }),
          t("reports.doc.previous"),
          t("reports.doc.baseline"),
          t("reports.doc.target"),
        ],
        rows: g.indicators.map((i) => [
          i.name,
          i.value === null ? t("reports.doc.noValue") : `${formatNumber(locale, i.value)} ${i.unit}`,
          i.previousValue === null ? t("reports.doc.noValue") : `${formatNumber(locale, i.previousValue)} ${i.unit}`,
          i.baselineValue === null ? "–" : formatNumber(locale, i.baselineValue),
          i.targetValue === null
            ? "–"
            : i.targetYear
              ? t("reports.doc.targetBy", { value: formatNumber(locale, i.targetValue), year: i.targetYear })
              : formatNumber(locale, i.targetValue),
        ]),
      });
    for (const kind of TOPIC_KINDS) narrative(topic, kind, 3);
  }
  if (g) {
    blocks.push({ kind: "heading", level: 2, text: t("reports.doc.gapsHeading") });
    const gapItems = [...g.gaps.staleCommitments, ...g.gaps.staleActions, ...g.gaps.missingIndicators];
    blocks.push(gapItems.length ? { kind: "bulletList", items: gapItems } : { kind: "paragraph", runs: [{ text: t("reports.doc.noGaps") }] });
    blocks.push({ kind: "heading", level: 2, text: t("reports.doc.advisoryHeading") }, { kind: "paragraph", runs: [{ text: advisoryText(t, g.advisory) }] });
  }
  blocks.push({ kind: "heading", level: 2, text: t("reports.doc.recommendationsHeading") });
  blocks.push(
    view.recommendations.length
      ? {
          kind: "orderedList",
          items: view.recommendations.map((r) => `${r.text} (${t("reports.doc.addressee")}: ${r.department ?? t("reports.doc.noAddressee")})`),
        }
      : { kind: "paragraph", runs: [{ text: t("reports.doc.noRecommendations") }] },
  );
  blocks.push({ kind: "heading", level: 2, text: t("reports.doc.evaluationsHeading") });
  blocks.push(
    view.evaluations.length
      ? {
          kind: "table",
          header: [t("reports.doc.recommendation"), t("reports.doc.madeIn"), t("reports.doc.outcome"), t("reports.doc.note"), t("reports.doc.history")],
          rows: view.evaluations.map((ev) => [
            ev.text,
            String(ev.yearMade),
            t(`reports.outcomes.${ev.outcome}`),
            ev.note || "–",
            ev.history.map((x) => `${x.year}: ${t(`reports.outcomes.${x.outcome}`)}`).join("; ") || "–",
          ]),
        }
      : { kind: "paragraph", runs: [{ text: t("reports.doc.noEvaluations") }] },
  );
  narrative(REPORT_WIDE, "method", 2);
  narrative(REPORT_WIDE, "easy_read", 2);
  return buildDocx({ title, lang: locale, creator: cityName, blocks, logo: logoOf(opts, cityName), header: pageMark(t, locale, view) });
}
