/**
 * The one template of a report: the public page, the workspace preview and the PDF all render this
 * HTML (escaped here, from Charta's own data), so they say the same thing. Charts are static SVG
 * with a text alternative and always sit next to a table holding the same figures; no script.
 */
import { builtHtml, type BuiltHtml } from "@/lib/kernel/html/built-html";
import { escapeHtml, headingId, tocHtml, headingsOf } from "@/lib/kernel/documents/document-html";
import { translator, type Translator } from "@/lib/features/dictionary";
import { formatDay, formatNumber } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { parseNarrative } from "./narrative";
import type { ActionStatus, GeneratedReport } from "./report-data";
import { isSectionOmitted, sectionText, type ReportDecisionView, type ReportView } from "./report-view";
import { REPORT_TOPICS, REPORT_WIDE, TOPIC_KINDS, type ReportTopic, type SectionKind } from "./topics";

const e = escapeHtml;

export interface ReportHtmlOptions {
  locale: Locale;
  cityName: string;
  /** Heading level of the report title: 1 for a document or a page of its own. */
  withToc?: boolean;
}

export function reportTitle(t: Translator, cityName: string, year: number, interim = false): string {
  return t(interim ? "reports.doc.interimTitle" : "reports.doc.cityTitle", { city: cityName, year });
}

/** An interim report's line for every page and file ("Interim report — as of 7 December 2026"); null for a full report. */
export function interimMark(t: Translator, locale: Locale, view: Pick<ReportView, "generated">): string | null {
  return view.generated?.interim ? t("reports.doc.interimMark", { date: formatDay(locale, view.generated.asOf, "long") }) : null;
}

/**
 * What every page and file of a report says at its top besides the city: "DRAFT — in consultation —
 * printed on <date>" until it is published (a reader must never take a draft for the report), and
 * "interim report — as of <date>" for an interim one. Null for a published full report.
 */
export function pageMark(t: Translator, locale: Locale, view: Pick<ReportView, "generated" | "status">, now = new Date()): string | null {
  const marks = [
    view.status === "published"
      ? null
      : view.status === "draft"
        ? t("reports.doc.draftMarkPlain", { date: formatDay(locale, now, "long") })
        : t("reports.doc.draftMark", { status: t(`reports.status.${view.status}`), date: formatDay(locale, now, "long") }),
    interimMark(t, locale, view),
  ].filter((m): m is string => m !== null);
  return marks.length ? marks.join(" · ") : null;
}

/** "The municipal council", or the name given for another body. */
export function decisionBodyName(t: Translator, decision: Pick<ReportDecisionView, "body" | "bodyName">): string {
  if (decision.body === "other" || decision.body === null) return decision.bodyName || t("reports.decision.bodies.other");
  return t(`reports.decision.bodies.${decision.body}`);
}

/**
 * "Approved by the municipal council on 12 February 2027 (reference 2027/14)": the decision's
 * date, not the day someone recorded it. Reports published before decisions were recorded say
 * what they said then. Null while the report is not approved.
 */
export function approvalLine(t: Translator, locale: Locale, view: Pick<ReportView, "approvedAt" | "approvalNote" | "decision">): string | null {
  if (view.decision)
    return t("reports.doc.approvedDecision", {
      body: decisionBodyName(t, view.decision),
      date: formatDay(locale, view.decision.decidedOn, "long"),
      reference: view.decision.reference,
    });
  if (view.approvedAt) return t("reports.doc.approved", { date: formatDay(locale, view.approvedAt.slice(0, 10), "long"), note: view.approvalNote });
  return null;
}

/** The sentence under the title that says what date the figures show. */
export function asOfLine(t: Translator, locale: Locale, view: Pick<ReportView, "generated" | "year">): string | null {
  if (!view.generated) return null;
  const date = formatDay(locale, view.generated.asOf, "long");
  return view.generated.interim ? t("reports.doc.interimAsOf", { date, year: view.year }) : t("reports.doc.asOf", { date });
}

