"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { AuthInput } from "@/components/auth/auth-input";
import { fillText, type Texts } from "@/components/auth/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { issueText } from "@/components/ui/issue-text";
import { formatRetryTime, parseLoginError } from "@/lib/kernel/auth/login-error";
import { ZLogin, type TLogin } from "@/lib/kernel/auth/schema";
import type { Locale } from "@/lib/kernel/i18n/locales";

export function LoginForm({
  locale,
  callbackUrl,
  initialError,
  texts,
}: {
  locale: Locale;
  /** Already checked to be a path on this site (lib/kernel/auth/callback-url.ts). */
  callbackUrl: string;
  initialError: string | null;
  texts: Texts;
}) {
  const router = useRouter();
  const form = useForm<TLogin>({ resolver: zodResolver(ZLogin), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;
  const [formError, setFormError] = useState<string | null>(initialError);
  const [done, setDone] = useState(false);

  async function onSubmit(values: TLogin) {
    setFormError(null);
    const result = await signIn("credentials", { redirect: false, email: values.email, password: values.password, callbackUrl });
    if (result?.ok && !result.error) {
      setDone(true);
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    const error = parseLoginError(result?.error ?? "Signin");
    const message = texts[error?.messageKey ?? "auth.errors.generic"];
    setFormError(error?.kind === "throttled" ? fillText(message, { time: formatRetryTime(locale, error.retryAt) }) : (message ?? null));
    form.setValue("password", "");
    form.setFocus("password");
  }

  const pending = isSubmitting || done;
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      <AuthInput
        id="login-email"
        label={texts["auth.email"]!}
        type="email"
        autoComplete="username"
        required
        error={issueText(errors.email?.message, texts)}
        {...form.register("email")}
      />
      <AuthInput
        id="login-password"
        label={texts["auth.password"]!}
        type="password"
        autoComplete="current-password"
        required
        error={issueText(errors.password?.message, texts)}
        {...form.register("password")}
      />
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
        {pending ? texts["auth.login.submitting"] : texts["auth.login.submit"]}
      </Button>
    </form>
  );
}
