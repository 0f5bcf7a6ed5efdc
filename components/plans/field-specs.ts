import { fill } from "@/lib/kernel/i18n/fill";
import { ELEMENTS } from "@/lib/reference/framework/catalogue/catalogue";
import { ACTION_STATUSES, OBJECTIVE_TERMS, PLAN_STATUSES, STRATEGY_LEVELS } from "@/lib/features/action-plans/schema";
import { FREQUENCIES } from "@/lib/features/indicators/periods";
import { ACCUMULATIONS, DIMENSIONS, DIRECTIONS, INDICATOR_TYPES } from "@/lib/features/indicators/schema";
import type { Dictionary } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { CommitmentOptions } from "@/lib/features/commitments/commitment-options";
import type { FieldSpec, FormTexts } from "@/components/forms/record-form";

/**
 * The forms of the plan pages as field lists (plain data for RecordForm). Labels and hints come
 * from the page's dictionary; choices from the city's own registers.
 */
type D = Dictionary;
const choices = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => ({ value: k, label: labels[k] }));

export function formTexts(d: D, domain: "actionPlans" | "indicators" = "actionPlans"): FormTexts & { cancel: string } {
  return {
    form: d.actionPlans.form,
    multiSelect: d.commitments.multiSelect,
    validation: d[domain].validation,
    saving: d.common.saving,
    cancel: d.common.cancel,
  };
}

export function planFields(d: D): FieldSpec[] {
  const f = d.actionPlans.fields;
  const h = d.actionPlans.hints;
  return [
    { name: "title", label: f.title, type: "text" },
    { name: "summary", label: f.summary, hint: h.summary, type: "textarea" },
    { name: "periodStart", label: f.periodStart, type: "date", half: true },
    { name: "periodEnd", label: f.periodEnd, type: "date", half: true },
    { name: "status", label: f.status, type: "select", options: choices(PLAN_STATUSES, d.actionPlans.planStatus), half: true },
    { name: "currency", label: f.currency, hint: h.currency, type: "text", half: true },
    { name: "adoptedOn", label: f.adoptedOn, hint: h.adoptedOn, type: "date", half: true },
    { name: "adoptionReference", label: f.adoptionReference, hint: h.adoptionReference, type: "text", half: true },
    { name: "adoptionNote", label: f.adoptionNote, type: "textarea" },
  ];
}

export function gapFields(d: D, o: CommitmentOptions): FieldSpec[] {
  const f = d.actionPlans.fields;
  return [
    { name: "theme", label: f.theme, type: "text" },
    { name: "description", label: f.description, hint: d.actionPlans.hints.gapDescription, type: "textarea" },
    { name: "sourceText", label: f.sourceText, type: "text", half: true },
    { name: "sourceUrl", label: f.sourceUrl, hint: d.actionPlans.hints.sourceUrl, type: "text", half: true },
    { name: "charterArticles", label: f.charterArticles, type: "multi", groups: o.charter },
    { name: "udhrArticles", label: f.udhrArticles, type: "multi", groups: [{ key: "udhr", heading: f.udhrArticles, items: o.udhr }] },
    { name: "groups", label: f.groups, type: "multi", groups: o.groups },
  ];
}

export function strategyFields(d: D): FieldSpec[] {
  const f = d.actionPlans.fields;
  return [
    { name: "title", label: f.title, type: "text" },
    { name: "level", label: f.level, type: "select", options: choices(STRATEGY_LEVELS, d.actionPlans.level), half: true },
    { name: "url", label: f.url, hint: d.actionPlans.hints.sourceUrl, type: "text", half: true },
    { name: "note", label: f.note, type: "textarea" },
  ];
}

export function themeFields(d: D): FieldSpec[] {
  const f = d.actionPlans.fields;
  return [
    { name: "title", label: f.title, type: "text" },
    { name: "description", label: f.description, type: "textarea" },
  ];
}

export function objectiveFields(d: D, themes: { id: string; title: string }[]): FieldSpec[] {
  const f = d.actionPlans.fields;
  return [
    { name: "title", label: f.title, type: "text" },
    { name: "term", label: f.term, type: "select", options: choices(OBJECTIVE_TERMS, d.actionPlans.term), half: true },
    {
      name: "themeId",
      label: f.themeId,
      type: "select",
      options: themes.map((t) => ({ value: t.id, label: t.title })),
      empty: d.actionPlans.hints.themeNone,
      half: true,
    },
    { name: "intendedChange", label: f.intendedChange, hint: d.actionPlans.hints.intendedChange, type: "textarea" },
  ];
}

