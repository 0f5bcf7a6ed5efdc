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
import type { ActionResult } from "@/lib/kernel/action-chain/result";
import type { Dictionary } from "@/lib/features/dictionary";
import { ZIdentityProviderUpdate, type TIdentityProviderUpdate } from "@/lib/kernel/auth/identity/schema";

type Messages = Dictionary["identity"];

export interface ProviderItem {
  id: string;
  displayName: string;
  issuer: string;
  clientId: string;
  enabled: boolean;
  version: number;
  redirectUri: string;
}

export type ProviderSave = (input: Record<string, unknown>) => Promise<ActionResult<ProviderItem>>;

// The add form validates with the update schema: id and version are placeholders there, and the
// secret's "required" rule is the server's (the create schema) when adding.
const NEW_ID = "00000000-0000-4000-8000-000000000000";
const FIELDS = ["displayName", "issuer", "clientId", "clientSecret"] as const;

/**
 * Adds a provider (no `editing`) or edits one. The secret field is write-only: empty on edit means
 * "keep". Saving checks the issuer against the provider's discovery document, which may take a
 * moment; the button says so.
 */
export function IdentityProviderForm({
  editing,
  messages,
  save,
  onDone,
  onCancel,
}: {
  editing?: ProviderItem;
  messages: Messages;
  save: ProviderSave;
  onDone: (saved: ProviderItem, message: string) => void;
  onCancel?: () => void;
}) {
  const empty = { id: NEW_ID, version: 1, displayName: "", issuer: "", clientId: "", clientSecret: "", enabled: true };
  const form = useForm<TIdentityProviderUpdate>({
    resolver: zodResolver(ZIdentityProviderUpdate),
    defaultValues: editing ? { ...editing, clientSecret: "" } : empty,
  });
  const { errors, isSubmitting } = form.formState;
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement | null>(null);
  const prefix = editing ? `idp-edit-${editing.id}` : "idp-new";
  const headingId = `${prefix}-heading`;
  const err = (msg?: string) => issueText(msg, messages.validation);
  const { ref: nameRef, ...nameField } = form.register("displayName");

  useEffect(() => {
    first.current?.focus();
  }, []);

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const { id, version, ...fields } = values;
    const result = await save(editing ? { id, version, ...fields } : fields);
    if (result.ok) {
      onDone(result.data, fill(editing ? messages.saved : messages.created, { name: result.data.displayName }));
      return;
    }
    applyFieldErrors(result.error.fieldErrors, form.setError, FIELDS);
    setError(result.error.message);
  });

  const aria = (field: (typeof FIELDS)[number], hint = false) => ({
    id: `${prefix}-${field}`,
    className: inputClasses,
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": describedBy(`${prefix}-${field}`, { hint, error: !!errors[field] }),
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="max-w-2xl space-y-4 rounded-md border border-slate-300 p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {editing ? fill(messages.editing, { name: editing.displayName }) : messages.add}
      </h3>
      <Field id={`${prefix}-displayName`} label={messages.fields.displayName} hint={messages.fields.displayNameHint} error={err(errors.displayName?.message)}>
        <input
          {...aria("displayName", true)}
          {...nameField}
          ref={(el) => {
            nameRef(el);
            first.current = el;
          }}
          autoComplete="off"
        />
      </Field>
      <Field id={`${prefix}-issuer`} label={messages.fields.issuer} hint={messages.fields.issuerHint} error={err(errors.issuer?.message)}>
        <input {...aria("issuer", true)} {...form.register("issuer")} type="url" inputMode="url" autoComplete="off" spellCheck={false} />
      </Field>
      <Field id={`${prefix}-clientId`} label={messages.fields.clientId} error={err(errors.clientId?.message)}>
        <input {...aria("clientId")} {...form.register("clientId")} autoComplete="off" spellCheck={false} />
      </Field>
      <Field
        id={`${prefix}-clientSecret`}
        label={messages.fields.clientSecret}
        hint={editing ? `${messages.fields.clientSecretHint} ${messages.fields.clientSecretKeep}` : messages.fields.clientSecretHint}
        error={err(errors.clientSecret?.message)}
      >
        <input {...aria("clientSecret", true)} {...form.register("clientSecret")} type="password" autoComplete="new-password" spellCheck={false} />
      </Field>
      <label className="flex items-center gap-2">
        <input type="checkbox" {...form.register("enabled")} />
        {messages.fields.enabled}
      </label>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? messages.saving : messages.save}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
            {messages.cancel}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
