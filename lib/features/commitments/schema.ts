import { z } from "zod";
import { LAYERS } from "@/lib/reference/framework/catalogue/types";
import type { CommitmentStatus, Maturity, ProgressMode } from "@/lib/generated/city/enums";
import type { Equal, Expect } from "@/lib/kernel/type-equal";
import { isoDate } from "@/lib/kernel/dates";

/**
 * Schemas of a commitment, shared by the forms (zodResolver) and the Server Actions. Messages are
 * keys of lib/features/commitments/messages.ts; the forms translate them.
 */

/**
 * The value lists of a commitment, in the order pages show them: the one place they are written,
 * each the same set as the generated Prisma enum (checked at compile time).
 */
export const COMMITMENT_STATUSES = ["not_started", "planned", "in_progress", "in_place", "needs_review"] as const satisfies readonly CommitmentStatus[];
export type CommitmentStatusValue = (typeof COMMITMENT_STATUSES)[number];
type _StatusesCoverEnum = Expect<Equal<CommitmentStatusValue, CommitmentStatus>>;

/** Maturity levels, lowest first: a level's index is its score (the dashboard's 0–4). */
export const MATURITIES = ["none", "initiated", "established", "embedded", "exemplary"] as const satisfies readonly Maturity[];
export type MaturityValue = (typeof MATURITIES)[number];
type _MaturitiesCoverEnum = Expect<Equal<MaturityValue, Maturity>>;

export const PROGRESS_MODES = ["manual", "actions"] as const satisfies readonly ProgressMode[];
export type ProgressModeValue = (typeof PROGRESS_MODES)[number];
type _ProgressModesCoverEnum = Expect<Equal<ProgressModeValue, ProgressMode>>;

export const TITLE_MAX = 200;
export const COMMITMENT_TEXT_MAX = 10_000;
export const NOTE_MAX = 2000;
/** Keys of rights-holder groups: built-in ones and those a city derives from a name. */
export const GROUP_KEY = /^[a-z][a-z0-9_]{0,63}$/;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "" or a real calendar date as YYYY-MM-DD (what <input type="date"> gives). */
export function isDateOrEmpty(s: string): boolean {
  if (s === "") return true;
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDate(d) === s;
}

export const uuidOrEmpty = (error: string) => z.string().refine((s) => s === "" || z.uuid().safeParse(s).success, { error });

/** Unique article/goal numbers in a range. */
export const numberList = (max: number, error: string) =>
  z
    .array(z.number({ error }).int({ error }).min(1, { error }).max(max, { error }), { error })
    .max(max, { error })
    .refine((list) => new Set(list).size === list.length, { error });

const statusSchema = z.enum(COMMITMENT_STATUSES, { error: "commitments.validation.statusInvalid" });
const maturitySchema = z.enum(MATURITIES, { error: "commitments.validation.maturityInvalid" });
const progressSchema = z
  .number({ error: "commitments.validation.progressInvalid" })
  .int({ error: "commitments.validation.progressInvalid" })
  .min(0, { error: "commitments.validation.progressInvalid" })
  .max(100, { error: "commitments.validation.progressInvalid" });

const titleSchema = z
  .string()
  .trim()
  .min(1, { error: "commitments.validation.titleRequired" })
  .max(TITLE_MAX, { error: "commitments.validation.titleTooLong" });
const textSchema = z.string().max(COMMITMENT_TEXT_MAX, { error: "commitments.validation.textTooLong" });

/** The tracked fields: a change to any of them becomes an update in the history and needs a note. */
export const ZTrackedState = z.object({ status: statusSchema, progress: progressSchema, maturity: maturitySchema });
export type TTrackedState = z.infer<typeof ZTrackedState>;

export function trackedChanged(from: TTrackedState, to: TTrackedState): boolean {
  return from.status !== to.status || from.progress !== to.progress || from.maturity !== to.maturity;
}

/**
 * An edit of one commitment. `version` is the version the person started from (optimistic
 * concurrency) and `baseline` the tracked state they saw, so the form can ask for a note as soon
 * as status, progress or maturity differs from it; the server checks the same rule against what
 * is stored. `title` is only saved for the city's own commitments (framework elements keep the
 * element's name).
 */
export const ZCommitmentEdit = z
  .object({
    id: z.uuid({ error: "commitments.validation.idInvalid" }),
    version: z.number({ error: "commitments.validation.versionInvalid" }).int().min(1, { error: "commitments.validation.versionInvalid" }),
    title: titleSchema,
    text: textSchema,
    status: statusSchema,
    maturity: maturitySchema,
    progress: progressSchema,
    ownerId: uuidOrEmpty("commitments.validation.ownerInvalid"),
    departmentId: uuidOrEmpty("commitments.validation.departmentInvalid"),
    startDate: z.string().refine(isDateOrEmpty, { error: "commitments.validation.dateInvalid" }),
    targetDate: z.string().refine(isDateOrEmpty, { error: "commitments.validation.dateInvalid" }),
    charterArticles: numberList(54, "commitments.validation.charterInvalid"),
    udhrArticles: numberList(30, "commitments.validation.udhrInvalid"),
    sdgs: numberList(17, "commitments.validation.sdgInvalid"),
    groups: z
      .array(z.string().regex(GROUP_KEY, { error: "commitments.validation.groupInvalid" }), { error: "commitments.validation.groupInvalid" })
      .max(200, { error: "commitments.validation.groupInvalid" })
      .refine((list) => new Set(list).size === list.length, { error: "commitments.validation.groupInvalid" }),
    note: z.string().trim().max(NOTE_MAX, { error: "commitments.validation.noteTooLong" }),
    /** Shown on the public pages from the next publication on; absent: left as it is. */
    isPublic: z.boolean().optional(),
    /** "actions": progress is the mean of the linked actions of the action plans; absent: left as it is. */
    progressMode: z.enum(PROGRESS_MODES, { error: "commitments.validation.progressModeInvalid" }).optional(),
    /** The note of this change is shown on the public pages (default: internal). */
    notePublic: z.boolean().optional(),
    /**
     * "Keep this status": the officer saves a status that the progress contradicts
     * (status-consistency.ts) on purpose; without it such a pair is refused. Recorded in the audit log.
     */
    keepStatus: z.boolean().optional(),
    baseline: ZTrackedState,
  })
  .refine((v) => !v.startDate || !v.targetDate || v.startDate <= v.targetDate, {
    path: ["targetDate"],
    error: "commitments.validation.targetBeforeStart",
  })
  // A change of status, progress or maturity is what the council and the annual report read in
  // the history; without a reason it tells them nothing.
  .refine((v) => !trackedChanged(v.baseline, v) || v.note.length > 0, {
    path: ["note"],
    error: "commitments.validation.noteRequired",
  });

export type TCommitmentEdit = z.infer<typeof ZCommitmentEdit>;

/** A commitment the city adds itself, under one layer. The rest is filled in on its page. */
export const ZCommitmentCreate = z.object({
  layer: z.enum(LAYERS, { error: "commitments.validation.layerInvalid" }),
  title: titleSchema,
  text: textSchema,
});
export type TCommitmentCreate = z.infer<typeof ZCommitmentCreate>;
