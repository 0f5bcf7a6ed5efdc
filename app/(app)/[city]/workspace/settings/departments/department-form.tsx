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
import { ZDepartmentUpdate, type TDepartmentUpdate } from "@/lib/features/city-settings/departments/schema";
import type { Dictionary } from "@/lib/kernel/i18n/dictionary";
import { createDepartmentAction, updateDepartmentAction } from "./actions";

type Messages = Dictionary["commitments"]["departments"];

export interface DepartmentItem {
  id: string;
  name: string;
  contactName: string;
  contactEmail: string;
  version: number;
  commitments: number;
}

type Outcome = { kind: "done"; message: string } | { kind: "error"; message: string } | { kind: "conflict"; message: string; current: DepartmentItem } | null;

// The add form validates with the update schema too: id and version are placeholders there.
const NEW_ID = "00000000-0000-4000-8000-000000000000";

/**
 * Adds a department (no `editing`) or edits one. An edit refused because someone changed the
 * department first shows what is stored now and keeps this person's input.
 */
export function DepartmentForm({
  citySlug,
  editing,
  messages,
  saving,
  validation,
  onDone,
  onCancel,
  cancel,
}: {
  citySlug: string;
  editing?: DepartmentItem;
  messages: Messages;
  saving: string;
  validation: Record<string, string>;
  onDone?: (message: string) => void;
  onCancel?: () => void;
  cancel: string;
}) {
  const empty = { id: NEW_ID, version: 1, name: "", contactName: "", contactEmail: "" };
  const form = useForm<TDepartmentUpdate>({ resolver: zodResolver(ZDepartmentUpdate), defaultValues: editing ?? empty });
  const { errors, isSubmitting } = form.formState;
  const [outcome, setOutcome] = useState<Outcome>(null);
  const first = useRef<HTMLInputElement | null>(null);
  const err = (msg?: string) => issueText(msg, validation);
  const prefix = editing ? `dept-edit-${editing.id}` : "dept-new";
  const { ref: nameRef, ...nameField } = form.register("name");

  useEffect(() => {
    // Opening an edit form moves the keyboard there.
    if (editing) first.current?.focus();
  }, [editing]);

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const { id, version, ...fields } = values;
    const result = editing ? await updateDepartmentAction(citySlug, { id, version, ...fields }) : await createDepartmentAction(citySlug, fields);
    if (result.ok) {
      const message = fill(editing ? messages.saved : messages.added, { name: result.data.name });
      if (!editing) form.reset(empty);
      setOutcome({ kind: "done", message });
      onDone?.(message);
      return;
    }
    if (result.error.code === "conflict" && result.error.current) {
      setOutcome({ kind: "conflict", message: result.error.message, current: result.error.current as DepartmentItem });
      return;
    }
    applyFieldErrors(result.error.fieldErrors, form.setError, ["name", "contactName", "contactEmail"]);
    setOutcome({ kind: "error", message: result.error.message });
  });

  const aria = (field: "name" | "contactName" | "contactEmail") => ({
    id: `${prefix}-${field}`,
    className: inputClasses,
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": describedBy(`${prefix}-${field}`, { error: !!errors[field] }),
  });
  const headingId = `${prefix}-heading`;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="max-w-2xl space-y-4 rounded-md border border-slate-300 p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {editing ? fill(messages.editHeading, { name: editing.name }) : messages.addHeading}
      </h3>
      {outcome?.kind === "conflict" ? (
        <Alert tone="error" title={messages.conflictTitle}>
          <p>{outcome.message}</p>
          <p>
            {fill(messages.conflictText, {
              name: outcome.current.name,
              contact: outcome.current.contactName || messages.noContact,
              email: outcome.current.contactEmail || messages.noContact,
            })}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button
              variant="secondary"
              onClick={() => {
                form.reset(outcome.current);
                setOutcome(null);
              }}
            >
              {messages.loadTheirs}
            </Button>
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
          </div>
        </Alert>
      ) : null}
      {outcome?.kind === "error" ? <Alert tone="error">{outcome.message}</Alert> : null}
      <Field id={`${prefix}-name`} label={messages.name} error={err(errors.name?.message)}>
        <input
          type="text"
          {...aria("name")}
          {...nameField}
          ref={(el) => {
            nameRef(el);
            first.current = el;
          }}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}-contactName`} label={messages.contact} error={err(errors.contactName?.message)}>
          <input type="text" autoComplete="off" {...aria("contactName")} {...form.register("contactName")} />
        </Field>
        <Field id={`${prefix}-contactEmail`} label={messages.email} error={err(errors.contactEmail?.message)}>
          <input type="email" autoComplete="off" {...aria("contactEmail")} {...form.register("contactEmail")} />
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