/** The report's body HTML (title, table of contents, every part), for a page or a printed document. */
export function reportHtml(view: ReportView, opts: ReportHtmlOptions): BuiltHtml {
  const t = translator(opts.locale);
  const used = new Set<string>();
  const h = (level: 2 | 3, text: string) => `<h${level} id="${e(headingId(text, used))}">${e(text)}</h${level}>`;
  const parts: string[] = [];
  const narrative = (topic: string, kind: SectionKind, level: 2 | 3) => {
    if (isSectionOmitted(view, topic, kind)) return "";
    const text = sectionText(view, topic, kind, opts.locale);
    const elsewhere = view.sections.some((s) => s.topic === topic && s.kind === kind && s.locale !== opts.locale && s.content !== "");
    const body = text
      ? narrativeHtml(text)
      : `<p class="report-missing"><em>${e(t(elsewhere ? "reports.doc.missingTranslation" : "reports.doc.notWritten"))}</em></p>`;
    return `<section class="report-part">${h(level, t(`reports.kinds.${kind}`))}${body}</section>`;
  };

  const head = [`<h1 id="report-title">${e(reportTitle(t, opts.cityName, view.year, view.generated?.interim))}</h1>`];
  if (view.status !== "published") head.push(`<p class="report-notice"><strong>${e(t("reports.doc.draftNotice"))}</strong></p>`);
  if (view.publishedAt) head.push(`<p>${e(t("reports.doc.published", { date: formatDay(opts.locale, view.publishedAt.slice(0, 10), "long") }))}</p>`);
  const approval = approvalLine(t, opts.locale, view);
  if (approval) head.push(`<p class="report-approval">${e(approval)}</p>`);
  const asOf = asOfLine(t, opts.locale, view);
  if (asOf) head.push(view.generated?.interim ? `<p class="report-notice"><strong>${e(asOf)}</strong></p>` : `<p>${e(asOf)}</p>`);

  parts.push(narrative(REPORT_WIDE, "foreword", 2));
  parts.push(narrative(REPORT_WIDE, "summary", 2));
  for (const topic of REPORT_TOPICS) {
    const facts = view.generated ? factsHtml(topic, view.generated, t, opts.locale, h) : `<p>${e(t("reports.doc.notGenerated"))}</p>`;
    parts.push(
      `<section class="report-topic">${h(2, t(`reports.topics.${topic}`))}` +
        `<section class="report-part">${h(3, t("reports.doc.facts"))}${facts}</section>` +
        TOPIC_KINDS.map((kind) => narrative(topic, kind, 3)).join("") +
        `</section>`,
    );
  }
  if (view.generated) parts.push(gapsHtml(view.generated, t, h) + advisoryHtml(view.generated, t, h));
  parts.push(recommendationsHtml(view, t, h));
  parts.push(narrative(REPORT_WIDE, "method", 2));
  parts.push(narrative(REPORT_WIDE, "easy_read", 2));

  const body = parts.join("\n");
  const toc = opts.withToc ? tocHtml(headingsOf(body, 2), t("reports.doc.toc")) : "";
  return builtHtml(`<article class="report" lang="${e(opts.locale)}"><header>${head.join("")}</header>${toc}${body}</article>`);
}

export function narrativeHtml(text: string): string {
  return parseNarrative(text)
    .map((b) => (b.kind === "paragraph" ? `<p>${e(b.text)}</p>` : `<ul>${b.items.map((i) => `<li>${e(i)}</li>`).join("")}</ul>`))
    .join("");
}

/**
 * A table in a region of its own that scrolls sideways on a narrow screen, so the page never does
 * (WCAG 1.4.10, 320 px); keyboard users can focus the region and scroll it. Print ignores it.
 */
function table(caption: string, header: string[], rows: string[][]): string {
  return (
    `<div class="table-scroll" role="region" tabindex="0" aria-label="${e(caption)}">` +
    `<table><caption>${e(caption)}</caption><thead><tr>${header.map((c) => `<th scope="col">${e(c)}</th>`).join("")}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${e(c)}</th>` : `<td>${e(c)}</td>`)).join("")}</tr>`).join("")}</tbody></table></div>`
  );
}

