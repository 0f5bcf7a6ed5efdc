/**
 * The action plan as a document (PDF and Word from the same blocks): title, status and adoption,
 * summary, progress, baseline, strategies, each objective with its actions (owner, department,
 * dates, status, progress) and the indicators (baseline, target, latest value, status). A plan
 * that is not adopted says so in its title and at the top of every page. Pure: the loader gives
 * it the data, the tests drive it directly.
 */
import type { DocumentLogo } from "@/lib/kernel/documents/document-html";
import type { DocxBlock } from "@/lib/kernel/documents/docx";
import { translator } from "@/lib/features/dictionary";
import { formatDay, formatNumber } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { ActionStatusValue, PlanStatusValue, StrategyLevelValue } from "@/lib/features/action-plans/schema";

export interface PlanDocumentData {
  cityName: string;
  /** The city's logo, printed at the top (lib/features/city-settings/logo). */
  logo?: DocumentLogo | null;
  plan: {
    title: string;
    summary: string;
    status: PlanStatusValue;
    periodStart: string;
    periodEnd: string;
    adoptedOn: string | null;
    adoptionReference: string;
    currency: string;
  };
  progress: number | null;
  statusCounts: Record<ActionStatusValue, number>;
  gaps: { theme: string; description: string; sourceText: string; sourceUrl: string | null }[];
  strategies: { title: string; level: StrategyLevelValue; url: string | null }[];
  objectives: {
    title: string;
    term: "short" | "long";
    intendedChange: string;
    progress: number | null;
    actions: {
      title: string;
      ownerName: string | null;
      departmentName: string | null;
      startDate: string | null;
      dueDate: string | null;
      status: keyof PlanDocumentData["statusCounts"];
      progress: number;
    }[];
  }[];
  indicators: {
    name: string;
    type: "structure" | "process" | "outcome";
    unit: string;
    baseline: { value: string; year: number } | null;
    target: { value: string; year: number } | null;
    latest: { value: number; period: string } | null;
    status: "on_track" | "off_track" | "no_data";
  }[];
}

export interface PlanDocument {
  title: string;
  headerLabel: string;
  blocks: DocxBlock[];
}

