"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/auth/apply-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { fill } from "@/lib/kernel/i18n/fill";
import { issueText } from "@/components/ui/issue-text";
import { ZGroupUpdate, type TGroupUpdate } from "@/lib/features/city-settings/groups/schema";
import type { Dictionary } from "@/lib/kernel/i18n/dictionary";
import { createGroupAction, updateGroupAction } from "./actions";

type Messages = Dictionary["commitments"]["groups"];

export interface GroupItem {
  id: string;
  key: string;
  nameEn: string;
  nameNl: string;
  version: number;
  commitments: number;
}

type Outcome = { kind: "done"; message: string } | { kind: "error"; message: string } | { kind: "conflict"; current: GroupItem } | null;

// The add form validates with the update schema too: id and version are placeholders there.
const NEW_ID = "00000000-0000-4000-8000-000000000000";

/** Adds a group (no `editing`) or renames one; its key never changes. */
export function GroupForm({
  citySlug,
  editing,
  messages,
  validation,
  saving,
  cancel,
  onDone,
  onCancel,
}: {
  citySlug: string;
  editing?: GroupItem;
  messages: Messages;
  validation: Record<string, string>;
  saving: string;
  cancel: string;
  onDone?: (message: string) => void;
  onCancel?: () => void;
}) {
  const empty = { id: NEW_ID, version: 1, nameEn: "", nameNl: "" };
  const form = useForm<TGroupUpdate>({ resolver: zodResolver(ZGroupUpdate), defaultValues: editing ?? empty });
  const { errors, isSubmitting } = form.formState;
  const [outcome, setOutcome] = useState<Outcome>(null);
  const first = useRef<HTMLInputElement | null>(null);
  const err = (msg?: string) => issueText(msg, validation);
  const prefix = editing ? `group-edit-${editing.id}` : "group-new";
  const { ref: enRef, ...enField } = form.register("nameEn");

  useEffect(() => {
    if (editing) first.current?.focus();
  }, [editing]);

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const { id, version, ...names } = values;
    const result = editing ? await updateGroupAction(citySlug, { id, version, ...names }) : await createGroupAction(citySlug, names);
    if (result.ok) {
      const message = editing ? fill(messages.saved, { name: result.data.nameEn }) : fill(messages.added, { name: result.data.nameEn, key: result.data.key });
      if (!editing) form.reset(empty);
      setOutcome({ kind: "done", message });
      onDone?.(message);
      return;
    }
    if (result.error.code === "conflict" && result.error.current) {
      setOutcome({ kind: "conflict", current: result.error.current as GroupItem });
      return;
    }
    applyFieldErrors(result.error.fieldErrors, form.setError, ["nameEn", "nameNl"]);
    setOutcome({ kind: "error", message: result.error.message });
  });

  const aria = (field: "nameEn" | "nameNl") => ({
    id: `${prefix}-${field}`,
    className: inputClasses,
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": describedBy(`${prefix}-${field}`, { error: !!errors[field] }),
  });
  const headingId = `${prefix}-heading`;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="max-w-2xl space-y-4 rounded-md border border-slate-300 p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {editing ? fill(messages.editLabel, { name: editing.nameEn }) : messages.addHeading}
      </h3>
      {editing ? null : <p className="text-sm text-slate-700">{messages.keyHint}</p>}
      {outcome?.kind === "conflict" ? (
        <Alert tone="error">
          <p>{fill(messages.conflict, { nameEn: outcome.current.nameEn, nameNl: outcome.current.nameNl })}</p>
          <Button
            variant="secondary"
            onClick={() => {
              // Taking their version number is the deliberate "save over theirs".
              form.setValue("version", outcome.current.version);
              setOutcome(null);
            }}
          >
            {messages.keepMine}
          </Button>
        </Alert>
      ) : null}
      {outcome?.kind === "error" ? <Alert tone="error">{outcome.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}-nameEn`} label={messages.nameEn} error={err(errors.nameEn?.message)}>
          <input
            type="text"
            lang="en"
            {...aria("nameEn")}
            {...enField}
            ref={(el) => {
              enRef(el);
              first.current = el;
            }}
          />
        </Field>
        <Field id={`${prefix}-nameNl`} label={messages.nameNl} error={err(errors.nameNl?.message)}>
          <input type="text" lang="nl" {...aria("nameNl")} {...form.register("nameNl")} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? saving : editing ? messages.save : messages.add}
        </Button>
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            {cancel}
          </Button>
        ) : null}
        <div role="status" className="min-h-6">
          {outcome?.kind === "done" && !editing ? <span className="font-medium text-green-800">{outcome.message}</span> : null}
        </div>
      </div>
    </form>
  );
}
