"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { ErrorText } from "@/components/ui/field";
import { MATURITIES } from "@/lib/features/commitments/schema";
import type { Dictionary } from "@/lib/features/dictionary";

/** The maturity levels as radio buttons, each with its one-line explanation tied to it (aria-describedby). */
export function MaturityField({
  register,
  messages,
  error,
}: {
  register: UseFormRegisterReturn<"maturity">;
  messages: Dictionary["commitments"];
  error?: string;
}) {
  return (
    <fieldset
      className="space-y-2 rounded-md border border-slate-400 p-3"
      aria-describedby={["maturity-hint", error ? "maturity-error" : null].filter(Boolean).join(" ")}
    >
      <legend className="px-1 text-sm font-semibold text-slate-900">{messages.fields.maturity}</legend>
      <p id="maturity-hint" className="text-sm text-slate-700">
        {messages.form.maturityHint}
      </p>
      <ol className="space-y-2">
        {MATURITIES.map((level, i) => (
          <li key={level} className="flex items-start gap-2">
            <input
              id={`maturity-${level}`}
              type="radio"
              value={level}
              className="mt-1 h-4 w-4 shrink-0"
              aria-describedby={`maturity-${level}-explain`}
              {...register}
            />
            <div>
              <label htmlFor={`maturity-${level}`} className="text-sm font-semibold text-slate-900">
                {i}. {messages.maturity[level]}
              </label>
              <p id={`maturity-${level}-explain`} className="text-sm text-slate-700">
                {messages.maturityExplain[level]}
              </p>
            </div>
          </li>
        ))}
      </ol>
      <ErrorText id="maturity">{error}</ErrorText>
    </fieldset>
  );
}