type H = (level: 2 | 3, text: string) => string;

function pct(t: Translator, locale: Locale, n: number | null): string {
  return n === null ? t("reports.doc.none") : `${formatNumber(locale, n)} %`;
}

function num(t: Translator, locale: Locale, n: number | null, unit = ""): string {
  if (n === null) return t("reports.doc.none");
  return unit ? `${formatNumber(locale, n)} ${unit}` : formatNumber(locale, n);
}

/** A horizontal bar chart as static SVG; `series` per row, values 0..max. */
export function barChartSvg(title: string, rows: { label: string; values: number[] }[], max: number, seriesColours: string[]): string {
  const rowH = 18 * seriesColours.length + 10;
  const labelW = 140;
  const width = 520;
  const barW = width - labelW - 50;
  const height = rows.length * rowH + 10;
  const bars = rows
    .map(
      (row, i) =>
        row.values
          .map((v, s) => {
            const y = 5 + i * rowH + s * 18;
            const w = max > 0 ? Math.round((Math.max(0, v) / max) * barW) : 0;
            return `<rect x="${labelW}" y="${y}" width="${w}" height="14" fill="${seriesColours[s]}"/><text x="${labelW + w + 4}" y="${y + 11}" font-size="10">${e(formatPlain(v))}</text>`;
          })
          .join("") + `<text x="0" y="${5 + i * rowH + 12}" font-size="11">${e(row.label)}</text>`,
    )
    .join("");
  // Not a <figure>: Chromium tags a figure element as a Figure of its own, without alternative
  // text, around the SVG's (which has it); a plain wrapper leaves one Figure, with its Alt.
  return `<div class="report-chart"><svg role="img" aria-label="${e(title)}" viewBox="0 0 ${width} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg" font-family="sans-serif"><title>${e(title)}</title>${bars}</svg><p class="chart-caption">${e(title)}</p></div>`;
}

const formatPlain = (n: number) => String(Math.round(n * 100) / 100);

