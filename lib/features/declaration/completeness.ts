/**
 * The refusal when a declaration is not complete at adoption: which articles are not written, in
 * which language, said in the reader's language. The rule itself is policy.ts (`missingPassages`).
 */
import { AppError, ValidationError } from "@/lib/kernel/errors";
import type { Translator } from "@/lib/features/dictionary";
import { languageName, type Locale } from "@/lib/kernel/i18n/locales";
import { articleLabel } from "./document-text";
import type { MissingPassage } from "./policy";

/** "Article 3 — Housing (Dutch)", or "The text (Dutch)" when there is none. */
export function missingPassageList(t: Translator, locale: Locale, missing: readonly MissingPassage[], textLanguage: string): string {
  const language = languageName(textLanguage, locale);
  return missing.map((m) => `${m.article === 0 ? t("declaration.lifecycle.wholeText") : articleLabel(locale, m.article, m.title)} (${language})`).join("; ");
}

export class IncompleteDeclarationError extends ValidationError {
  constructor(
    readonly missing: MissingPassage[],
    readonly textLanguage: string,
  ) {
    super({ to: ["declaration.validation.incomplete"] }, "declaration.validation.incomplete");
  }
}

/** The same refusal with its list in the reader's language, for the action to return. */
export function explainIncompleteDeclaration(err: unknown, t: Translator, locale: Locale): unknown {
  if (!(err instanceof IncompleteDeclarationError)) return err;
  return new AppError("validation", "declaration.validation.incompleteList", err.details, {
    missing: missingPassageList(t, locale, err.missing, err.textLanguage),
  });
}
