"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm, useWatch, type Path } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { issueText } from "@/components/ui/issue-text";
import { toEditValues, type CommitmentRecord } from "@/lib/features/commitments/records";
import {
  COMMITMENT_STATUSES,
  PROGRESS_MODES,
  trackedChanged,
  ZCommitmentEdit,
  type ProgressModeValue,
  type TCommitmentEdit,
} from "@/lib/features/commitments/schema";
import type { Dictionary } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { fill } from "@/lib/kernel/i18n/fill";
import { statusContradiction } from "@/lib/features/commitments/status-consistency";
import { updateCommitmentAction } from "../../commitments/actions";
import type { CommitmentOptions } from "@/lib/features/commitments/commitment-options";
import { ConflictNotice } from "./conflict-notice";
import { MaturityField } from "./maturity-field";
import { MultiSelect } from "@/components/forms/multi-select";

type Outcome =
  | { kind: "saved"; message: string }
  | { kind: "error"; message: string }
  | { kind: "conflict"; message: string; current: CommitmentRecord }
  | { kind: "keptMine" };

const FIELDS = new Set<string>([
  "title",
  "text",
  "status",
  "maturity",
  "progress",
  "ownerId",
  "departmentId",
  "startDate",
  "targetDate",
  "charterArticles",
  "udhrArticles",
  "sdgs",
  "groups",
  "note",
  "isPublic",
  "notePublic",
  "progressMode",
  "keepStatus",
]);