function factsHtml(topic: ReportTopic, g: GeneratedReport, t: Translator, locale: Locale, h: H): string {
  void h;
  switch (topic) {
    case "framework": {
      const f = g.framework;
      const layer = (l: string) => t(`reports.doc.layers.${l}` as "reports.doc.layers.foundation");
      return (
        `<p>${e(t("reports.doc.overall", { value: pct(t, locale, f.overall.progress), previous: pct(t, locale, f.overall.previousProgress), changed: f.changedCount, count: f.overall.count }))}</p>` +
        barChartSvg(
          t("reports.doc.chartLayers"),
          f.layers.map((l) => ({ label: layer(l.layer), values: [l.progress ?? 0, l.previousProgress ?? 0] })),
          100,
          ["#1d4ed8", "#9ca3af"],
        ) +
        table(
          t("reports.doc.layerCaption"),
          [t("reports.doc.layer"), t("reports.doc.commitments"), t("reports.doc.inPlace"), t("reports.doc.progress"), t("reports.doc.previous")],
          f.layers.map((l) => [layer(l.layer), String(l.count), String(l.inPlace), pct(t, locale, l.progress), pct(t, locale, l.previousProgress)]),
        ) +
        table(
          t("reports.doc.elementsCaption"),
          [
            t("reports.doc.element"),
            t("reports.doc.commitment"),
            t("reports.doc.statusCol"),
            t("reports.doc.maturity"),
            t("reports.doc.progress"),
            t("reports.doc.startOfYear"),
            t("reports.doc.changes"),
          ],
          f.commitments.map((c) => [
            c.elementKey ?? "–",
            c.title,
            t(`reports.doc.commitmentStatus.${c.status}`),
            t(`reports.doc.maturities.${c.maturity}`),
            pct(t, locale, c.progress),
            c.before ? `${t(`reports.doc.commitmentStatus.${c.before.status}`)}, ${pct(t, locale, c.before.progress)}` : t("reports.doc.newInYear"),
            String(c.changes),
          ]),
        ) +
        (f.withheld ? `<p>${e(t("reports.doc.withheld", { count: f.withheld }))}</p>` : "")
      );
    }
    case "declaration": {
      const d = g.declaration;
      if (!d) return `<p>${e(t("reports.doc.noDeclaration", { year: g.year }))}</p>`;
      const st = (s: string | null) => (s ? t(`reports.doc.declarationStatus.${s}` as "reports.doc.declarationStatus.draft") : t("reports.doc.notYet"));
      const c = d.consultation;
      return (
        `<p>${e(t("reports.doc.declarationState", { title: d.title, status: st(d.status), previous: st(d.previousStatus) }))}</p>` +
        (d.transitions.length
          ? table(
              t("reports.doc.transitionsCaption"),
              [t("reports.doc.date"), t("reports.doc.step")],
              d.transitions.map((tr) => [formatDay(locale, tr.on), `${st(tr.from)} → ${st(tr.to)}`]),
            )
          : "") +
        table(
          t("reports.doc.consultationCaption"),
          [t("reports.doc.figure"), t("reports.doc.count")],
          [
            [t("reports.doc.comments"), String(c.comments)],
            [t("reports.doc.commenters"), String(c.commenters)],
            [t("reports.doc.withOutcome"), String(c.withOutcome)],
            [t("reports.doc.accepted"), String(c.accepted)],
            [t("reports.doc.partlyAccepted"), String(c.partlyAccepted)],
            [t("reports.doc.acceptedPercent"), pct(t, locale, c.acceptedPercent)],
          ],
        )
      );
    }
    case "action_plan": {
      const a = g.actionPlan;
      if (!a.plans.length) return `<p>${e(t("reports.doc.noPlan", { year: g.year }))}</p>`;
      const status = (s: ActionStatus) => t(`reports.doc.actionStatus.${s}`);
      const statuses = Object.keys(a.counts) as ActionStatus[];
      return (
        table(
          t("reports.doc.plansCaption"),
          [t("reports.doc.plan"), t("reports.doc.period"), t("reports.doc.statusCol")],
          a.plans.map((p) => [p.title, `${formatDay(locale, p.periodStart)} – ${formatDay(locale, p.periodEnd)}`, t(`reports.doc.planStatus.${p.status}`)]),
        ) +
        barChartSvg(
          t("reports.doc.chartActions"),
          statuses.map((s) => ({ label: status(s), values: [a.counts[s]] })),
          Math.max(1, ...statuses.map((s) => a.counts[s])),
          ["#047857"],
        ) +
        table(
          t("reports.doc.countsCaption"),
          [t("reports.doc.statusCol"), t("reports.doc.count")],
          statuses.map((s) => [status(s), String(a.counts[s])]),
        ) +
        table(
          t("reports.doc.actionsCaption"),
          [
            t("reports.doc.action"),
            t("reports.doc.plan"),
            t("reports.doc.department"),
            t("reports.doc.statusCol"),
            t("reports.doc.progress"),
            t("reports.doc.due"),
            t("reports.doc.reason"),
          ],
          a.actions.map((x) => [
            x.title,
            x.plan,
            x.department ?? "–",
            status(x.status),
            pct(t, locale, x.progress),
            x.dueDate ? formatDay(locale, x.dueDate) : "–",
            x.reason || "–",
          ]),
        )
      );
    }
    case "indicators": {
      if (!g.indicators.length) return `<p>${e(t("reports.doc.noIndicators", { year: g.year }))}</p>`;
      return table(
        t("reports.doc.indicatorsCaption"),
        [
          t("reports.doc.indicator"),
          t("reports.doc.value", { year: g.year }),
          t("reports.doc.previous"),
          t("reports.doc.change"),
          t("reports.doc.baseline"),
          t("reports.doc.target"),
        ],
        g.indicators.map((i) => [
          i.name,
          i.value === null ? t("reports.doc.noValue") : num(t, locale, i.value, i.unit),
          i.previousValue === null ? t("reports.doc.noValue") : num(t, locale, i.previousValue, i.unit),
          i.change === null
            ? "–"
            : `${i.change > 0 ? "+" : ""}${formatNumber(locale, i.change)}${i.improved === null ? "" : ` (${t(i.improved ? "reports.doc.better" : "reports.doc.worse")})`}`,
          i.baselineValue === null ? "–" : `${num(t, locale, i.baselineValue, i.unit)}${i.baselineYear ? ` (${i.baselineYear})` : ""}`,
          // A target year means the end of that year (issue 13.8).
          i.targetValue === null
            ? "–"
            : i.targetYear
              ? t("reports.doc.targetBy", { value: num(t, locale, i.targetValue, i.unit), year: i.targetYear })
              : num(t, locale, i.targetValue, i.unit),
        ]),
      );
    }
  }
}

