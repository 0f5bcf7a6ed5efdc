import type { z } from "zod";
import type { ActionResult } from "@/lib/kernel/action-chain/result";
import * as R from "@/lib/features/action-plans/records";
import * as S from "@/lib/features/action-plans/schema";
import { indicatorEditValues, type IndicatorRecord } from "@/lib/features/indicators/records";
import { ZIndicatorCreate, ZIndicatorEdit } from "@/lib/features/indicators/schema";
import * as IA from "../../indicators/actions";
import * as A from "../actions";

/**
 * Every form of the plan pages is one RecordForm; a kind names its schema (the same the action
 * validates with), its action, where to go after creating, and how a stored record becomes form
 * values (for conflicts). Client-side: schemas, actions and converters are all importable here.
 */
type Values = Record<string, unknown>;
type Action = (city: string, input: unknown) => Promise<ActionResult<unknown>>;

export interface FormKind {
  schema: z.ZodType;
  action: Action;
  /** For edits: the stored record of a conflict as form values. */
  toValues?: (record: never) => Values;
  /** After a create: the page to open (null: stay and refresh). */
  next?: (city: string, data: { id: string }, context: Record<string, string>) => string | null;
  /** After an edit: the version now stored (from the action's result). */
  versionOf?: (data: never) => number;
}

const plan = (city: string) => `/${city}/workspace/action-plan`;
const version = (d: { version: number }) => d.version;

export const FORM_KINDS = {
  planCreate: { schema: S.ZPlanCreate, action: A.createPlan as Action, next: (c, d) => `${plan(c)}/${d.id}` },
  planEdit: { schema: S.ZPlanEdit, action: A.updatePlan as Action, toValues: R.planEditValues, versionOf: version },
  gapCreate: { schema: S.ZGapCreate, action: A.createGap as Action, next: () => null },
  gapEdit: { schema: S.ZGapEdit, action: A.updateGap as Action, toValues: R.gapEditValues, versionOf: version },
  strategyCreate: { schema: S.ZStrategyCreate, action: A.createStrategy as Action, next: () => null },
  strategyEdit: { schema: S.ZStrategyEdit, action: A.updateStrategy as Action, toValues: R.strategyEditValues, versionOf: version },
  themeCreate: { schema: S.ZThemeCreate, action: A.createTheme as Action, next: () => null },
  themeEdit: { schema: S.ZThemeEdit, action: A.updateTheme as Action, toValues: R.themeEditValues, versionOf: version },
  objectiveCreate: { schema: S.ZObjectiveCreate, action: A.createObjective as Action, next: (c, d, x) => `${plan(c)}/${x.planId}/objectives/${d.id}` },
  objectiveEdit: { schema: S.ZObjectiveEdit, action: A.updateObjective as Action, toValues: R.objectiveEditValues, versionOf: version },
  actionCreate: { schema: S.ZActionCreate, action: A.createAction as Action, next: (c, d, x) => `${plan(c)}/${x.planId}/actions/${d.id}` },
  actionEdit: {
    schema: S.ZActionEdit,
    action: A.updateAction as Action,
    toValues: R.actionEditValues,
    versionOf: (d: { action: { version: number } }) => d.action.version,
  },
  milestoneCreate: { schema: S.ZMilestoneCreate, action: A.createMilestone as Action, next: () => null },
  indicatorCreate: { schema: ZIndicatorCreate, action: IA.createIndicator as Action, next: (c, d) => `/${c}/workspace/indicators/${d.id}` },
  indicatorEdit: { schema: ZIndicatorEdit, action: IA.updateIndicator as Action, toValues: (r: IndicatorRecord) => indicatorEditValues(r), versionOf: version },
} satisfies Record<string, FormKind>;

export type FormKindName = keyof typeof FORM_KINDS;

/** Deletions, by kind: the action and where to go afterwards (null: stay and refresh). */
export const DELETE_KINDS = {
  plan: { action: A.deletePlan as Action, next: (c: string) => plan(c) },
  gap: { action: A.deleteGap as Action, next: () => null },
  strategy: { action: A.deleteStrategy as Action, next: () => null },
  theme: { action: A.deleteTheme as Action, next: () => null },
  objective: { action: A.deleteObjective as Action, next: (c: string, x: Record<string, string>) => `${plan(c)}/${x.planId}` },
  action: { action: A.deleteAction as Action, next: (c: string, x: Record<string, string>) => `${plan(c)}/${x.planId}/objectives/${x.objectiveId}` },
  milestone: { action: A.deleteMilestone as Action, next: () => null },
  indicator: { action: IA.deleteIndicator as Action, next: (c: string) => `/${c}/workspace/indicators` },
  measurement: { action: IA.deleteMeasurement as Action, next: () => null },
} as const;

export type DeleteKindName = keyof typeof DELETE_KINDS;
