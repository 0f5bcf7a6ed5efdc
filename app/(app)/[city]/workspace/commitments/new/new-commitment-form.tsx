"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/auth/apply-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { issueText } from "@/components/ui/issue-text";
import { ZCommitmentCreate, type TCommitmentCreate } from "@/lib/features/commitments/schema";
import { LAYERS, type Layer } from "@/lib/reference/framework/catalogue/types";
import type { Dictionary } from "@/lib/features/dictionary";
import { createCommitmentAction } from "../actions";

/** Layer, title and text; on success the new commitment's page opens, where the rest is filled in. */
export function NewCommitmentForm({
  citySlug,
  initialLayer,
  layerLabels,
  messages,
  saving,
}: {
  citySlug: string;
  initialLayer: Layer;
  layerLabels: Record<Layer, string>;
  messages: Dictionary["commitments"];
  saving: string;
}) {
  const router = useRouter();
  const form = useForm<TCommitmentCreate>({ resolver: zodResolver(ZCommitmentCreate), defaultValues: { layer: initialLayer, title: "", text: "" } });
  const { errors, isSubmitting } = form.formState;
  const [error, setError] = useState<string | null>(null);
  const err = (msg?: string) => issueText(msg, messages.validation);
  const m = messages.newCommitment;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await createCommitmentAction(citySlug, values);
    if (result.ok) {
      router.push(`/${citySlug}/workspace/commitments/${result.data.id}`);
      return;
    }
    applyFieldErrors(result.error.fieldErrors, form.setError, ["layer", "title", "text"]);
    setError(result.error.message);
  });

  const aria = (id: "layer" | "title" | "text", hint: boolean) => ({
    id: `new-${id}`,
    className: inputClasses,
    "aria-invalid": errors[id] ? true : undefined,
    "aria-describedby": describedBy(`new-${id}`, { hint, error: !!errors[id] }),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="new-layer" label={m.layer} hint={m.layerHint} error={err(errors.layer?.message)}>
        <select {...aria("layer", true)} {...form.register("layer")}>
          {LAYERS.map((l) => (
            <option key={l} value={l}>
              {layerLabels[l]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="new-title" label={messages.fields.title} hint={messages.form.titleHint} error={err(errors.title?.message)}>
        <input type="text" {...aria("title", true)} {...form.register("title")} />
      </Field>
      <Field id="new-text" label={messages.fields.text} hint={messages.form.textHint} error={err(errors.text?.message)}>
        <textarea rows={6} {...aria("text", true)} {...form.register("text")} />
      </Field>
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
        {isSubmitting ? saving : m.create}
      </Button>
    </form>
  );
}
