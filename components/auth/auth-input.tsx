import type { InputHTMLAttributes } from "react";
import { describedBy, Field, inputClasses } from "@/components/ui/field";

/** One labelled input of the sign-in and password forms, with its hint and error tied to it. */
export function AuthInput({
  id,
  label,
  hint,
  error,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string; error?: string }) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input id={id} className={inputClasses} aria-invalid={!!error} aria-describedby={describedBy(id, { hint: !!hint, error: !!error })} {...input} />
    </Field>
  );
}
