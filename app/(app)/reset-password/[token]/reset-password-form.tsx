"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/auth/apply-field-errors";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import type { Texts } from "@/components/auth/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZResetPassword, type TResetPassword } from "@/lib/kernel/auth/schema";
import { setPasswordWithTokenAction } from "./actions";

export function ResetPasswordForm({ token, email, texts }: { token: string; email: string; texts: Texts }) {
  const router = useRouter();
  const form = useForm<TResetPassword>({ resolver: zodResolver(ZResetPassword), defaultValues: { token, password: "", confirm: "" } });
  const { errors, isSubmitting } = form.formState;
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(values: TResetPassword) {
    setFormError(null);
    const result = await setPasswordWithTokenAction(values);
    if (result.ok) {
      setDone(true);
      router.push("/login?notice=password-reset");
      return;
    }
    if (!applyFieldErrors(result.error.fieldErrors, form.setError, ["password", "confirm"])) setFormError(result.error.message);
  }

  const pending = isSubmitting || done;
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields idPrefix="reset" register={form.register} errors={errors} texts={texts} />
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? texts["auth.reset.submitting"] : texts["auth.reset.submit"]}
      </Button>
    </form>
  );
}
