/**
 * The refusal when a report is not complete: which sections are missing in which language, said
 * in the reader's language. The rule itself is policy.ts (`missingSections`).
 */
import { AppError, ValidationError } from "@/lib/kernel/errors";
import type { Translator } from "@/lib/features/dictionary";
import { languageName, type Locale } from "@/lib/kernel/i18n/locales";
import type { MissingSection } from "./policy";
import { REPORT_WIDE } from "./topics";

/** "Framework: Good practice", or "Foreword" for a report-wide part. */
export function sectionLabel(t: Translator, topic: string, kind: string): string {
  const k = t(`reports.kinds.${kind}` as "reports.kinds.summary");
  return topic === REPORT_WIDE ? k : `${t(`reports.topics.${topic}` as "reports.topics.framework")}: ${k}`;
}

/** "Foreword (Dutch); Framework: Good practice (English)". */
export function missingList(t: Translator, locale: Locale, missing: readonly MissingSection[]): string {
  return missing.map((m) => `${sectionLabel(t, m.topic, m.kind)} (${languageName(m.locale, locale)})`).join("; ");
}

/** Approval or a request for it refused: `missing` says exactly what (section and language). */
export class IncompleteReportError extends ValidationError {
  constructor(readonly missing: MissingSection[]) {
    super({ sections: missing.map((m) => `${m.topic}/${m.kind}/${m.locale}`) }, "reports.validation.incomplete");
  }
}

/** The same refusal with its list in the reader's language, for the action to return. */
export function explainIncomplete(err: unknown, t: Translator, locale: Locale): unknown {
  if (!(err instanceof IncompleteReportError)) return err;
  return new AppError("validation", "reports.validation.incompleteList", err.details, {
    count: err.missing.length,
    missing: missingList(t, locale, err.missing),
  });
}
