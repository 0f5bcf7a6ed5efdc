"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { issueText } from "@/components/ui/issue-text";
import { LOCALE_NAMES, LOCALES } from "@/lib/kernel/i18n/locales";
import { ZCityCreateForm, type TCityCreateForm, type TCityCreateFormInput } from "@/lib/features/cities/schema";
import { createCityAction } from "./actions";
import { fill, type AdminMessages } from "./messages";

type Created = { slug: string; name: string; setPasswordUrl: string | null };
const FIELDS = ["slug", "name", "country", "defaultLocale", "adminEmail", "adminName"] as const;
type FieldName = (typeof FIELDS)[number];

export function CreateCityForm({ messages }: { messages: AdminMessages }) {
  const m = messages.create;
  const form = useForm<TCityCreateFormInput, unknown, TCityCreateForm>({
    resolver: zodResolver(ZCityCreateForm),
    defaultValues: { slug: "", name: "", country: "", defaultLocale: "nl", adminEmail: "", adminName: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const [created, setCreated] = useState<Created | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function onSubmit(values: TCityCreateForm) {
    setFormError(null);
    setCreated(null);
    const result = await createCityAction(values);
    if (result.ok) {
      setCreated(result.data);
      form.reset();
      return;
    }
    setFormError(result.error.message);
    for (const [field, fieldMessages] of Object.entries(result.error.fieldErrors ?? {})) {
      if ((FIELDS as readonly string[]).includes(field)) form.setError(field as FieldName, { message: fieldMessages[0] });
    }
  }

  const error = (field: FieldName) => issueText(errors[field]?.message, messages.validation);
  const aria = (field: FieldName, id: string, hint = false) => ({
    id,
    "aria-invalid": !!errors[field],
    "aria-describedby": describedBy(id, { hint, error: !!errors[field] }),
  });

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="max-w-xl space-y-4">
      <Field id="city-slug" label={m.slug} hint={m.slugHelp} error={error("slug")}>
        <input {...aria("slug", "city-slug", true)} {...form.register("slug")} className={inputClasses} autoComplete="off" spellCheck={false} required />
      </Field>
      <Field id="city-name" label={m.name} error={error("name")}>
        <input {...aria("name", "city-name")} {...form.register("name")} className={inputClasses} autoComplete="off" required />
      </Field>
      <Field id="city-country" label={m.country} hint={m.countryHelp} error={error("country")}>
        <input
          {...aria("country", "city-country", true)}
          {...form.register("country")}
          className={`${inputClasses} max-w-24 uppercase`}
          maxLength={2}
          autoComplete="off"
          required
        />
      </Field>
      <Field id="city-locale" label={m.defaultLocale} error={error("defaultLocale")}>
        <select {...aria("defaultLocale", "city-locale")} {...form.register("defaultLocale")} className={`${inputClasses} max-w-xs`}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="city-admin-email" label={m.adminEmail} error={error("adminEmail")}>
        <input {...aria("adminEmail", "city-admin-email")} type="email" {...form.register("adminEmail")} className={inputClasses} autoComplete="off" required />
      </Field>
      <Field id="city-admin-name" label={m.adminName} error={error("adminName")}>
        <input {...aria("adminName", "city-admin-name")} {...form.register("adminName")} className={inputClasses} autoComplete="off" />
      </Field>

      {formError ? <Alert tone="error">{formError}</Alert> : null}

      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? m.submitting : m.submit}
      </Button>

      {/* Always on the page, so screen readers announce what appears in it. */}
      <div role="status">
        {created ? (
          <Alert tone="success" title={fill(m.created, { name: created.name })} announce={false}>
            {created.setPasswordUrl ? (
              <>
                <p>{m.setPasswordLink}</p>
                <p>
                  <code className="block break-all rounded bg-white p-2 text-sm text-slate-900">{created.setPasswordUrl}</code>
                </p>
              </>
            ) : (
              <p>{m.adminHasAccount}</p>
            )}
            <p>
              <Link href={`/admin/cities/${created.slug}`}>{fill(m.manageCity, { name: created.name })}</Link>
            </p>
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
