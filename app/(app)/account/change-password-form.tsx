"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/auth/apply-field-errors";
import { AuthInput } from "@/components/auth/auth-input";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import type { Texts } from "@/components/auth/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { issueText } from "@/components/ui/issue-text";
import { ZChangePassword, type TChangePassword } from "@/lib/kernel/auth/schema";
import { changeOwnPasswordAction } from "./actions";

export function ChangePasswordForm({ email, texts }: { email: string; texts: Texts }) {
  const form = useForm<TChangePassword>({
    resolver: zodResolver(ZChangePassword),
    defaultValues: { currentPassword: "", password: "", confirm: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(values: TChangePassword) {
    setFormError(null);
    const result = await changeOwnPasswordAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(result.error.fieldErrors, form.setError, ["currentPassword", "password", "confirm"])) {
        setFormError(result.error.message);
      }
      return;
    }
    // Every session has ended, this one too: clear the cookie and ask for the new password.
    setDone(true);
    await signOut({ callbackUrl: "/login?notice=password-changed" });
  }

  const pending = isSubmitting || done;
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <AuthInput
        id="account-current-password"
        label={texts["account.password.current"]!}
        type="password"
        autoComplete="current-password"
        required
        error={issueText(errors.currentPassword?.message, texts)}
        {...form.register("currentPassword")}
      />
      <NewPasswordFields idPrefix="account" register={form.register} errors={errors} texts={texts} />
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? texts["account.password.submitting"] : texts["account.password.submit"]}
      </Button>
    </form>
  );
}
