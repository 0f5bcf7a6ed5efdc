"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, ErrorText, Field, Hint, inputClasses } from "@/components/ui/field";
import { issueText } from "@/components/ui/issue-text";
import type { Dictionary } from "@/lib/features/dictionary";
import { LOCALE_NAMES, LOCALES } from "@/lib/kernel/i18n/locales";
import { contrastWithWhite, formatRatio, HEX_COLOUR, MIN_CONTRAST } from "@/lib/features/city-settings/contrast";
import { ZCitySettings, type TCitySettings, type TCitySettingsInput } from "@/lib/features/city-settings/schema";
import type { CitySettingsView } from "@/lib/features/city-settings/settings-view";
import { updateCitySettingsAction } from "./actions";

type Outcome = { kind: "saved" } | { kind: "error"; message: string } | { kind: "conflict"; message: string; current: CitySettingsView };

const FIELDS = ["name", "locales", "defaultLocale", "brandColor", "updateIntervalDays", "fourEyesApproval"] as const;

export function SettingsForm({
  citySlug,
  initial,
  messages,
  saving,
}: {
  citySlug: string;
  initial: TCitySettings;
  messages: Dictionary["settings"];
  saving: string;
}) {
  const m = messages.city;
  const form = useForm<TCitySettingsInput, unknown, TCitySettings>({ resolver: zodResolver(ZCitySettings), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const err = (msg?: string) => issueText(msg, messages.validation);

  const colour = useWatch({ control: form.control, name: "brandColor" })?.trim() ?? "";
  const ratio = HEX_COLOUR.test(colour) ? contrastWithWhite(colour) : null;

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const result = await updateCitySettingsAction(citySlug, values);
    if (result.ok) {
      const { updatedAt: _ignored, ...saved } = result.data;
      form.reset(saved);
      setOutcome({ kind: "saved" });
      return;
    }
    if (result.error.code === "conflict" && result.error.current) {
      setOutcome({ kind: "conflict", message: result.error.message, current: result.error.current as CitySettingsView });
      return;
    }
    for (const [field, msgs] of Object.entries(result.error.fieldErrors ?? {})) {
      const name = FIELDS.find((f) => field === f || field.startsWith(`${f}.`));
      if (name) form.setError(name, { message: msgs[0] });
    }
    setOutcome({ kind: "error", message: result.error.message });
  });

  function loadCurrent(current: CitySettingsView) {
    const { updatedAt: _ignored, ...stored } = current;
    form.reset(stored);
    setOutcome(null);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6">
      {outcome?.kind === "conflict" ? (
        <Alert tone="error" title={m.conflictTitle}>
          <p>{outcome.message}</p>
          <p>{m.conflictText}</p>
          <dl className="grid gap-x-4 gap-y-1 rounded border border-red-300 bg-white p-3 text-slate-900 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{m.name}</dt>
            <dd>{outcome.current.name}</dd>
            <dt className="font-semibold">{m.locales}</dt>
            <dd>{outcome.current.locales.map((l) => LOCALE_NAMES[l]).join(", ")}</dd>
            <dt className="font-semibold">{m.defaultLocale}</dt>
            <dd>{LOCALE_NAMES[outcome.current.defaultLocale]}</dd>
            <dt className="font-semibold">{m.brandColor}</dt>
            <dd>
              <code>{outcome.current.brandColor}</code>
            </dd>
            <dt className="font-semibold">{m.updateInterval}</dt>
            <dd>{m.updateIntervalValue.replace("{days}", String(outcome.current.updateIntervalDays))}</dd>
            <dt className="font-semibold">{m.fourEyes}</dt>
            <dd>{outcome.current.fourEyesApproval ? m.fourEyesOn : m.fourEyesOff}</dd>
          </dl>
          <Button variant="secondary" onClick={() => loadCurrent(outcome.current)}>
            {m.loadCurrent}
          </Button>
        </Alert>
      ) : null}
      {outcome?.kind === "error" ? <Alert tone="error">{outcome.message}</Alert> : null}

      <Field id="city-name" label={m.name} hint={m.nameHint} error={err(errors.name?.message)}>
        <input
          id="city-name"
          type="text"
          autoComplete="organization"
          className={inputClasses}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy("city-name", { hint: true, error: !!errors.name })}
          {...form.register("name")}
        />
      </Field>

      <fieldset aria-describedby={describedBy("city-locales", { hint: true, error: !!errors.locales })} className="space-y-1">
        <legend className="text-sm font-semibold">{m.locales}</legend>
        <Hint id="city-locales">{m.localesHint}</Hint>
        <div className="flex flex-wrap gap-6 pt-1">
          {LOCALES.map((locale) => (
            <label key={locale} className="flex items-center gap-2">
              <input type="checkbox" value={locale} className="h-4 w-4" {...form.register("locales")} />
              <span lang={locale}>{LOCALE_NAMES[locale]}</span>
            </label>
          ))}
        </div>
        <ErrorText id="city-locales">{err(errors.locales?.message ?? errors.locales?.root?.message)}</ErrorText>
      </fieldset>

      <Field id="city-default-locale" label={m.defaultLocale} hint={m.defaultLocaleHint} error={err(errors.defaultLocale?.message)}>
        <select
          id="city-default-locale"
          className={inputClasses}
          aria-invalid={errors.defaultLocale ? true : undefined}
          aria-describedby={describedBy("city-default-locale", { hint: true, error: !!errors.defaultLocale })}
          {...form.register("defaultLocale")}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </Field>

      <Field id="city-brand-color" label={m.brandColor} hint={m.brandColorHint} error={err(errors.brandColor?.message)}>
        <div className="flex flex-wrap items-center gap-3">
          <input
            id="city-brand-color"
            type="text"
            spellCheck={false}
            autoComplete="off"
            className={`${inputClasses} max-w-40 font-mono`}
            aria-invalid={errors.brandColor ? true : undefined}
            aria-describedby={describedBy("city-brand-color", { hint: true, error: !!errors.brandColor })}
            {...form.register("brandColor")}
          />
          {ratio !== null ? (
            <>
              {/* A visual sample only: the ratio next to it says the same in words. */}
              <span aria-hidden="true" className="rounded-md px-3 py-2 text-sm font-semibold text-white" style={{ backgroundColor: colour }}>
                {m.previewText}
              </span>
              <span className="text-sm text-slate-800">
                {m.contrast.replace("{ratio}", formatRatio(ratio))} — {ratio >= MIN_CONTRAST ? m.contrastOk : m.contrastLow}
              </span>
            </>
          ) : null}
        </div>
      </Field>

      <Field id="city-update-interval" label={m.updateInterval} hint={m.updateIntervalHint} error={err(errors.updateIntervalDays?.message)}>
        <input
          id="city-update-interval"
          type="number"
          inputMode="numeric"
          min={1}
          max={730}
          step={1}
          className={`${inputClasses} max-w-32`}
          aria-invalid={errors.updateIntervalDays ? true : undefined}
          aria-describedby={describedBy("city-update-interval", { hint: true, error: !!errors.updateIntervalDays })}
          {...form.register("updateIntervalDays", { valueAsNumber: true })}
        />
      </Field>

      <div className="space-y-1">
        <label className="flex items-center gap-2 font-semibold">
          <input
            id="city-four-eyes"
            type="checkbox"
            className="h-4 w-4"
            aria-describedby={describedBy("city-four-eyes", { hint: true })}
            {...form.register("fourEyesApproval")}
          />
          {m.fourEyes}
        </label>
        <Hint id="city-four-eyes">{m.fourEyesHint}</Hint>
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? saving : m.save}
        </Button>
        <div role="status" className="min-h-6">
          {outcome?.kind === "saved" ? <span className="font-medium text-green-800">{m.saved}</span> : null}
        </div>
      </div>
    </form>
  );
}
