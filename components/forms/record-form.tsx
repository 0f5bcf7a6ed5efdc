"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { Controller, useForm, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { issueText } from "@/components/ui/issue-text";
import type { Dictionary } from "@/lib/features/dictionary";
import type { Choice, ChoiceGroup } from "@/lib/features/commitments/commitment-options";
import { MultiSelect } from "@/components/forms/multi-select";
import type { z } from "zod";
import type { ActionResult } from "@/lib/kernel/action-chain/result";

/** One field of a RecordForm; plain data, so server pages can describe their forms. */
export type FieldSpec = {
  name: string;
  label: string;
  hint?: string;
  half?: boolean;
  /** The language of what is typed here, when it is not the page's. */
  lang?: string;
  autoComplete?: string;
} & (
  | { type: "text" | "email" | "url" | "tel" | "textarea" | "date" | "number" | "lines" }
  | { type: "select"; options: Choice<string>[]; empty?: string }
  | { type: "multi"; groups: ChoiceGroup<string | number>[] }
);

/** Fields shown together under a legend (a long form such as the public profile). */
export interface FormSection {
  legend: string;
  intro?: string;
  /** The names of the section's fields, in order. */
  names: string[];
}

export interface FormTexts {
  form: Dictionary["actionPlans"]["form"];
  multiSelect: Dictionary["commitments"]["multiSelect"];
  /** Validation texts of the form's domain (message keys → text). */
  validation: Record<string, string>;
  saving: string;
}

/**
 * What a form saves with: its schema (the one the action validates with), its action, where to go
 * after creating, and how a stored record becomes form values (for conflicts). Functions, so a
 * client component of the route picks the kind (server pages name it).
 */
export interface FormKind {
  schema: z.ZodType;
  action: (city: string, input: unknown) => Promise<ActionResult<unknown>>;
  /** For edits: the stored record of a conflict as form values. */
  toValues?: (record: never) => Record<string, unknown>;
  /** After a create: the page to open (null: stay and refresh). */
  next?: (city: string, data: { id: string }, context: Record<string, string>) => string | null;
  /** After an edit: the version now stored (from the action's result). */
  versionOf?: (data: never) => number;
}

type Outcome = { kind: "saved" | "error" | "keptMine"; message: string } | { kind: "conflict"; message: string; theirs: FieldValues };

function show(spec: FieldSpec, v: unknown, none: string): string {
  if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) return none;
  if (spec.type === "select") return spec.options.find((o) => o.value === v)?.label ?? String(v);
  if (spec.type === "multi") {
    const all = spec.groups.flatMap((g) => g.items);
    return (v as unknown[]).map((x) => all.find((i) => i.value === x)?.label ?? String(x)).join("; ");
  }
  return Array.isArray(v) ? v.join("; ") : String(v);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The form of every simple record: fields from a spec, validation with the kind's zod
 * schema (the one the action uses), field errors from the server next to their fields, and —
 * for edits — the conflict notice: what the other person saved, field by field, with the choice
 * to load theirs or keep one's own and save over it deliberately.
 */
