import { dateOnly } from "@/lib/features/commitments/records";
import type {
  ActionStatusValue,
  ObjectiveTermValue,
  PlanStatusValue,
  StrategyLevelValue,
  TActionEdit,
  TGapEdit,
  TObjectiveEdit,
  TPlanEdit,
  TStrategyEdit,
  TThemeEdit,
} from "./schema";

/**
 * Plans and their parts as pages, forms and conflict messages see them: plain data that crosses
 * the server/client boundary. Calendar dates are "YYYY-MM-DD", money is text with two decimals
 * (a Prisma Decimal is a class instance and cannot reach a client component).
 */
interface Versioned {
  id: string;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

export interface PlanRecord extends Versioned {
  title: string;
  summary: string;
  periodStart: string;
  periodEnd: string;
  status: PlanStatusValue;
  adoptedOn: string | null;
  adoptionReference: string;
  adoptionNote: string;
  currency: string;
}

export interface GapRecord extends Versioned {
  planId: string;
  theme: string;
  description: string;
  sourceText: string;
  sourceUrl: string | null;
  charterArticles: number[];
  udhrArticles: number[];
  groups: string[];
}

export interface StrategyRecord extends Versioned {
  planId: string;
  title: string;
  level: StrategyLevelValue;
  url: string | null;
  note: string;
}

export interface ThemeRecord extends Versioned {
  planId: string;
  title: string;
  description: string;
}

export interface ObjectiveRecord extends Versioned {
  planId: string;
  themeId: string | null;
  title: string;
  term: ObjectiveTermValue;
  intendedChange: string;
}

export interface ActionRecord extends Versioned {
  objectiveId: string;
  title: string;
  description: string;
  departmentId: string | null;
  ownerId: string | null;
  partners: string[];
  startDate: string | null;
  dueDate: string | null;
  budgetPlanned: string | null;
  budgetSpent: string | null;
  status: ActionStatusValue;
  statusReason: string;
  progress: number;
  elementKeys: string[];
  commitmentIds: string[];
  charterArticles: number[];
  udhrArticles: number[];
  sdgs: number[];
  groups: string[];
  lastUpdateAt: Date;
}

export interface MilestoneRecord extends Versioned {
  actionId: string;
  title: string;
  dueDate: string;
  completedOn: string | null;
}

type DateLike = Date | string | null;
/** A DATE column as "YYYY-MM-DD" (also from a JSON copy, where it is an ISO string). */
export const day = (d: DateLike): string | null => (d === null ? null : typeof d === "string" ? d.slice(0, 10) : dateOnly(d));
const money = (d: { toFixed(n: number): string } | string | null): string | null =>
  d === null ? null : typeof d === "string" ? Number(d).toFixed(2) : d.toFixed(2);
const sorted = (l: number[]) => [...l].sort((a, b) => a - b);
const base = (r: Versioned): Versioned => ({ id: r.id, version: r.version, updatedAt: r.updatedAt, updatedBy: r.updatedBy });

type Row<T> = Omit<T, "periodStart" | "periodEnd" | "adoptedOn" | "startDate" | "dueDate" | "completedOn" | "budgetPlanned" | "budgetSpent"> &
  Record<string, unknown>;

export function toPlanRecord(r: Row<PlanRecord> & { periodStart: DateLike; periodEnd: DateLike; adoptedOn: DateLike }): PlanRecord {
  return {
    ...base(r),
    title: r.title,
    summary: r.summary,
    periodStart: day(r.periodStart)!,
    periodEnd: day(r.periodEnd)!,
    status: r.status,
    adoptedOn: day(r.adoptedOn),
    adoptionReference: r.adoptionReference,
    adoptionNote: r.adoptionNote,
    currency: r.currency,
  };
}

export function toGapRecord(r: GapRecord & Record<string, unknown>): GapRecord {
  return {
    ...base(r),
    planId: r.planId,
    theme: r.theme,
    description: r.description,
    sourceText: r.sourceText,
    sourceUrl: r.sourceUrl,
    charterArticles: sorted(r.charterArticles),
    udhrArticles: sorted(r.udhrArticles),
    groups: [...r.groups],
  };
}

export function toStrategyRecord(r: StrategyRecord & Record<string, unknown>): StrategyRecord {
  return { ...base(r), planId: r.planId, title: r.title, level: r.level, url: r.url, note: r.note };
}

export function toThemeRecord(r: ThemeRecord & Record<string, unknown>): ThemeRecord {
  return { ...base(r), planId: r.planId, title: r.title, description: r.description };
}

export function toObjectiveRecord(r: ObjectiveRecord & Record<string, unknown>): ObjectiveRecord {
  return { ...base(r), planId: r.planId, themeId: r.themeId, title: r.title, term: r.term, intendedChange: r.intendedChange };
}

export function toActionRecord(
  r: Row<Omit<ActionRecord, "commitmentIds">> & {
    startDate: DateLike;
    dueDate: DateLike;
    budgetPlanned: { toFixed(n: number): string } | string | null;
    budgetSpent: { toFixed(n: number): string } | string | null;
  },
  commitmentIds: string[],
): ActionRecord {
  return {
    ...base(r),
    objectiveId: r.objectiveId,
    title: r.title,
    description: r.description,
    departmentId: r.departmentId,
    ownerId: r.ownerId,
    partners: [...r.partners],
    startDate: day(r.startDate),
    dueDate: day(r.dueDate),
    budgetPlanned: money(r.budgetPlanned),
    budgetSpent: money(r.budgetSpent),
    status: r.status,
    statusReason: r.statusReason,
    progress: r.progress,
    elementKeys: [...r.elementKeys].sort(),
    commitmentIds: [...commitmentIds].sort(),
    charterArticles: sorted(r.charterArticles),
    udhrArticles: sorted(r.udhrArticles),
    sdgs: sorted(r.sdgs),
    groups: [...r.groups],
    lastUpdateAt: r.lastUpdateAt,
  };
}

export function toMilestoneRecord(r: Row<MilestoneRecord> & { dueDate: DateLike; completedOn: DateLike }): MilestoneRecord {
  return { ...base(r), actionId: r.actionId, title: r.title, dueDate: day(r.dueDate)!, completedOn: day(r.completedOn) };
}

// ── Form values of stored records ───────────────────────────────────────────────────────────────

export const planEditValues = (r: PlanRecord): TPlanEdit => ({
  id: r.id,
  version: r.version,
  title: r.title,
  summary: r.summary,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  status: r.status,
  adoptedOn: r.adoptedOn ?? "",
  adoptionReference: r.adoptionReference,
  adoptionNote: r.adoptionNote,
  currency: r.currency,
});

export const gapEditValues = (r: GapRecord): TGapEdit => ({
  id: r.id,
  version: r.version,
  theme: r.theme,
  description: r.description,
  sourceText: r.sourceText,
  sourceUrl: r.sourceUrl ?? "",
  charterArticles: r.charterArticles,
  udhrArticles: r.udhrArticles,
  groups: r.groups,
});

export const strategyEditValues = (r: StrategyRecord): TStrategyEdit => ({
  id: r.id,
  version: r.version,
  title: r.title,
  level: r.level,
  url: r.url ?? "",
  note: r.note,
});
export const themeEditValues = (r: ThemeRecord): TThemeEdit => ({ id: r.id, version: r.version, title: r.title, description: r.description });
export const objectiveEditValues = (r: ObjectiveRecord): TObjectiveEdit => ({
  id: r.id,
  version: r.version,
  title: r.title,
  term: r.term,
  themeId: r.themeId ?? "",
  intendedChange: r.intendedChange,
});

export const actionEditValues = (r: ActionRecord): TActionEdit => ({
  id: r.id,
  version: r.version,
  objectiveId: r.objectiveId,
  title: r.title,
  description: r.description,
  departmentId: r.departmentId ?? "",
  ownerId: r.ownerId ?? "",
  partners: r.partners,
  startDate: r.startDate ?? "",
  dueDate: r.dueDate ?? "",
  budgetPlanned: r.budgetPlanned ?? "",
  budgetSpent: r.budgetSpent ?? "",
  status: r.status,
  statusReason: r.statusReason,
  progress: r.progress,
  elementKeys: r.elementKeys as TActionEdit["elementKeys"],
  commitmentIds: r.commitmentIds,
  charterArticles: r.charterArticles,
  udhrArticles: r.udhrArticles,
  sdgs: r.sdgs,
  groups: r.groups,
  note: "",
});