export function actionFields(
  d: D,
  locale: Locale,
  o: CommitmentOptions,
  args: {
    currency: string;
    objectives: { id: string; title: string }[];
    commitments: { id: string; elementKey: string | null; title: string }[];
    edit: boolean;
  },
): FieldSpec[] {
  const f = d.actionPlans.fields;
  const h = d.actionPlans.hints;
  const budgetHint = fill(h.budget, { currency: args.currency });
  return [
    { name: "title", label: f.title, type: "text" },
    { name: "description", label: f.description, type: "textarea" },
    ...(args.edit
      ? [{ name: "objectiveId", label: f.objectiveId, type: "select" as const, options: args.objectives.map((x) => ({ value: x.id, label: x.title })) }]
      : []),
    { name: "status", label: f.status, type: "select", options: choices(ACTION_STATUSES, d.actionPlans.actionStatus), half: true },
    { name: "progress", label: f.progress, hint: h.progress, type: "number", half: true },
    { name: "statusReason", label: f.statusReason, hint: h.statusReason, type: "textarea" },
    { name: "departmentId", label: f.departmentId, type: "select", options: o.departments, empty: h.departmentNone, half: true },
    { name: "ownerId", label: f.ownerId, type: "select", options: o.members, empty: h.ownerNone, half: true },
    { name: "startDate", label: f.startDate, type: "date", half: true },
    { name: "dueDate", label: f.dueDate, type: "date", half: true },
    { name: "budgetPlanned", label: f.budgetPlanned, hint: budgetHint, type: "text", half: true },
    { name: "budgetSpent", label: f.budgetSpent, hint: budgetHint, type: "text", half: true },
    { name: "partners", label: f.partners, hint: h.partners, type: "lines" },
    {
      name: "commitmentIds",
      label: f.commitmentIds,
      hint: h.commitments,
      type: "multi",
      groups: [
        {
          key: "commitments",
          heading: f.commitmentIds,
          items: args.commitments.map((c) => ({ value: c.id, label: c.elementKey ? `${c.elementKey} ${c.title}` : c.title })),
        },
      ],
    },
    {
      name: "elementKeys",
      label: f.elementKeys,
      type: "multi",
      groups: [{ key: "elements", heading: f.elementKeys, items: ELEMENTS.map((e) => ({ value: e.key, label: `${e.key} ${e.name[locale]}` })) }],
    },
    { name: "charterArticles", label: f.charterArticles, type: "multi", groups: o.charter },
    { name: "udhrArticles", label: f.udhrArticles, type: "multi", groups: [{ key: "udhr", heading: f.udhrArticles, items: o.udhr }] },
    { name: "sdgs", label: f.sdgs, type: "multi", groups: [{ key: "sdgs", heading: f.sdgs, items: o.sdgs }] },
    { name: "groups", label: f.groups, type: "multi", groups: o.groups },
    { name: "note", label: f.updateNote, hint: h.updateNote, type: "textarea" },
  ];
}

export function milestoneFields(d: D): FieldSpec[] {
  const f = d.actionPlans.fields;
  return [
    { name: "title", label: f.milestone, type: "text", half: true },
    { name: "dueDate", label: f.dueDate, type: "date", half: true },
  ];
}

export function indicatorFields(d: D, o: CommitmentOptions, objectives: { id: string; title: string }[], plans?: { id: string; title: string }[]): FieldSpec[] {
  const m = d.indicators;
  const f = m.fields;
  return [
    ...(plans ? [{ name: "planId", label: m.list.planLabel, type: "select" as const, options: plans.map((p) => ({ value: p.id, label: p.title })) }] : []),
    { name: "name", label: f.name, type: "text" },
    { name: "definition", label: f.definition, hint: m.hints.definition, type: "textarea" },
    { name: "type", label: f.type, type: "select", options: choices(INDICATOR_TYPES, m.type), half: true },
    { name: "unit", label: f.unit, hint: m.hints.unit, type: "text", half: true },
    { name: "direction", label: f.direction, type: "select", options: choices(DIRECTIONS, m.direction), half: true },
    { name: "frequency", label: f.frequency, type: "select", options: choices(FREQUENCIES, m.frequency), half: true },
    { name: "accumulation", label: f.accumulation, hint: m.hints.accumulation, type: "select", options: choices(ACCUMULATIONS, m.accumulation) },
    { name: "baselineValue", label: f.baselineValue, hint: m.hints.value, type: "text", half: true },
    { name: "baselineYear", label: f.baselineYear, hint: m.hints.year, type: "text", half: true },
    { name: "targetValue", label: f.targetValue, hint: m.hints.value, type: "text", half: true },
    { name: "targetYear", label: f.targetYear, hint: m.hints.year, type: "text", half: true },
    { name: "dataSource", label: f.dataSource, type: "text", half: true },
    { name: "ownerId", label: f.ownerId, type: "select", options: o.members, empty: m.hints.ownerNone, half: true },
    {
      name: "dimensions",
      label: f.dimensions,
      hint: m.hints.dimensions,
      type: "multi",
      groups: [{ key: "dims", heading: f.dimensions, items: choices(DIMENSIONS, m.dimension) }],
    },
    ...(objectives.length
      ? [
          {
            name: "objectiveIds",
            label: f.objectiveIds,
            type: "multi" as const,
            groups: [{ key: "objectives", heading: f.objectiveIds, items: objectives.map((x) => ({ value: x.id, label: x.title })) }],
          },
        ]
      : []),
    { name: "charterArticles", label: f.charterArticles, type: "multi", groups: o.charter },
    { name: "udhrArticles", label: f.udhrArticles, type: "multi", groups: [{ key: "udhr", heading: f.udhrArticles, items: o.udhr }] },
    { name: "sdgs", label: f.sdgs, type: "multi", groups: [{ key: "sdgs", heading: f.sdgs, items: o.sdgs }] },
    { name: "groups", label: f.groups, type: "multi", groups: o.groups },
  ];
}