export function RecordForm({
  kind,
  citySlug,
  heading,
  submitLabel,
  fields,
  initial,
  context = {},
  texts,
  onDone,
  idPrefix,
  intro,
  className = "space-y-5",
  focusFirst = false,
  savedText,
  onCancel,
  cancelLabel,
  sections,
}: {
  kind: FormKind;
  citySlug: string;
  /** The form's own heading (h3); none when the page's heading already names it. */
  heading?: string;
  submitLabel: string;
  fields: FieldSpec[];
  initial: FieldValues;
  /** Ids for the page to open after a create (planId, objectiveId). */
  context?: Record<string, string>;
  texts: FormTexts;
  /** Called after a successful save with the message shown (an inline editor closes itself). */
  onDone?: (message: string) => void;
  /** Stable ids (`<prefix>-<field>`, `<prefix>-heading`) instead of generated ones. */
  idPrefix?: string;
  /** A sentence under the heading. */
  intro?: string;
  className?: string;
  /** Move the keyboard to the first field when the form opens (an edit form opened from a list). */
  focusFirst?: boolean;
  /** The message after a save, from the action's result (default: "Saved."). */
  savedText?: (data: never) => string;
  /** A Cancel button next to the submit button. */
  onCancel?: () => void;
  cancelLabel?: string;
  /** Fields grouped under legends; without it, all fields in one grid. */
  sections?: FormSection[];
}) {
  const k = kind;
  const router = useRouter();
  const generated = useId();
  const uid = idPrefix ?? generated;
  const form = useForm<FieldValues>({ resolver: zodResolver(k.schema as never) as unknown as Resolver<FieldValues>, defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const [loaded, setLoaded] = useState<FieldValues>(initial);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const f = texts.form;
  const err = (name: string) => {
    const e = errors[name] as { message?: string; root?: { message?: string } } | undefined;
    return issueText(e?.message ?? e?.root?.message, texts.validation);
  };
  const id = (name: string) => `${uid}-${name}`;
  const firstField = fields[0]?.name;
  const { setFocus } = form;

  useEffect(() => {
    if (focusFirst && firstField) setFocus(firstField);
  }, [focusFirst, firstField, setFocus]);

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const result = await k.action(citySlug, values);
    if (result.ok) {
      const data = result.data as { id: string };
      if (k.next) {
        const href = k.next(citySlug, data, context);
        if (href) {
          router.push(href);
          return;
        }
        form.reset(initial);
      } else {
        const next = { ...values, version: k.versionOf!(data as never), ...("note" in values ? { note: "" } : {}) };
        form.reset(next);
        setLoaded(next);
      }
      const tracked = (data as { updateId?: string | null }).updateId;
      const message = savedText ? savedText(data as never) : tracked ? f.savedWithUpdate : f.saved;
      setOutcome({ kind: "saved", message });
      router.refresh();
      onDone?.(message);
      return;
    }
    if (result.error.code === "conflict" && result.error.current && k.toValues) {
      setOutcome({ kind: "conflict", message: result.error.message, theirs: k.toValues(result.error.current as never) });
      return;
    }
    for (const [field, msgs] of Object.entries(result.error.fieldErrors ?? {})) {
      const name = field.split(".")[0]!;
      if (fields.some((s) => s.name === name)) form.setError(name as Path<FieldValues>, { message: msgs[0] });
    }
    setOutcome({ kind: "error", message: result.error.message });
  });

  function loadTheirs(theirs: FieldValues) {
    form.reset(theirs);
    setLoaded(theirs);
    setOutcome(null);
  }

  function keepMine(theirs: FieldValues) {
    // Taking their version number is the deliberate "save over theirs".
    form.setValue("version", theirs.version);
    setLoaded(theirs);
    setOutcome({ kind: "keptMine", message: f.keptMine });
  }

  function control(spec: FieldSpec) {
    const fid = id(spec.name);
    const a11y = {
      id: fid,
      lang: spec.lang,
      autoComplete: spec.autoComplete,
      className: inputClasses,
      "aria-invalid": errors[spec.name] ? true : undefined,
      "aria-describedby": describedBy(fid, { hint: !!spec.hint, error: !!errors[spec.name] }),
    };
    switch (spec.type) {
      case "textarea":
        return <textarea rows={4} {...a11y} {...form.register(spec.name)} />;
      case "date":
        return <input type="date" {...a11y} {...form.register(spec.name)} />;
      case "number":
        return <input type="number" min={0} max={100} step={1} inputMode="numeric" {...a11y} {...form.register(spec.name, { valueAsNumber: true })} />;
      case "select":
        return (
          <select {...a11y} {...form.register(spec.name)}>
            {spec.empty !== undefined ? <option value="">{spec.empty}</option> : null}
            {spec.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        );
      case "lines":
        return (
          <Controller
            control={form.control}
            name={spec.name}
            render={({ field }) => (
              <textarea
                rows={3}
                {...a11y}
                value={(field.value as string[]).join("\n")}
                onChange={(e) => field.onChange(e.target.value.split("\n"))}
                onBlur={() => field.onChange((field.value as string[]).map((l) => l.trim()).filter(Boolean))}
              />
            )}
          />
        );
      case "email":
      case "url":
      case "tel":
        return <input type={spec.type} {...a11y} {...form.register(spec.name)} />;
      default:
        return <input type="text" {...a11y} {...form.register(spec.name)} />;
    }
  }

  const grid = (list: FieldSpec[]) => (
    <div className="grid gap-4 sm:grid-cols-2">
      {list.map((spec) =>
        spec.type === "multi" ? (
          <div key={spec.name} className="sm:col-span-2">
            <Controller
              control={form.control}
              name={spec.name}
              render={({ field }) => (
                <MultiSelect
                  id={id(spec.name)}
                  legend={spec.label}
                  hint={spec.hint}
                  groups={spec.groups}
                  value={field.value}
                  onChange={field.onChange}
                  messages={texts.multiSelect}
                  error={err(spec.name)}
                />
              )}
            />
          </div>
        ) : (
          <div key={spec.name} className={spec.half ? "" : "sm:col-span-2"}>
            <Field id={id(spec.name)} label={spec.label} hint={spec.hint} error={err(spec.name)}>
              {control(spec)}
            </Field>
          </div>
        ),
      )}
    </div>
  );

  const conflictRows = outcome?.kind === "conflict" ? fields.filter((s) => !same(loaded[s.name], outcome.theirs[s.name])) : [];

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={heading ? `${uid}-heading` : undefined} className={className}>
      {heading ? (
        <h3 id={`${uid}-heading`} className="text-lg font-semibold">
          {heading}
        </h3>
      ) : null}
      {intro ? <p className="text-sm text-slate-700">{intro}</p> : null}
      {outcome?.kind === "conflict" ? (
        <Alert tone="error" title={f.conflictTitle}>
          <p>{outcome.message}</p>
          <p>{f.conflictIntro}</p>
          {conflictRows.length === 0 ? (
            <p>{f.conflictNoFieldDiff}</p>
          ) : (
            <div className="overflow-x-auto rounded border border-red-300 bg-white text-slate-900">
              <table className="min-w-full text-left text-sm">
                <thead>
                  <tr className="border-b-2 border-slate-400">
                    <th scope="col" className="p-2">
                      {f.conflictField}
                    </th>
                    <th scope="col" className="p-2">
                      {f.conflictTheirs}
                    </th>
                    <th scope="col" className="p-2">
                      {f.conflictYours}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {conflictRows.map((s) => (
                    <tr key={s.name} className="border-b border-slate-200 align-top">
                      <th scope="row" className="p-2 font-semibold">
                        {s.label}
                      </th>
                      <td className="p-2 whitespace-pre-wrap">{show(s, outcome.theirs[s.name], f.none)}</td>
                      <td className="p-2 whitespace-pre-wrap">{show(s, form.getValues(s.name), f.none)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" onClick={() => loadTheirs(outcome.theirs)}>
              {f.loadTheirs}
            </Button>
            <Button variant="secondary" onClick={() => keepMine(outcome.theirs)}>
              {f.keepMine}
            </Button>
          </div>
        </Alert>
      ) : null}
      {outcome?.kind === "error" ? <Alert tone="error">{outcome.message}</Alert> : null}

      {sections
        ? sections.map((section) => (
            <fieldset key={section.legend} className="space-y-4">
              <legend className="text-lg font-semibold">{section.legend}</legend>
              {section.intro ? <p className="text-sm text-slate-700">{section.intro}</p> : null}
              {grid(fields.filter((spec) => section.names.includes(spec.name)))}
            </fieldset>
          ))
        : grid(fields)}

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? texts.saving : submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            {cancelLabel}
          </Button>
        ) : null}
        <div role="status" className="min-h-6">
          {outcome?.kind === "saved" || outcome?.kind === "keptMine" ? <span className="font-medium text-green-800">{outcome.message}</span> : null}
        </div>
      </div>
    </form>
  );
}
