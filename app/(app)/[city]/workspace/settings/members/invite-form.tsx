"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { fill } from "@/lib/kernel/i18n/fill";
import { issueText } from "@/components/ui/issue-text";
import type { Dictionary } from "@/lib/features/dictionary";
import { ZInviteMember, type TInviteMember, type TRole } from "@/lib/features/members/schema";
import { inviteMemberAction } from "./actions";

const ROLE_ORDER: TRole[] = ["officer", "council_member", "advisory_member", "city_admin"];

type Outcome = { kind: "emailed"; email: string } | { kind: "link"; email: string; url: string } | { kind: "error"; message: string };

export function InviteForm({
  citySlug,
  cityName,
  messages,
  roleLabels,
  texts,
}: {
  citySlug: string;
  cityName: string;
  messages: Dictionary["settings"]["invite"];
  roleLabels: Record<TRole, string>;
  /** Translations of the message keys the schema and the action may answer with. */
  texts: Record<string, string>;
}) {
  const form = useForm<TInviteMember>({ resolver: zodResolver(ZInviteMember), defaultValues: { email: "", role: "officer" } });
  const { errors, isSubmitting } = form.formState;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [copied, setCopied] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    setCopied(false);
    const result = await inviteMemberAction(citySlug, values);
    if (result.ok) {
      const { email, emailed, url } = result.data;
      setOutcome(emailed || !url ? { kind: "emailed", email } : { kind: "link", email, url });
      form.reset({ email: "", role: values.role });
      return;
    }
    const emailError = result.error.fieldErrors?.email?.[0];
    if (emailError) form.setError("email", { message: emailError });
    setOutcome({ kind: "error", message: result.error.message });
  });

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section aria-labelledby="invite-heading" className="mt-12 max-w-2xl">
      <h2 id="invite-heading" className="text-2xl font-semibold">
        {messages.title}
      </h2>
      <p className="mt-1 text-slate-800">{fill(messages.intro, { city: cityName })}</p>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-5">
        {outcome?.kind === "error" ? <Alert tone="error">{outcome.message}</Alert> : null}
        <Field id="invite-email" label={messages.email} error={issueText(errors.email?.message, texts)}>
          <input
            id="invite-email"
            type="email"
            autoComplete="off"
            className={inputClasses}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy("invite-email", { error: !!errors.email })}
            {...form.register("email")}
          />
        </Field>
        <Field id="invite-role" label={messages.role} error={issueText(errors.role?.message, texts)}>
          <select
            id="invite-role"
            className={inputClasses}
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={describedBy("invite-role", { error: !!errors.role })}
            {...form.register("role")}
          >
            {ROLE_ORDER.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? messages.sending : messages.submit}
        </Button>
        <div role="status">
          {outcome?.kind === "emailed" ? (
            <Alert tone="success" announce={false}>
              {fill(messages.sent, { email: outcome.email })}
            </Alert>
          ) : null}
          {outcome?.kind === "link" ? (
            <Alert tone="info" title={messages.linkTitle}>
              <p>{fill(messages.linkText, { email: outcome.email })}</p>
              <label htmlFor="invite-link" className="block text-sm font-semibold">
                {messages.linkLabel}
              </label>
              <div className="flex flex-wrap gap-2">
                <input
                  id="invite-link"
                  readOnly
                  value={outcome.url}
                  onFocus={(e) => e.currentTarget.select()}
                  className={`${inputClasses} font-mono text-sm sm:flex-1`}
                />
                <Button variant="secondary" onClick={() => copy(outcome.url)}>
                  {messages.copy}
                </Button>
              </div>
              {copied ? <p>{messages.copied}</p> : null}
            </Alert>
          ) : null}
        </div>
      </form>
    </section>
  );
}