/** The whole commitment in one form; a change of status, progress or maturity asks for a note. */
export function CommitmentForm({
  citySlug,
  initial,
  isElement,
  progressMode,
  options,
  messages,
  statusLabels,
  locale,
  saving,
  publicMessages,
}: {
  citySlug: string;
  initial: TCommitmentEdit;
  isElement: boolean;
  progressMode: ProgressModeValue;
  options: CommitmentOptions;
  messages: Dictionary["commitments"];
  statusLabels: Record<TCommitmentEdit["status"], string>;
  locale: Locale;
  saving: string;
  /** Labels of "Show on the public pages" and "Show this note on the public pages". */
  publicMessages: Dictionary["publicSite"]["publishing"]["commitmentForm"];
}) {
  const m = messages.form;
  const f = messages.fields;
  const form = useForm<TCommitmentEdit>({ resolver: zodResolver(ZCommitmentEdit), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  // What the person started from: the other side of a conflict's "what changed".
  const [loaded, setLoaded] = useState<TCommitmentEdit>(initial);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const err = (msg?: string) => issueText(msg, messages.validation);
  const [status, progress, maturity, baseline, note, mode] = useWatch({
    control: form.control,
    name: ["status", "progress", "maturity", "baseline", "note", "progressMode"],
  });
  const shownProgress = Number.isNaN(progress) ? baseline.progress : progress;
  const needsNote = trackedChanged(baseline, { status, progress: shownProgress, maturity });
  // The server checks the same pair (with progress derived from the actions where it is).
  const clash = statusContradiction(status, shownProgress);
  const c = m.contradiction;
  const manual = (mode ?? progressMode) === "manual";

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const result = await updateCommitmentAction(citySlug, values);
    if (result.ok) {
      // The record does not carry the public mark: keep what was just saved; a new note starts internal.
      const next = { ...toEditValues(result.data.commitment), isPublic: values.isPublic, notePublic: false };
      const changed = result.data.commitment.version !== values.version;
      form.reset(next);
      setLoaded(next);
      setOutcome({ kind: "saved", message: !changed ? m.noChanges : result.data.updateId ? m.savedWithUpdate : m.saved });
      return;
    }
    if (result.error.code === "conflict" && result.error.current) {
      setOutcome({ kind: "conflict", message: result.error.message, current: result.error.current as CommitmentRecord });
      return;
    }
    for (const [field, msgs] of Object.entries(result.error.fieldErrors ?? {})) {
      const name = field.split(".")[0]!;
      if (FIELDS.has(name)) form.setError(name as Path<TCommitmentEdit>, { message: msgs[0] });
    }
    setOutcome({ kind: "error", message: result.error.message });
  });

  function loadTheirs(current: CommitmentRecord) {
    const theirs = { ...toEditValues(current), isPublic: form.getValues("isPublic"), notePublic: false };
    form.reset(theirs);
    setLoaded(theirs);
    setOutcome(null);
  }

  function keepMine(current: CommitmentRecord) {
    // Taking their version number is the deliberate "save over theirs"; the note rule now
    // compares with their state, since that is what this save changes.
    form.setValue("version", current.version);
    form.setValue("baseline", { status: current.status, progress: current.progress, maturity: current.maturity });
    setLoaded(toEditValues(current));
    setOutcome({ kind: "keptMine" });
  }

  const input = (id: keyof TCommitmentEdit, hint = false) => ({
    id: `commitment-${id}`,
    className: inputClasses,
    "aria-invalid": errors[id] ? true : undefined,
    "aria-describedby": describedBy(`commitment-${id}`, { hint, error: !!errors[id] }),
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="commitment-form-heading" className="space-y-6">
      <h3 id="commitment-form-heading" className="text-lg font-semibold">
        {m.heading}
      </h3>

      {outcome?.kind === "conflict" ? (
        <ConflictNotice
          message={outcome.message}
          current={outcome.current}
          loaded={loaded}
          mine={form.getValues()}
          isElement={isElement}
          options={options}
          messages={messages}
          statusLabels={statusLabels}
          locale={locale}
          onLoadTheirs={() => loadTheirs(outcome.current)}
          onKeepMine={() => keepMine(outcome.current)}
        />
      ) : null}
      {outcome?.kind === "error" ? <Alert tone="error">{outcome.message}</Alert> : null}

      {isElement ? null : (
        <Field id="commitment-title" label={f.title} hint={m.titleHint} error={err(errors.title?.message)}>
          <input type="text" {...input("title", true)} {...form.register("title")} />
        </Field>
      )}

      <Field id="commitment-text" label={f.text} hint={m.textHint} error={err(errors.text?.message)}>
        <textarea rows={8} {...input("text", true)} {...form.register("text")} />
      </Field>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="commitment-status" label={f.status} error={err(errors.status?.message)}>
          <select {...input("status")} {...form.register("status")}>
            {COMMITMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="commitment-progressMode" label={f.progressMode} hint={m.progressModeHint} error={err(errors.progressMode?.message)}>
          <select {...input("progressMode", true)} {...form.register("progressMode")}>
            {PROGRESS_MODES.map((pm) => (
              <option key={pm} value={pm}>
                {m.progressModes[pm]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="commitment-progress" label={`${f.progress} (%)`} hint={manual ? m.progressHint : m.progressDerived} error={err(errors.progress?.message)}>
          <input
            type="number"
            min={0}
            max={100}
            step={1}
            inputMode="numeric"
            readOnly={!manual}
            {...input("progress", true)}
            {...form.register("progress", { valueAsNumber: true })}
          />
        </Field>
      </div>

      {clash || errors.keepStatus ? (
        <div role="group" aria-labelledby="commitment-contradiction-heading" className="space-y-2 rounded-md border-2 border-amber-700 bg-amber-50 p-4">
          <p id="commitment-contradiction-heading" className="font-semibold text-slate-900">
            {c.heading}
          </p>
          {clash ? (
            <>
              <p>
                {fill(c[clash.rule], { status: statusLabels[status], progress: shownProgress })} {fill(c.suggest, { suggested: statusLabels[clash.suggested] })}
              </p>
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  form.setValue("status", clash.suggested, { shouldDirty: true });
                  form.setValue("keepStatus", false);
                  form.clearErrors("keepStatus");
                }}
              >
                {fill(c.use, { suggested: statusLabels[clash.suggested] })}
              </Button>
            </>
          ) : null}
          <div className="flex items-start gap-2">
            <input
              id="commitment-keepStatus"
              type="checkbox"
              className="mt-1 h-4 w-4"
              aria-describedby={describedBy("commitment-keepStatus", { hint: true, error: !!errors.keepStatus })}
              aria-invalid={errors.keepStatus ? true : undefined}
              {...form.register("keepStatus")}
            />
            <div>
              <label htmlFor="commitment-keepStatus" className="font-semibold">
                {fill(c.keep, { status: statusLabels[status] })}
              </label>
              <p id="commitment-keepStatus-hint" className="text-sm text-slate-700">
                {c.keepHint}
              </p>
              {errors.keepStatus ? (
                <p id="commitment-keepStatus-error" className="text-sm font-semibold text-red-800">
                  {err(errors.keepStatus.message)}
                </p>
              ) : null}
            </div>
          </div>
        </div>
      ) : null}

      <MaturityField register={form.register("maturity")} messages={messages} error={err(errors.maturity?.message)} />

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="commitment-ownerId" label={f.owner} hint={m.ownerHint} error={err(errors.ownerId?.message)}>
          <select {...input("ownerId", true)} {...form.register("ownerId")}>
            <option value="">{m.ownerNone}</option>
            {options.members.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="commitment-departmentId" label={f.department} hint={m.departmentHint} error={err(errors.departmentId?.message)}>
          <select {...input("departmentId", true)} {...form.register("departmentId")}>
            <option value="">{m.departmentNone}</option>
            {options.departments.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="commitment-startDate" label={f.startDate} hint={m.datesHint} error={err(errors.startDate?.message)}>
          <input type="date" {...input("startDate", true)} {...form.register("startDate")} />
        </Field>
        <Field id="commitment-targetDate" label={f.targetDate} error={err(errors.targetDate?.message)}>
          <input type="date" {...input("targetDate")} {...form.register("targetDate")} />
        </Field>
      </div>

      <section aria-labelledby="commitment-links-heading" className="space-y-4">
        <h4 id="commitment-links-heading" className="text-base font-semibold">
          {m.linksHeading}
        </h4>
        <p className="text-sm text-slate-800">{m.linksIntro}</p>
        <Controller
          control={form.control}
          name="charterArticles"
          render={({ field, fieldState }) => (
            <MultiSelect
              id="commitment-charterArticles"
              legend={f.charterArticles}
              hint={m.charterHint}
              groups={options.charter}
              value={field.value}
              onChange={field.onChange}
              messages={messages.multiSelect}
              error={err(fieldState.error?.message ?? fieldState.error?.root?.message)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="udhrArticles"
          render={({ field, fieldState }) => (
            <MultiSelect
              id="commitment-udhrArticles"
              legend={f.udhrArticles}
              hint={m.udhrHint}
              groups={[{ key: "udhr", heading: f.udhrArticles, items: options.udhr }]}
              value={field.value}
              onChange={field.onChange}
              messages={messages.multiSelect}
              error={err(fieldState.error?.message)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="sdgs"
          render={({ field, fieldState }) => (
            <MultiSelect
              id="commitment-sdgs"
              legend={f.sdgs}
              hint={m.sdgsHint}
              groups={[{ key: "sdgs", heading: f.sdgs, items: options.sdgs }]}
              value={field.value}
              onChange={field.onChange}
              messages={messages.multiSelect}
              error={err(fieldState.error?.message)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="groups"
          render={({ field, fieldState }) => (
            <MultiSelect
              id="commitment-groups"
              legend={f.groups}
              hint={m.groupsHint}
              groups={options.groups}
              value={field.value}
              onChange={field.onChange}
              messages={messages.multiSelect}
              error={err(fieldState.error?.message)}
            />
          )}
        />
      </section>

      <Field
        id="commitment-note"
        label={f.note}
        hint={
          <>
            {m.noteHint}
            <span aria-live="polite" className="mt-1 block font-semibold text-slate-900">
              {needsNote ? m.noteRequiredNow : ""}
            </span>
          </>
        }
        error={err(errors.note?.message)}
      >
        <textarea rows={3} {...input("note", true)} aria-required={needsNote} {...form.register("note")} />
      </Field>

      {note?.trim() ? (
        <div className="flex items-start gap-2">
          <input
            id="commitment-notePublic"
            type="checkbox"
            className="mt-1 h-4 w-4"
            aria-describedby="commitment-notePublic-hint"
            {...form.register("notePublic")}
          />
          <div>
            <label htmlFor="commitment-notePublic" className="font-semibold">
              {publicMessages.notePublic}
            </label>
            <p id="commitment-notePublic-hint" className="text-sm text-slate-700">
              {publicMessages.notePublicHint}
            </p>
          </div>
        </div>
      ) : null}

      <div className="flex items-start gap-2">
        <input id="commitment-isPublic" type="checkbox" className="mt-1 h-4 w-4" aria-describedby="commitment-isPublic-hint" {...form.register("isPublic")} />
        <div>
          <label htmlFor="commitment-isPublic" className="font-semibold">
            {publicMessages.isPublic}
          </label>
          <p id="commitment-isPublic-hint" className="text-sm text-slate-700">
            {publicMessages.isPublicHint}
          </p>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? saving : m.save}
        </Button>
        <div role="status" className="min-h-6">
          {outcome?.kind === "saved" ? <span className="font-medium text-green-800">{outcome.message}</span> : null}
          {outcome?.kind === "keptMine" ? <span className="font-medium text-slate-900">{m.keptMine}</span> : null}
        </div>
      </div>
    </form>
  );
}