export function planDocument(data: PlanDocumentData, locale: Locale): PlanDocument {
  const t = translator(locale);
  const d = (s: string | null) => (s ? formatDay(locale, s) : "—");
  const pct = (n: number | null) => (n === null ? "—" : `${formatNumber(locale, n)}%`);
  const num = (v: string | number, unit: string) => `${formatNumber(locale, Number(v))}${unit ? ` ${unit}` : ""}`;
  const { plan } = data;
  const draft = plan.status === "draft";
  const title = draft ? t("planData.document.draftTitle", { title: plan.title }) : plan.title;
  const blocks: DocxBlock[] = [{ kind: "heading", level: 1, text: title }];

  if (draft) blocks.push({ kind: "paragraph", runs: [{ text: t("planData.document.draftNotice"), bold: true }] });
  blocks.push({
    kind: "paragraph",
    runs: [{ text: `${t("planData.document.city")}: `, bold: true }, { text: data.cityName }],
  });
  blocks.push({
    kind: "paragraph",
    runs: [{ text: `${t("planData.document.period")}: `, bold: true }, { text: `${d(plan.periodStart)} – ${d(plan.periodEnd)}` }],
  });
  blocks.push({
    kind: "paragraph",
    runs: [
      { text: `${t("planData.document.status")}: `, bold: true },
      { text: t(`actionPlans.planStatus.${plan.status}`) },
      ...(plan.adoptedOn ? [{ text: ` — ${t("planData.document.adopted", { date: d(plan.adoptedOn), reference: plan.adoptionReference || "—" })}` }] : []),
    ],
  });
  if (plan.summary) blocks.push({ kind: "paragraph", runs: [{ text: plan.summary }] });
  blocks.push({ kind: "toc", title: t("planData.document.contents") });

  blocks.push({ kind: "heading", level: 2, text: t("planData.document.progressHeading") });
  blocks.push({ kind: "paragraph", runs: [{ text: t("planData.document.progressText", { progress: pct(data.progress) }) }] });
  blocks.push({
    kind: "table",
    header: [t("planData.document.actionStatus"), t("planData.document.count")],
    rows: (Object.keys(data.statusCounts) as (keyof PlanDocumentData["statusCounts"])[]).map((s) => [
      t(`actionPlans.actionStatus.${s}`),
      formatNumber(locale, data.statusCounts[s]),
    ]),
  });

  if (data.gaps.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: t("planData.document.baselineHeading") });
    blocks.push({
      kind: "table",
      header: [t("planData.document.theme"), t("planData.document.gap"), t("planData.document.source")],
      rows: data.gaps.map((g) => [g.theme, g.description, [g.sourceText, g.sourceUrl].filter(Boolean).join(" ")]),
    });
  }
  if (data.strategies.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: t("planData.document.strategiesHeading") });
    blocks.push({ kind: "bulletList", items: data.strategies.map((s) => `${s.title} (${t(`actionPlans.level.${s.level}`)})${s.url ? ` — ${s.url}` : ""}`) });
  }

  blocks.push({ kind: "heading", level: 2, text: t("planData.document.objectivesHeading") });
  if (data.objectives.length === 0) blocks.push({ kind: "paragraph", runs: [{ text: t("planData.document.noObjectives") }] });
  data.objectives.forEach((o, i) => {
    blocks.push({ kind: "heading", level: 3, text: `${i + 1}. ${o.title}` });
    blocks.push({
      kind: "paragraph",
      runs: [{ text: `${t(`actionPlans.term.${o.term}`)} · ${t("planData.document.progressShort", { progress: pct(o.progress) })}` }],
    });
    if (o.intendedChange)
      blocks.push({ kind: "paragraph", runs: [{ text: `${t("planData.document.intendedChange")}: `, bold: true }, { text: o.intendedChange }] });
    if (o.actions.length === 0) {
      blocks.push({ kind: "paragraph", runs: [{ text: t("planData.document.noActions"), italic: true }] });
      return;
    }
    blocks.push({
      kind: "table",
      header: [
        t("planData.document.action"),
        t("planData.document.owner"),
        t("planData.document.department"),
        t("planData.document.start"),
        t("planData.document.due"),
        t("planData.document.status"),
        t("planData.document.progress"),
      ],
      rows: o.actions.map((a) => [
        a.title,
        a.ownerName ?? "—",
        a.departmentName ?? "—",
        d(a.startDate),
        d(a.dueDate),
        t(`actionPlans.actionStatus.${a.status}`),
        pct(a.progress),
      ]),
    });
  });

  blocks.push({ kind: "heading", level: 2, text: t("planData.document.indicatorsHeading") });
  if (data.indicators.length === 0) blocks.push({ kind: "paragraph", runs: [{ text: t("planData.document.noIndicators") }] });
  else
    blocks.push({
      kind: "table",
      header: [
        t("planData.document.indicator"),
        t("planData.document.type"),
        t("planData.document.baseline"),
        t("planData.document.target"),
        t("planData.document.latest"),
        t("planData.document.targetStatus"),
      ],
      rows: data.indicators.map((i) => [
        i.name,
        t(`indicators.type.${i.type}`),
        i.baseline ? `${num(i.baseline.value, i.unit)} (${i.baseline.year})` : "—",
        i.target ? t("planData.document.targetBy", { value: num(i.target.value, i.unit), year: i.target.year }) : "—",
        i.latest ? `${num(i.latest.value, i.unit)} (${i.latest.period})` : "—",
        t(`indicators.status.${i.status}`),
      ]),
    });
  blocks.push({ kind: "paragraph", runs: [{ text: t("planData.document.statusMethod"), italic: true }] });

  return { title, headerLabel: draft ? `${data.cityName} — ${t("planData.document.draftLabel")}` : data.cityName, blocks };
}