function gapsHtml(g: GeneratedReport, t: Translator, h: H): string {
  const lists: [string, string[]][] = [
    [t("reports.doc.staleCommitments"), g.gaps.staleCommitments],
    [t("reports.doc.staleActions"), g.gaps.staleActions],
    [t("reports.doc.missingIndicators"), g.gaps.missingIndicators],
  ];
  const filled = lists.filter(([, l]) => l.length);
  const body = filled.length
    ? filled.map(([label, l]) => `<p>${e(label)}:</p><ul>${l.map((x) => `<li>${e(x)}</li>`).join("")}</ul>`).join("")
    : `<p>${e(t("reports.doc.noGaps"))}</p>`;
  return `<section class="report-part">${h(2, t("reports.doc.gapsHeading"))}<p>${e(t("reports.doc.gapsIntro"))}</p>${body}</section>`;
}

/** "1 member … made 1 comment", "2 members … made 3 comments": one message per count, not "1 members". */
export function advisoryText(t: Translator, advisory: { comments: number; commenters: number }): string {
  const comments = t(advisory.comments === 1 ? "reports.doc.advisoryCommentsOne" : "reports.doc.advisoryCommentsOther", { count: advisory.comments });
  return t(advisory.commenters === 1 ? "reports.doc.advisoryTextOne" : "reports.doc.advisoryTextOther", { commenters: advisory.commenters, comments });
}

function advisoryHtml(g: GeneratedReport, t: Translator, h: H): string {
  return `<section class="report-part">${h(2, t("reports.doc.advisoryHeading"))}<p>${e(advisoryText(t, g.advisory))}</p></section>`;
}

function recommendationsHtml(view: ReportView, t: Translator, h: H): string {
  const topic = (k: string) => t(`reports.topics.${k}` as "reports.topics.report");
  const made = view.recommendations.length
    ? `<ol>${view.recommendations.map((r) => `<li>${e(r.text)} <span class="report-meta">(${e(topic(r.topic))}; ${e(t("reports.doc.addressee"))}: ${e(r.department ?? t("reports.doc.noAddressee"))})</span></li>`).join("")}</ol>`
    : `<p>${e(t("reports.doc.noRecommendations"))}</p>`;
  const outcome = (o: string) => t(`reports.outcomes.${o}` as "reports.outcomes.implemented_fully");
  const evaluated = view.evaluations.length
    ? table(
        t("reports.doc.evaluationsHeading"),
        [
          t("reports.doc.recommendation"),
          t("reports.doc.madeIn"),
          t("reports.doc.addressee"),
          t("reports.doc.outcome"),
          t("reports.doc.note"),
          t("reports.doc.history"),
        ],
        view.evaluations.map((ev) => [
          ev.text,
          String(ev.yearMade),
          ev.department ?? t("reports.doc.noAddressee"),
          outcome(ev.outcome),
          ev.note || "–",
          ev.history.map((x) => `${x.year}: ${outcome(x.outcome)}${x.note ? ` (${x.note})` : ""}`).join("; ") || "–",
        ]),
      )
    : `<p>${e(t("reports.doc.noEvaluations"))}</p>`;
  return (
    `<section class="report-part">${h(2, t("reports.doc.recommendationsHeading"))}${made}</section>` +
    `<section class="report-part">${h(2, t("reports.doc.evaluationsHeading"))}${evaluated}</section>`
  );
}
