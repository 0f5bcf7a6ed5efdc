/**
 * The shape of a demo city's action plan. Dates are relative to the day of seeding (days from
 * today; negative is past), measurement years relative to this year (−1 is last year).
 */
import type { ActionStatusValue, ObjectiveTermValue, StrategyLevelValue } from "@/lib/features/action-plans/schema";
import type { ElementKey } from "@/lib/reference/framework/catalogue/types";
import type { DimensionValue, IndicatorTypeValue } from "@/lib/features/indicators/schema";
import type { DemoEditor } from "./demo-types";

export interface DemoActionStep {
  daysAgo: number;
  status?: ActionStatusValue;
  progress?: number;
  reason?: string;
  note: string;
}

export interface DemoAction {
  title: string;
  description: string;
  department?: string;
  owner?: DemoEditor;
  partners?: string[];
  startInDays: number;
  dueInDays: number;
  budgetPlanned?: string;
  budgetSpent?: string;
  elements?: ElementKey[];
  /** Framework elements whose commitment this action serves (and feeds, in mode "actions"). */
  commitments?: ElementKey[];
  charter?: number[];
  sdgs?: number[];
  groups?: string[];
  history: DemoActionStep[];
  milestones?: { title: string; dueInDays: number; doneDaysAgo?: number }[];
}

export interface DemoObjective {
  title: string;
  /** Index into the plan's themes. */
  theme?: number;
  term: ObjectiveTermValue;
  intendedChange: string;
  actions: DemoAction[];
}

export interface DemoMeasurement {
  /** Relative to this year: −4 … −1. */
  year: number;
  value: number;
  breakdown?: Partial<Record<DimensionValue, Record<string, number>>>;
}

export interface DemoIndicator {
  name: string;
  definition: string;
  type: IndicatorTypeValue;
  unit: string;
  direction: "higher" | "lower";
  baseline: [value: number, yearOffset: number];
  target: [value: number, yearOffset: number];
  dataSource: string;
  dimensions: DimensionValue[];
  /** Indexes into the plan's objectives. */
  objectives: number[];
  sdgs?: number[];
  charter?: number[];
  groups?: string[];
  measurements: DemoMeasurement[];
  /** One correction of the latest value, to show the history. */
  correction?: { from: number; reason: string };
}

export interface DemoPlan {
  title: string;
  summary: string;
  startYearOffset: number;
  years: number;
  adoptedDaysAgo: number;
  adoptionReference: string;
  adoptionNote: string;
  currency: string;
  gaps: { theme: string; description: string; sourceText: string; sourceUrl?: string; charter?: number[]; udhr?: number[]; groups?: string[] }[];
  strategies: { title: string; level: StrategyLevelValue; url?: string; note?: string }[];
  themes: string[];
  objectives: DemoObjective[];
  indicators: DemoIndicator[];
  /** Commitments switched to progress mode "actions" once the plan's actions are in. */
  fromActions: ElementKey[];
}
