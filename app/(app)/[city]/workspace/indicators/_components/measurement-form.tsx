"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useFieldArray, useForm, type Path, type Resolver } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { fill } from "@/lib/kernel/i18n/fill";
import { issueText } from "@/components/ui/issue-text";
import type { Dictionary } from "@/lib/features/dictionary";
import { ZMeasurementCorrect, ZMeasurementCreate, type DimensionValue, type TBreakdownRow } from "@/lib/features/indicators/schema";
import { correctMeasurementAction, createMeasurementAction } from "../actions";

type Values = {
  indicatorId?: string;
  id?: string;
  version?: number;
  period?: string;
  value: string;
  sourceNote: string;
  reason?: string;
  breakdown: TBreakdownRow[];
};

/**
 * Entering a period's value, or correcting a stored one (then a reason is asked, and the earlier
 * value goes to the history). Disaggregated values are rows of dimension, category and value.
 */
export function MeasurementForm({
  citySlug,
  mode,
  initial,
  dimensions,
  periodHint,
  texts,
  heading,
  onDone,
}: {
  citySlug: string;
  mode: "create" | "correct";
  initial: Values;
  dimensions: { value: DimensionValue; label: string }[];
  periodHint: string;
  texts: { m: Dictionary["indicators"]; saving: string; validation: Record<string, string> };
  heading: string;
  onDone?: () => void;
}) {
  const router = useRouter();
  const uid = useId();
  const schema = mode === "create" ? ZMeasurementCreate : ZMeasurementCorrect;
  const form = useForm<Values>({ resolver: zodResolver(schema as never) as unknown as Resolver<Values>, defaultValues: initial });
  const rows = useFieldArray({ control: form.control, name: "breakdown" });
  const { errors, isSubmitting } = form.formState;
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { m } = texts;
  const p = m.page;
  const err = (msg?: string) => issueText(msg, texts.validation);
  const id = (name: string) => `${uid}-${name}`;
  const a11y = (name: keyof Values, hint = false) => ({
    id: id(name),
    className: inputClasses,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": describedBy(id(name), { hint, error: !!errors[name] }),
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = mode === "create" ? await createMeasurementAction(citySlug, values) : await correctMeasurementAction(citySlug, values);
    if (result.ok) {
      form.reset(mode === "create" ? { ...initial, breakdown: [] } : { ...values, version: (values.version ?? 1) + 1, reason: "" });
      setMessage({ tone: "success", text: mode === "create" ? p.added : p.corrected2 });
      router.refresh();
      onDone?.();
      return;
    }
    for (const [field, msgs] of Object.entries(result.error.fieldErrors ?? {})) {
      const name = field.split(".")[0]!;
      if (["period", "value", "sourceNote", "reason", "breakdown"].includes(name)) form.setError(name as Path<Values>, { message: msgs[0] });
    }
    setMessage({ tone: "error", text: result.error.message });
  });

  const breakdownError = errors.breakdown as { message?: string; root?: { message?: string } } | undefined;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-heading`} className="space-y-4">
      <h3 id={`${uid}-heading`} className="text-lg font-semibold">
        {heading}
      </h3>
      {message?.tone === "error" ? <Alert tone="error">{message.text}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {mode === "create" ? (
          <Field id={id("period")} label={m.fields.period} hint={periodHint} error={err(errors.period?.message)}>
            <input type="text" {...a11y("period", true)} {...form.register("period")} />
          </Field>
        ) : null}
        <Field id={id("value")} label={m.fields.value} hint={m.hints.value} error={err(errors.value?.message)}>
          <input type="text" inputMode="decimal" {...a11y("value", true)} {...form.register("value")} />
        </Field>
        <div className="sm:col-span-2">
          <Field id={id("sourceNote")} label={m.fields.sourceNote} error={err(errors.sourceNote?.message)}>
            <input type="text" {...a11y("sourceNote")} {...form.register("sourceNote")} />
          </Field>
        </div>
      </div>

      {dimensions.length ? (
        <fieldset className="space-y-3 rounded-md border border-slate-400 p-3" aria-describedby={`${uid}-bd-hint`}>
          <legend className="px-1 text-sm font-semibold">{m.fields.dimensions}</legend>
          <p id={`${uid}-bd-hint`} className="text-sm text-slate-700">
            {m.hints.breakdown}
          </p>
          {rows.fields.map((row, i) => {
            const rowErr = errors.breakdown?.[i];
            return (
              <div key={row.id} role="group" aria-label={fill(p.breakdownRow, { n: i + 1 })} className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_1fr_auto]">
                <Field id={id(`bd-${i}-dimension`)} label={m.fields.dimension} error={err(rowErr?.dimension?.message)}>
                  <select id={id(`bd-${i}-dimension`)} className={inputClasses} {...form.register(`breakdown.${i}.dimension`)}>
                    {dimensions.map((dm) => (
                      <option key={dm.value} value={dm.value}>
                        {dm.label}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field id={id(`bd-${i}-category`)} label={m.fields.category} error={err(rowErr?.category?.message)}>
                  <input
                    id={id(`bd-${i}-category`)}
                    type="text"
                    className={inputClasses}
                    aria-invalid={rowErr?.category ? true : undefined}
                    {...form.register(`breakdown.${i}.category`)}
                  />
                </Field>
                <Field id={id(`bd-${i}-value`)} label={m.fields.value} error={err(rowErr?.value?.message)}>
                  <input
                    id={id(`bd-${i}-value`)}
                    type="text"
                    inputMode="decimal"
                    className={inputClasses}
                    aria-invalid={rowErr?.value ? true : undefined}
                    {...form.register(`breakdown.${i}.value`)}
                  />
                </Field>
                <Button variant="ghost" onClick={() => rows.remove(i)}>
                  {fill(p.removeBreakdown, { n: i + 1 })}
                </Button>
              </div>
            );
          })}
          {breakdownError?.message || breakdownError?.root?.message ? (
            <p className="text-sm font-medium text-red-800">{err(breakdownError.message ?? breakdownError.root?.message)}</p>
          ) : null}
          <Button variant="secondary" onClick={() => rows.append({ dimension: dimensions[0]!.value, category: "", value: "" })}>
            {p.addBreakdown}
          </Button>
        </fieldset>
      ) : null}

      {mode === "correct" ? (
        <Field id={id("reason")} label={m.fields.reason} hint={m.hints.reason} error={err(errors.reason?.message)}>
          <textarea rows={2} {...a11y("reason", true)} {...form.register("reason")} />
        </Field>
      ) : null}

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? texts.saving : mode === "create" ? p.add : p.saveCorrection}
        </Button>
        <div role="status" className="min-h-6">
          {message?.tone === "success" ? <span className="font-medium text-green-800">{message.text}</span> : null}
        </div>
      </div>
    </form>
  );
}
