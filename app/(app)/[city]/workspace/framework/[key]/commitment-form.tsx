"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { issueText } from "@/components/ui/issue-text";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { CommitmentView } from "@/lib/framework/commitment-view";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { COMMITMENT_STATUSES, ZCommitmentUpdate, type TCommitmentUpdate } from "@/lib/framework/schema";
import { updateCommitment } from "./actions";

type Outcome =
  | { kind: "saved" }
  | { kind: "error"; message: string }
  | { kind: "conflict"; message: string; current: CommitmentView }
  | { kind: "keptMine" };

export function CommitmentForm({
  citySlug,
  initial,
  locale,
  messages,
  saving,
}: {
  citySlug: string;
  initial: TCommitmentUpdate;
  locale: Locale;
  messages: Dictionary["framework"];
  saving: string;
}) {
  const m = messages.form;
  const form = useForm<TCommitmentUpdate>({ resolver: zodResolver(ZCommitmentUpdate), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const err = (msg?: string) => issueText(msg, messages.validation);

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const result = await updateCommitment(citySlug, values);
    if (result.ok) {
      const { text, status, version } = result.data;
      form.reset({ elementKey: values.elementKey, text, status, version });
      setOutcome({ kind: "saved" });
      return;
    }
    if (result.error.code === "conflict" && result.error.current) {
      setOutcome({ kind: "conflict", message: result.error.message, current: result.error.current as CommitmentView });
      return;
    }
    for (const [field, msgs] of Object.entries(result.error.fieldErrors ?? {})) {
      if (field === "text" || field === "status") form.setError(field, { message: msgs[0] });
    }
    setOutcome({ kind: "error", message: result.error.message });
  });

  function loadTheirs(current: CommitmentView) {
    form.reset({ elementKey: initial.elementKey, text: current.text, status: current.status, version: current.version });
    setOutcome(null);
  }

  function keepMine(current: CommitmentView) {
    // Taking their version number is the deliberate "save over theirs": the next save is not stale.
    form.setValue("version", current.version);
    setOutcome({ kind: "keptMine" });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="commitment-form-heading" className="space-y-5">
      <h3 id="commitment-form-heading" className="text-lg font-semibold">
        {m.heading}
      </h3>

      {outcome?.kind === "conflict" ? (
        <Alert tone="error" title={m.conflictTitle}>
          <p>{outcome.message}</p>
          <p>
            {m.conflictSavedBy
              .replace("{name}", outcome.current.updatedByName ?? messages.element.unknownUser)
              .replace("{date}", formatDateTime(locale, outcome.current.updatedAt))}
          </p>
          <dl className="space-y-2 rounded border border-red-300 bg-white p-3 text-slate-900">
            <div>
              <dt className="font-semibold">{m.theirStatus}</dt>
              <dd>{messages.status[outcome.current.status]}</dd>
            </div>
            <div>
              <dt className="font-semibold">{m.theirText}</dt>
              <dd className="whitespace-pre-wrap">{outcome.current.text || m.theirTextEmpty}</dd>
            </div>
          </dl>
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" onClick={() => loadTheirs(outcome.current)}>
              {m.loadTheirs}
            </Button>
            <Button variant="secondary" onClick={() => keepMine(outcome.current)}>
              {m.keepMine}
            </Button>
          </div>
        </Alert>
      ) : null}
      {outcome?.kind === "error" ? <Alert tone="error">{outcome.message}</Alert> : null}

      <Field id="commitment-status" label={m.status} error={err(errors.status?.message)}>
        <select
          id="commitment-status"
          className={inputClasses}
          aria-invalid={errors.status ? true : undefined}
          aria-describedby={describedBy("commitment-status", { error: !!errors.status })}
          {...form.register("status")}
        >
          {COMMITMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {messages.status[s]}
            </option>
          ))}
        </select>
      </Field>

      <Field id="commitment-text" label={m.text} hint={m.textHint} error={err(errors.text?.message)}>
        <textarea
          id="commitment-text"
          rows={10}
          className={inputClasses}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy("commitment-text", { hint: true, error: !!errors.text })}
          {...form.register("text")}
        />
      </Field>

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? saving : m.save}
        </Button>
        <div role="status" className="min-h-6">
          {outcome?.kind === "saved" ? <span className="font-medium text-green-800">{m.saved}</span> : null}
          {outcome?.kind === "keptMine" ? <span className="font-medium text-slate-900">{m.keptMine}</span> : null}
        </div>
      </div>
    </form>
  );
}
