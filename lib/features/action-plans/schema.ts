import { z } from "zod";
import type { ActionStatus, ObjectiveTerm, PlanStatus, StrategyLevel } from "@/lib/generated/city/enums";
import type { Equal, Expect } from "@/lib/kernel/type-equal";
import { GROUP_KEY, isDateOrEmpty, numberList, uuidOrEmpty } from "@/lib/features/commitments/schema";
import { ELEMENT_KEYS } from "@/lib/reference/framework/catalogue/types";
import { needsReason } from "./policy";

/**
 * Schemas of action plans and everything under them, shared by the forms (zodResolver) and the
 * Server Actions. Messages are keys of lib/features/action-plans/messages.ts; the forms translate them.
 */

/**
 * The value lists of action plans, in the order pages show them: the one place they are written,
 * each the same set as the generated Prisma enum (checked at compile time). Which statuses need a
 * reason is a state rule: ./policy.ts.
 */
export const PLAN_STATUSES = ["draft", "adopted", "closed"] as const satisfies readonly PlanStatus[];
export type PlanStatusValue = (typeof PLAN_STATUSES)[number];
type _PlanStatusesCoverEnum = Expect<Equal<PlanStatusValue, PlanStatus>>;
export const STRATEGY_LEVELS = ["national", "eu", "international"] as const satisfies readonly StrategyLevel[];
export type StrategyLevelValue = (typeof STRATEGY_LEVELS)[number];
type _StrategyLevelsCoverEnum = Expect<Equal<StrategyLevelValue, StrategyLevel>>;
export const OBJECTIVE_TERMS = ["short", "long"] as const satisfies readonly ObjectiveTerm[];
export type ObjectiveTermValue = (typeof OBJECTIVE_TERMS)[number];
type _ObjectiveTermsCoverEnum = Expect<Equal<ObjectiveTermValue, ObjectiveTerm>>;
export const ACTION_STATUSES = ["not_started", "on_track", "at_risk", "delayed", "done", "cancelled"] as const satisfies readonly ActionStatus[];
export type ActionStatusValue = (typeof ACTION_STATUSES)[number];
type _ActionStatusesCoverEnum = Expect<Equal<ActionStatusValue, ActionStatus>>;

const V = (key: string) => `actionPlans.validation.${key}`;

export const TEXT_MAX = 5000;
const id = z.uuid({ error: V("idInvalid") });
const version = z
  .number({ error: V("versionInvalid") })
  .int()
  .min(1, { error: V("versionInvalid") });
const title = z
  .string()
  .trim()
  .min(1, { error: V("titleRequired") })
  .max(200, { error: V("titleTooLong") });
const text = z
  .string()
  .trim()
  .max(TEXT_MAX, { error: V("textTooLong") });
const short = z
  .string()
  .trim()
  .max(200, { error: V("textTooLong") });
const date = z.string().refine(isDateOrEmpty, { error: V("dateInvalid") });
const requiredDate = z
  .string()
  .min(1, { error: V("dateRequired") })
  .refine(isDateOrEmpty, { error: V("dateInvalid") });
/** Empty, or an https address: other schemes would run or leak in the page that links them. */
const httpsUrl = z
  .string()
  .trim()
  .max(2000, { error: V("urlInvalid") })
  .refine((u) => u === "" || (URL.canParse(u) && new URL(u).protocol === "https:"), { error: V("urlInvalid") });
/** Money as typed ("1250", "1250.50"): kept as text so no cent is lost to floating point. */
const amount = z
  .string()
  .trim()
  .refine((s) => s === "" || /^\d{1,12}(\.\d{1,2})?$/.test(s), { error: V("amountInvalid") });
const groups = z
  .array(z.string().regex(GROUP_KEY, { error: V("groupInvalid") }), { error: V("groupInvalid") })
  .max(200, { error: V("groupInvalid") })
  .refine((list) => new Set(list).size === list.length, { error: V("groupInvalid") });
const charterArticles = numberList(54, V("charterInvalid"));
const udhrArticles = numberList(30, V("udhrInvalid"));
const sdgs = numberList(17, V("sdgInvalid"));

// ── Plan ─────────────────────────────────────────────────────────────────────────────────────

const planFields = {
  title,
  summary: text,
  periodStart: requiredDate,
  periodEnd: requiredDate,
  status: z.enum(PLAN_STATUSES, { error: V("statusInvalid") }),
  adoptedOn: date,
  adoptionReference: short,
  adoptionNote: text,
  currency: z.string().regex(/^[A-Z]{3}$/, { error: V("currencyInvalid") }),
};

type PlanShape = { periodStart: string; periodEnd: string; status: PlanStatusValue; adoptedOn: string };
const planRules = <T extends z.ZodType<PlanShape>>(s: T) =>
  s
    .refine((v) => !v.periodStart || !v.periodEnd || v.periodStart <= v.periodEnd, { path: ["periodEnd"], error: V("endBeforeStart") })
    // An adopted or closed plan was adopted on some day: the adoption record needs it.
    .refine((v) => v.status === "draft" || v.adoptedOn !== "", { path: ["adoptedOn"], error: V("adoptedOnRequired") });

