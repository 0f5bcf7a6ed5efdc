import type { FormKind } from "@/components/forms/record-form";
import * as R from "@/lib/features/action-plans/records";
import * as S from "@/lib/features/action-plans/schema";
import { indicatorEditValues, type IndicatorRecord } from "@/lib/features/indicators/records";
import { ZIndicatorCreate, ZIndicatorEdit } from "@/lib/features/indicators/schema";
import * as IA from "../indicators/actions";
import * as A from "../action-plan/actions";

/**
 * Every form of the plan and indicator pages is one RecordForm (components/forms); a kind names
 * its schema, action and converters. Client-side: schemas, actions and converters are all
 * importable here, and server pages name a kind (PlanRecordForm looks it up).
 */
type Action = FormKind["action"];

const plan = (city: string) => `/${city}/workspace/action-plan`;
const version = (d: { version: number }) => d.version;

export const FORM_KINDS = {
  planCreate: { schema: S.ZPlanCreate, action: A.createPlanAction as Action, next: (c, d) => `${plan(c)}/${d.id}` },
  planEdit: { schema: S.ZPlanEdit, action: A.updatePlanAction as Action, toValues: R.planEditValues, versionOf: version },
  gapCreate: { schema: S.ZGapCreate, action: A.createGapAction as Action, next: () => null },
  gapEdit: { schema: S.ZGapEdit, action: A.updateGapAction as Action, toValues: R.gapEditValues, versionOf: version },
  strategyCreate: { schema: S.ZStrategyCreate, action: A.createStrategyAction as Action, next: () => null },
  strategyEdit: { schema: S.ZStrategyEdit, action: A.updateStrategyAction as Action, toValues: R.strategyEditValues, versionOf: version },
  themeCreate: { schema: S.ZThemeCreate, action: A.createThemeAction as Action, next: () => null },
  themeEdit: { schema: S.ZThemeEdit, action: A.updateThemeAction as Action, toValues: R.themeEditValues, versionOf: version },
  objectiveCreate: { schema: S.ZObjectiveCreate, action: A.createObjectiveAction as Action, next: (c, d, x) => `${plan(c)}/${x.planId}/objectives/${d.id}` },
  objectiveEdit: { schema: S.ZObjectiveEdit, action: A.updateObjectiveAction as Action, toValues: R.objectiveEditValues, versionOf: version },
  actionCreate: { schema: S.ZActionCreate, action: A.createActionAction as Action, next: (c, d, x) => `${plan(c)}/${x.planId}/actions/${d.id}` },
  actionEdit: {
    schema: S.ZActionEdit,
    action: A.updateActionAction as Action,
    toValues: R.actionEditValues,
    versionOf: (d: { action: { version: number } }) => d.action.version,
  },
  milestoneCreate: { schema: S.ZMilestoneCreate, action: A.createMilestoneAction as Action, next: () => null },
  indicatorCreate: { schema: ZIndicatorCreate, action: IA.createIndicatorAction as Action, next: (c, d) => `/${c}/workspace/indicators/${d.id}` },
  indicatorEdit: {
    schema: ZIndicatorEdit,
    action: IA.updateIndicatorAction as Action,
    toValues: (r: IndicatorRecord) => indicatorEditValues(r),
    versionOf: version,
  },
} satisfies Record<string, FormKind>;

export type FormKindName = keyof typeof FORM_KINDS;

/** Deletions, by kind: the action and where to go afterwards (null: stay and refresh). */
export const DELETE_KINDS = {
  plan: { action: A.deletePlanAction as Action, next: (c: string) => plan(c) },
  gap: { action: A.deleteGapAction as Action, next: () => null },
  strategy: { action: A.deleteStrategyAction as Action, next: () => null },
  theme: { action: A.deleteThemeAction as Action, next: () => null },
  objective: { action: A.deleteObjectiveAction as Action, next: (c: string, x: Record<string, string>) => `${plan(c)}/${x.planId}` },
  action: { action: A.deleteActionAction as Action, next: (c: string, x: Record<string, string>) => `${plan(c)}/${x.planId}/objectives/${x.objectiveId}` },
  milestone: { action: A.deleteMilestoneAction as Action, next: () => null },
  indicator: { action: IA.deleteIndicatorAction as Action, next: (c: string) => `/${c}/workspace/indicators` },
  measurement: { action: IA.deleteMeasurementAction as Action, next: () => null },
} as const;

export type DeleteKindName = keyof typeof DELETE_KINDS;
