"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { issueText } from "@/components/ui/issue-text";
import { AuthInput } from "./auth-input";
import type { Texts } from "./texts";

type PasswordPair = { password: string; confirm: string };

/** "New password" (with the policy as its hint) and its confirmation, for every form that sets one. */
export function NewPasswordFields<T extends PasswordPair>({
  idPrefix,
  register,
  errors,
  texts,
  passwordLabel = texts["auth.newPassword"]!,
}: {
  idPrefix: string;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  texts: Texts;
  passwordLabel?: string;
}) {
  // Narrowed to the two fields every such form has.
  const reg = register as unknown as UseFormRegister<PasswordPair>;
  const errs = errors as FieldErrors<PasswordPair>;
  return (
    <>
      <AuthInput
        id={`${idPrefix}-password`}
        label={passwordLabel}
        hint={texts["auth.passwordHint"]}
        type="password"
        autoComplete="new-password"
        required
        error={issueText(errs.password?.message, texts)}
        {...reg("password")}
      />
      <AuthInput
        id={`${idPrefix}-confirm`}
        label={texts["auth.confirmPassword"]!}
        type="password"
        autoComplete="new-password"
        required
        error={issueText(errs.confirm?.message, texts)}
        {...reg("confirm")}
      />
    </>
  );
}
