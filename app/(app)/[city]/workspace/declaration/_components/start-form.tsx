"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { issueText } from "@/components/ui/issue-text";
import { ZDeclarationCreate, type TDeclarationCreate } from "@/lib/features/declaration/schema";
import type { Dictionary } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { createDeclarationAction } from "../actions";

/** The empty state's action: a title, the text's language and where to start from. */
export function StartForm({ citySlug, locale, messages }: { citySlug: string; locale: Locale; messages: Dictionary["declaration"] }) {
  const m = messages.start;
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<TDeclarationCreate>({ resolver: zodResolver(ZDeclarationCreate), defaultValues: { title: m.defaultTitle, locale, template: locale } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await createDeclarationAction(citySlug, values);
    if (result.ok) {
      router.push(`/${citySlug}/workspace/declaration/edit`);
      return;
    }
    setError(result.error.message);
  });

  const radio = (name: "locale" | "template", value: string, label: string) => (
    <label key={value} className="flex items-center gap-2">
      <input type="radio" value={value} {...form.register(name)} className="h-4 w-4" />
      {label}
    </label>
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="start-declaration-heading" className="space-y-5">
      <h2 id="start-declaration-heading" className="text-xl font-semibold">
        {m.title}
      </h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="declaration-title" label={m.fieldTitle} error={issueText(errors.title?.message, messages.validation)}>
        <input
          id="declaration-title"
          type="text"
          className={inputClasses}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy("declaration-title", { error: !!errors.title })}
          {...form.register("title")}
        />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{m.fieldLocale}</legend>
        {radio("locale", "nl", messages.page.language.nl)}
        {radio("locale", "en", messages.page.language.en)}
      </fieldset>
      <fieldset className="space-y-2" aria-describedby="declaration-template-hint">
        <legend className="text-sm font-semibold">{m.fieldTemplate}</legend>
        <p id="declaration-template-hint" className="text-sm text-slate-700">
          {m.templateHint}
        </p>
        {radio("template", "blank", m.templateBlank)}
        {radio("template", "nl", m.templateNl)}
        {radio("template", "en", m.templateEn)}
      </fieldset>
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? m.starting : m.submit}
      </Button>
    </form>
  );
}
