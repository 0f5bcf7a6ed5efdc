/**
 * What storing a published document's files came to, file by file: made now, already stored, or
 * failed and why — so publishing can say exactly what is missing, and the job what it filled.
 */
import { log } from "@/lib/kernel/log";
import { PrinterUnavailableError } from "@/lib/kernel/documents/printer";
import { PrintBusyError } from "@/lib/kernel/documents/print-queue";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { DocumentFormat } from "./keys";

export type FailureReason = "missing" | "failed" | "busy" | "error";

export type FileOutcome = { format: DocumentFormat; locale: Locale } & ({ result: "made" | "already_stored" } | { result: "failed"; reason: FailureReason });

/** Why a file could not be made; an unexpected error is logged with its stack, a missing printer is not (it is the set-up). */
export function failureOf(err: unknown, context: Record<string, unknown>): FailureReason {
  if (err instanceof PrinterUnavailableError) return err.state;
  if (err instanceof PrintBusyError) return "busy";
  log("error", "a published document's file could not be made", { ...context, err });
  return "error";
}

export function failuresIn(outcomes: readonly FileOutcome[]): Extract<FileOutcome, { result: "failed" }>[] {
  return outcomes.filter((o): o is Extract<FileOutcome, { result: "failed" }> => o.result === "failed");
}
