"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { issueText } from "@/components/ui/issue-text";
import { ZAppointCityAdmin, type TAppointCityAdmin, type TAppointCityAdminInput } from "@/lib/features/cities/schema";
import { appointCityAdminAction } from "../../actions";
import { fill, type AdminMessages } from "../../messages";

type Outcome = { kind: "member"; userName: string; alreadyAdmin: boolean } | { kind: "invited"; email: string; url: string; emailed: boolean };

export function AppointAdminForm({ slug, messages }: { slug: string; messages: AdminMessages }) {
  const m = messages.appoint;
  const form = useForm<TAppointCityAdminInput, unknown, TAppointCityAdmin>({
    resolver: zodResolver(ZAppointCityAdmin),
    defaultValues: { slug, email: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function onSubmit(values: TAppointCityAdmin) {
    setFormError(null);
    setOutcome(null);
    const result = await appointCityAdminAction(values);
    if (result.ok) {
      setOutcome(result.data);
      form.reset({ slug, email: "" });
      return;
    }
    setFormError(result.error.message);
    const emailError = result.error.fieldErrors?.email?.[0];
    if (emailError) form.setError("email", { message: emailError });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="max-w-xl space-y-4">
      <input type="hidden" {...form.register("slug")} />
      <Field id="appoint-email" label={m.email} error={issueText(errors.email?.message, messages.validation)}>
        <input
          id="appoint-email"
          type="email"
          {...form.register("email")}
          className={inputClasses}
          autoComplete="off"
          aria-invalid={!!errors.email}
          aria-describedby={describedBy("appoint-email", { error: !!errors.email })}
          required
        />
      </Field>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? m.submitting : m.submit}
      </Button>
      <div role="status">
        {outcome?.kind === "member" ? (
          <Alert tone="success" announce={false}>
            {fill(outcome.alreadyAdmin ? m.alreadyAdmin : m.madeAdmin, { name: outcome.userName })}
          </Alert>
        ) : null}
        {outcome?.kind === "invited" ? (
          <Alert tone="success" title={fill(m.invited, { email: outcome.email })} announce={false}>
            <p>{outcome.emailed ? m.invitationEmailed : m.invitationLink}</p>
            <p>
              <code className="block break-all rounded bg-white p-2 text-sm text-slate-900">{outcome.url}</code>
            </p>
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