export const ZPlanCreate = planRules(z.object(planFields));
export type TPlanCreate = z.infer<typeof ZPlanCreate>;
export const ZPlanEdit = planRules(z.object({ id, version, ...planFields }));
export type TPlanEdit = z.infer<typeof ZPlanEdit>;

/** Deleting anything versioned names the version the person saw, so a concurrent edit is not lost unseen. */
export const ZDelete = z.object({ id, version });
export type TDelete = z.infer<typeof ZDelete>;

// ── Baseline gaps, strategy links, themes ─────────────────────────────────────────────────────

const gapFields = {
  theme: title,
  description: text.min(1, { error: V("descriptionRequired") }),
  sourceText: text,
  sourceUrl: httpsUrl,
  charterArticles,
  udhrArticles,
  groups,
};
export const ZGapCreate = z.object({ planId: id, ...gapFields });
export const ZGapEdit = z.object({ id, version, ...gapFields });
export type TGapCreate = z.infer<typeof ZGapCreate>;
export type TGapEdit = z.infer<typeof ZGapEdit>;

const strategyFields = { title, level: z.enum(STRATEGY_LEVELS, { error: V("levelInvalid") }), url: httpsUrl, note: text };
export const ZStrategyCreate = z.object({ planId: id, ...strategyFields });
export const ZStrategyEdit = z.object({ id, version, ...strategyFields });
export type TStrategyCreate = z.infer<typeof ZStrategyCreate>;
export type TStrategyEdit = z.infer<typeof ZStrategyEdit>;

const themeFields = { title, description: text };
export const ZThemeCreate = z.object({ planId: id, ...themeFields });
export const ZThemeEdit = z.object({ id, version, ...themeFields });
export type TThemeCreate = z.infer<typeof ZThemeCreate>;
export type TThemeEdit = z.infer<typeof ZThemeEdit>;

// ── Objectives ────────────────────────────────────────────────────────────────────────────────

const objectiveFields = {
  title,
  term: z.enum(OBJECTIVE_TERMS, { error: V("termInvalid") }),
  themeId: uuidOrEmpty(V("themeInvalid")),
  intendedChange: text,
};
export const ZObjectiveCreate = z.object({ planId: id, ...objectiveFields });
export const ZObjectiveEdit = z.object({ id, version, ...objectiveFields });
export type TObjectiveCreate = z.infer<typeof ZObjectiveCreate>;
export type TObjectiveEdit = z.infer<typeof ZObjectiveEdit>;

// ── Actions ───────────────────────────────────────────────────────────────────────────────────

const progress = z
  .number({ error: V("progressInvalid") })
  .int({ error: V("progressInvalid") })
  .min(0, { error: V("progressInvalid") })
  .max(100, { error: V("progressInvalid") });

const actionFields = {
  title,
  description: text,
  departmentId: uuidOrEmpty(V("departmentInvalid")),
  ownerId: uuidOrEmpty(V("ownerInvalid")),
  /** One partner per line in the form. */
  partners: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(200, { error: V("partnersInvalid") }),
      { error: V("partnersInvalid") },
    )
    .max(50, { error: V("partnersInvalid") }),
  startDate: date,
  dueDate: date,
  budgetPlanned: amount,
  budgetSpent: amount,
  status: z.enum(ACTION_STATUSES, { error: V("statusInvalid") }),
  statusReason: text,
  progress,
  elementKeys: z
    .array(z.enum(ELEMENT_KEYS, { error: V("elementInvalid") }), { error: V("elementInvalid") })
    .refine((l) => new Set(l).size === l.length, { error: V("elementInvalid") }),
  commitmentIds: z.array(z.uuid({ error: V("commitmentInvalid") }), { error: V("commitmentInvalid") }).max(200, { error: V("commitmentInvalid") }),
  charterArticles,
  udhrArticles,
  sdgs,
  groups,
  /** Kept in the action's history with a change of status or progress. */
  note: z
    .string()
    .trim()
    .max(2000, { error: V("noteTooLong") }),
};

type ActionShape = { startDate: string; dueDate: string; status: ActionStatusValue; statusReason: string };
const actionRules = <T extends z.ZodType<ActionShape>>(s: T) =>
  s
    .refine((v) => !v.startDate || !v.dueDate || v.startDate <= v.dueDate, { path: ["dueDate"], error: V("dueBeforeStart") })
    .refine((v) => !needsReason(v.status) || v.statusReason.trim() !== "", { path: ["statusReason"], error: V("reasonRequired") });

export const ZActionCreate = actionRules(z.object({ objectiveId: id, ...actionFields }));
export const ZActionEdit = actionRules(z.object({ id, version, objectiveId: id, ...actionFields }));
export type TActionCreate = z.infer<typeof ZActionCreate>;
export type TActionEdit = z.infer<typeof ZActionEdit>;

// ── Milestones ────────────────────────────────────────────────────────────────────────────────

export const ZMilestoneCreate = z.object({ actionId: id, title, dueDate: requiredDate });
export type TMilestoneCreate = z.infer<typeof ZMilestoneCreate>;
/** Marks a milestone completed on a day ("" reopens it). */
export const ZMilestoneComplete = z.object({ id, version, completedOn: date });
export type TMilestoneComplete = z.infer<typeof ZMilestoneComplete>;
