import type { Layer } from "@/lib/reference/framework/catalogue/types";
import type { CommitmentStatusValue, MaturityValue, ProgressModeValue, TCommitmentEdit } from "./schema";
import { isoDate } from "@/lib/kernel/dates";

/**
 * A commitment as pages, forms and conflict messages see it: plain data that crosses the
 * server/client boundary. Calendar dates are "YYYY-MM-DD" strings (a DATE column has no time
 * zone; a Date object would shift it in the browser).
 */
export interface CommitmentRecord {
  id: string;
  elementKey: string | null;
  layer: Layer;
  title: string;
  text: string;
  status: CommitmentStatusValue;
  maturity: MaturityValue;
  progress: number;
  progressMode: ProgressModeValue;
  ownerId: string | null;
  departmentId: string | null;
  startDate: string | null;
  targetDate: string | null;
  charterArticles: number[];
  udhrArticles: number[];
  sdgs: number[];
  groups: string[];
  lastUpdateAt: Date;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
  /** Null when nobody is recorded (provisioning) or the user no longer exists. */
  updatedByName: string | null;
}

/** The row shape this module reads (the Prisma Commitment model). */
export interface CommitmentRow {
  id: string;
  elementKey: string | null;
  layer: Layer;
  title: string;
  text: string;
  status: CommitmentStatusValue;
  maturity: MaturityValue;
  progress: number;
  progressMode: ProgressModeValue;
  ownerId: string | null;
  departmentId: string | null;
  startDate: Date | null;
  targetDate: Date | null;
  charterArticles: number[];
  udhrArticles: number[];
  sdgs: number[];
  groups: string[];
  lastUpdateAt: Date;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

export function dateOnly(d: Date | null): string | null {
  return d ? isoDate(d) : null;
}

const sorted = (list: number[]) => [...list].sort((a, b) => a - b);

export function toRecord(row: CommitmentRow, updatedByName: string | null): CommitmentRecord {
  return {
    id: row.id,
    elementKey: row.elementKey,
    layer: row.layer,
    title: row.title,
    text: row.text,
    status: row.status,
    maturity: row.maturity,
    progress: row.progress,
    progressMode: row.progressMode,
    ownerId: row.ownerId,
    departmentId: row.departmentId,
    startDate: dateOnly(row.startDate),
    targetDate: dateOnly(row.targetDate),
    charterArticles: sorted(row.charterArticles),
    udhrArticles: sorted(row.udhrArticles),
    sdgs: sorted(row.sdgs),
    groups: [...row.groups],
    lastUpdateAt: row.lastUpdateAt,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    updatedByName,
  };
}

/** The edit form's values for a stored commitment (no note yet; the baseline is what is stored). */
export function toEditValues(r: CommitmentRecord): TCommitmentEdit {
  return {
    id: r.id,
    version: r.version,
    title: r.title,
    text: r.text,
    status: r.status,
    maturity: r.maturity,
    progress: r.progress,
    ownerId: r.ownerId ?? "",
    departmentId: r.departmentId ?? "",
    startDate: r.startDate ?? "",
    targetDate: r.targetDate ?? "",
    charterArticles: r.charterArticles,
    udhrArticles: r.udhrArticles,
    sdgs: r.sdgs,
    groups: r.groups,
    note: "",
    progressMode: r.progressMode,
    baseline: { status: r.status, progress: r.progress, maturity: r.maturity },
  };
}
