"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { issueText } from "@/components/ui/issue-text";
import type { Dictionary } from "@/lib/kernel/i18n/dictionary";
import { ACCESSIBILITY_STATUSES, DATA_LICENCES, ZPublicProfile, type TPublicProfile } from "@/lib/features/publication/site/schema";
import { savePublicProfileAction } from "./actions";

type M = Dictionary["publicSite"]["publishing"];
type Input = z.input<typeof ZPublicProfile>;
type FieldName = Exclude<keyof TPublicProfile, "version">;
type Outcome = { kind: "saved" } | { kind: "error"; message: string } | { kind: "conflict"; message: string; current: TPublicProfile };

const FIELDS: readonly FieldName[] = [
  "introNl",
  "introEn",
  "takePartNl",
  "takePartEn",
  "contactEmail",
  "ombudsName",
  "ombudsUrl",
  "ombudsEmail",
  "ombudsPhone",
  "accessibilityStatus",
  "accessibilityIssuesNl",
  "accessibilityIssuesEn",
  "accessibilityContact",
  "accessibilityReviewedOn",
  "dataLicence",
];

function pick(v: TPublicProfile & Record<string, unknown>): TPublicProfile {
  const out = { version: v.version } as TPublicProfile;
  for (const f of FIELDS) (out as Record<string, unknown>)[f] = v[f];
  return out;
}

/** The public profile: texts in both languages, contacts, accessibility statement, data licence. */
export function ProfileForm({
  citySlug,
  initial,
  messages,
  saving,
}: {
  citySlug: string;
  initial: TPublicProfile;
  messages: M;
  saving: string;
}) {
  const m = messages.profile;
  const form = useForm<Input, unknown, TPublicProfile>({ resolver: zodResolver(ZPublicProfile), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const err = (msg?: string) => issueText(msg, messages.validation);

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const result = await savePublicProfileAction(citySlug, values);
    if (result.ok) {
      form.reset(pick(result.data));
      setOutcome({ kind: "saved" });
      return;
    }
    if (result.error.code === "conflict" && result.error.current) {
      setOutcome({ kind: "conflict", message: result.error.message, current: pick(result.error.current as TPublicProfile) });
      return;
    }
    for (const [field, msgs] of Object.entries(result.error.fieldErrors ?? {})) {
      const name = FIELDS.find((f) => f === field);
      if (name) form.setError(name, { message: msgs[0] });
    }
    setOutcome({ kind: "error", message: result.error.message });
  });

  const text = (name: FieldName, label: string, opts: { hint?: string; type?: string; lang?: string; autoComplete?: string } = {}) => (
    <Field id={`pp-${name}`} label={label} hint={opts.hint} error={err(errors[name]?.message)}>
      <input
        id={`pp-${name}`}
        type={opts.type ?? "text"}
        lang={opts.lang}
        autoComplete={opts.autoComplete ?? "off"}
        className={inputClasses}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(`pp-${name}`, { hint: !!opts.hint, error: !!errors[name] })}
        {...(form.register(name) as UseFormRegisterReturn)}
      />
    </Field>
  );
  const area = (name: FieldName, label: string, hint: string, lang: "nl" | "en") => (
    <Field id={`pp-${name}`} label={label} hint={hint} error={err(errors[name]?.message)}>
      <textarea
        id={`pp-${name}`}
        rows={4}
        lang={lang}
        className={inputClasses}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(`pp-${name}`, { hint: true, error: !!errors[name] })}
        {...form.register(name)}
      />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-8">
      {outcome?.kind === "conflict" ? (
        <Alert tone="error" title={m.conflictTitle}>
          <p>{outcome.message}</p>
          <p>{m.conflictText}</p>
          <Button
            variant="secondary"
            onClick={() => {
              form.reset(outcome.current);
              setOutcome(null);
            }}
          >
            {m.loadCurrent}
          </Button>
        </Alert>
      ) : null}
      {outcome?.kind === "error" ? <Alert tone="error">{outcome.message}</Alert> : null}

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{m.textsHeading}</legend>
        {area("introNl", m.introNl, m.introHint, "nl")}
        {area("introEn", m.introEn, m.introHint, "en")}
        {area("takePartNl", m.takePartNl, m.takePartHint, "nl")}
        {area("takePartEn", m.takePartEn, m.takePartHint, "en")}
        {text("contactEmail", m.contactEmail, { hint: m.contactEmailHint, type: "email", autoComplete: "email" })}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{m.ombudsHeading}</legend>
        <p className="text-sm text-slate-700">{m.ombudsHint}</p>
        {text("ombudsName", m.ombudsName)}
        {text("ombudsUrl", m.ombudsUrl, { type: "url" })}
        {text("ombudsEmail", m.ombudsEmail, { type: "email" })}
        {text("ombudsPhone", m.ombudsPhone, { type: "tel" })}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{m.accessibilityHeading}</legend>
        <p className="text-sm text-slate-700">{m.accessibilityHint}</p>
        <Field id="pp-accessibilityStatus" label={m.accessibilityStatus} error={err(errors.accessibilityStatus?.message)}>
          <select
            id="pp-accessibilityStatus"
            className={inputClasses}
            aria-invalid={errors.accessibilityStatus ? true : undefined}
            aria-describedby={describedBy("pp-accessibilityStatus", { error: !!errors.accessibilityStatus })}
            {...form.register("accessibilityStatus")}
          >
            {ACCESSIBILITY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s === "full" ? m.statusFull : s === "partial" ? m.statusPartial : m.statusNone}
              </option>
            ))}
          </select>
        </Field>
        {area("accessibilityIssuesNl", m.issuesNl, m.issuesHint, "nl")}
        {area("accessibilityIssuesEn", m.issuesEn, m.issuesHint, "en")}
        {text("accessibilityContact", m.accessibilityContact, { hint: m.accessibilityContactHint })}
        {text("accessibilityReviewedOn", m.reviewedOn, { type: "date" })}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{m.licenceHeading}</legend>
        <Field id="pp-dataLicence" label={m.dataLicence} hint={m.dataLicenceHint} error={err(errors.dataLicence?.message)}>
          <select
            id="pp-dataLicence"
            className={inputClasses}
            aria-invalid={errors.dataLicence ? true : undefined}
            aria-describedby={describedBy("pp-dataLicence", { hint: true, error: !!errors.dataLicence })}
            {...form.register("dataLicence")}
          >
            {DATA_LICENCES.map((l) => (
              <option key={l} value={l}>
                {m.licences[l]}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

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
