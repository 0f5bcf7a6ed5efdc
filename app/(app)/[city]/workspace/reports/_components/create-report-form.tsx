"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { issueText } from "@/components/ui/issue-text";
import type { Dictionary } from "@/lib/features/dictionary";
import { LOCALE_NAMES, type Locale } from "@/lib/kernel/i18n/locales";
import { createReportAction } from "../actions";

/** Year and languages; on success the new report opens with its generated figures. */
export function CreateReportForm({
  citySlug,
  cityLocales,
  defaultYear,
  currentYear,
  messages,
}: {
  citySlug: string;
  cityLocales: Locale[];
  defaultYear: number;
  /** A report of this year (not ended yet) can only be an interim one. */
  currentYear: number;
  messages: Dictionary["reports"];
}) {
  const router = useRouter();
  const [year, setYear] = useState(String(defaultYear));
  const [locales, setLocales] = useState<Locale[]>(cityLocales);
  const [interim, setInterim] = useState(false);
  const running = Number(year) === currentYear;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const err = (k: string) => issueText(fieldErrors[k]?.[0], messages.validation);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const result = await createReportAction(citySlug, { year: Number(year), locales, interim: running && interim });
    setPending(false);
    if (result.ok) {
      router.push(`/${citySlug}/workspace/reports/${result.data.id}`);
      return;
    }
    setFieldErrors(result.error.fieldErrors ?? {});
    setError(result.error.message);
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="report-year" label={messages.list.yearLabel} error={err("year")}>
        <input
          id="report-year"
          type="number"
          inputMode="numeric"
          className={inputClasses}
          value={year}
          onChange={(e) => setYear(e.target.value)}
          aria-invalid={err("year") ? true : undefined}
        />
      </Field>
      {running ? (
        <div className="flex items-start gap-2">
          <input
            id="report-interim"
            type="checkbox"
            className="mt-1"
            checked={interim}
            onChange={(e) => setInterim(e.target.checked)}
            aria-describedby="report-interim-hint"
          />
          <div>
            <label htmlFor="report-interim" className="font-semibold">
              {messages.list.interimLabel}
            </label>
            <p id="report-interim-hint" className="text-sm text-slate-700">
              {messages.list.interimHint.replace("{year}", year)}
            </p>
          </div>
        </div>
      ) : null}
      <fieldset className="space-y-1">
        <legend className="font-semibold text-slate-900">{messages.list.localesLabel}</legend>
        {cityLocales.map((l) => (
          <label key={l} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={locales.includes(l)}
              onChange={(e) => setLocales(e.target.checked ? [...locales, l] : locales.filter((x) => x !== l))}
            />
            {LOCALE_NAMES[l]}
          </label>
        ))}
        {err("locales") ? <p className="text-red-800">{err("locales")}</p> : null}
      </fieldset>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? messages.list.creating : messages.list.create}
      </Button>
    </form>
  );
}
