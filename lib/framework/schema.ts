import { z } from "zod";
import { ELEMENT_KEYS } from "./catalogue/types";

export const COMMITMENT_STATUSES = ["not_started", "planned", "in_progress", "in_place", "needs_review"] as const;
export type CommitmentStatusValue = (typeof COMMITMENT_STATUSES)[number];

export const COMMITMENT_TEXT_MAX = 10_000;

/**
 * An edit of one framework commitment, used by the form (zodResolver) and the action alike.
 * Messages are keys of lib/i18n/messages/framework.ts: the form translates them.
 * `version` is the version the person started from (optimistic concurrency).
 */
export const ZCommitmentUpdate = z.object({
  elementKey: z.enum(ELEMENT_KEYS, { error: "framework.validation.keyInvalid" }),
  text: z.string().max(COMMITMENT_TEXT_MAX, { error: "framework.validation.textTooLong" }),
  status: z.enum(COMMITMENT_STATUSES, { error: "framework.validation.statusInvalid" }),
  version: z.number({ error: "framework.validation.versionInvalid" }).int().min(1, { error: "framework.validation.versionInvalid" }),
});

export type TCommitmentUpdate = z.infer<typeof ZCommitmentUpdate>;
