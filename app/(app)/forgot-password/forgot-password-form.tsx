"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/auth/apply-field-errors";
import { AuthInput } from "@/components/auth/auth-input";
import type { Texts } from "@/components/auth/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { issueText } from "@/components/ui/issue-text";
import { ZForgotPassword, type TForgotPassword } from "@/lib/kernel/auth/schema";
import { askPasswordResetAction } from "./actions";

export function ForgotPasswordForm({ texts }: { texts: Texts }) {
  const form = useForm<TForgotPassword>({ resolver: zodResolver(ZForgotPassword), defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;
  const [sent, setSent] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  async function onSubmit(values: TForgotPassword) {
    setFormError(null);
    const result = await askPasswordResetAction(values);
    if (result.ok) {
      setSent(true);
      return;
    }
    if (!applyFieldErrors(result.error.fieldErrors, form.setError, ["email"])) setFormError(result.error.message);
  }

  return (
    <div className="space-y-4">
      <div role="status">
        {sent ? (
          <Alert tone="success" announce={false}>
            <p>{texts["auth.forgot.sent"]}</p>
          </Alert>
        ) : null}
      </div>
      {sent ? null : (
        <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
          <AuthInput
            id="forgot-email"
            label={texts["auth.email"]!}
            type="email"
            autoComplete="email"
            required
            error={issueText(errors.email?.message, texts)}
            {...form.register("email")}
          />
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
            {isSubmitting ? texts["auth.forgot.submitting"] : texts["auth.forgot.submit"]}
          </Button>
        </form>
      )}
    </div>
  );
}
