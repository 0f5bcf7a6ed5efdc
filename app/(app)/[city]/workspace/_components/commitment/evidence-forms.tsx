"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { fill } from "@/lib/kernel/i18n/fill";
import { issueText } from "@/components/ui/issue-text";
import { applyFieldErrors } from "@/components/auth/apply-field-errors";
import { ZEvidenceFile, ZEvidenceLink, type TEvidenceFile, type TEvidenceLink } from "@/lib/features/commitments/evidence-schema";
import type { Dictionary } from "@/lib/features/dictionary";
import { ACCEPT_ATTRIBUTE } from "@/lib/kernel/storage/file-types";
import { addEvidenceLinkAction, uploadEvidenceAction } from "../../commitments/actions";

type Messages = Dictionary["commitments"]["evidence"];
type Outcome = { kind: "done"; message: string } | { kind: "error"; message: string } | null;

/** Adds a link (title + https address) to a commitment. */
export function AddLinkForm({ citySlug, commitmentId, messages, saving }: { citySlug: string; commitmentId: string; messages: Messages; saving: string }) {
  const form = useForm<TEvidenceLink>({ resolver: zodResolver(ZEvidenceLink), defaultValues: { commitmentId, title: "", url: "" } });
  const { errors, isSubmitting } = form.formState;
  const [outcome, setOutcome] = useState<Outcome>(null);
  const err = (msg?: string) => issueText(msg, messages.validation);

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const result = await addEvidenceLinkAction(citySlug, values);
    if (result.ok) {
      form.reset({ commitmentId, title: "", url: "" });
      setOutcome({ kind: "done", message: messages.linkAdded });
      return;
    }
    applyFieldErrors(result.error.fieldErrors, form.setError, ["title", "url"]);
    setOutcome({ kind: "error", message: result.error.message });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-link-heading" className="space-y-3 rounded-md border border-slate-300 p-4">
      <h3 id="add-link-heading" className="font-semibold">
        {messages.addLinkHeading}
      </h3>
      {outcome?.kind === "error" ? <Alert tone="error">{outcome.message}</Alert> : null}
      <Field id="link-title" label={messages.title} hint={messages.titleHint} error={err(errors.title?.message)}>
        <input
          id="link-title"
          type="text"
          className={inputClasses}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy("link-title", { hint: true, error: !!errors.title })}
          {...form.register("title")}
        />
      </Field>
      <Field id="link-url" label={messages.url} hint={messages.urlHint} error={err(errors.url?.message)}>
        <input
          id="link-url"
          type="url"
          inputMode="url"
          className={inputClasses}
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={describedBy("link-url", { hint: true, error: !!errors.url })}
          {...form.register("url")}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="secondary" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? saving : messages.addLink}
        </Button>
        <div role="status" className="min-h-6">
          {outcome?.kind === "done" ? <span className="font-medium text-green-800">{outcome.message}</span> : null}
        </div>
      </div>
    </form>
  );
}

/** Uploads a file; size and type are checked here first and again, with the content, on the server. */
export function UploadFileForm({
  citySlug,
  commitmentId,
  messages,
  typeList,
}: {
  citySlug: string;
  commitmentId: string;
  messages: Messages;
  typeList: string;
}) {
  const form = useForm<TEvidenceFile>({ resolver: zodResolver(ZEvidenceFile), defaultValues: { commitmentId, title: "" } });
  const { errors, isSubmitting } = form.formState;
  const [outcome, setOutcome] = useState<Outcome>(null);
  // A file input cannot be cleared through its value; a new key gives a fresh, empty one.
  const [fileKey, setFileKey] = useState(0);
  const err = (msg?: string) => issueText(msg, messages.validation);

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const data = new FormData();
    data.set("commitmentId", values.commitmentId);
    data.set("title", values.title);
    data.set("file", values.file);
    try {
      const result = await uploadEvidenceAction(citySlug, data);
      if (result.ok) {
        form.reset({ commitmentId, title: "" });
        setFileKey((k) => k + 1);
        setOutcome({ kind: "done", message: messages.fileAdded });
        return;
      }
      applyFieldErrors(result.error.fieldErrors, form.setError, ["title", "file"]);
      setOutcome({ kind: "error", message: result.error.message });
    } catch {
      // The request itself failed (a body over the server's limit never reaches the action).
      setOutcome({ kind: "error", message: messages.uploadFailed });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="upload-heading" className="space-y-3 rounded-md border border-slate-300 p-4">
      <h3 id="upload-heading" className="font-semibold">
        {messages.addFileHeading}
      </h3>
      {outcome?.kind === "error" ? <Alert tone="error">{outcome.message}</Alert> : null}
      <Field id="file-title" label={messages.title} hint={messages.titleHint} error={err(errors.title?.message)}>
        <input
          id="file-title"
          type="text"
          className={inputClasses}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy("file-title", { hint: true, error: !!errors.title })}
          {...form.register("title")}
        />
      </Field>
      <Controller
        control={form.control}
        name="file"
        render={({ field }) => (
          <Field id="file-input" label={messages.fileLabel} hint={fill(messages.fileRules, { types: typeList })} error={err(errors.file?.message)}>
            <input
              key={fileKey}
              id="file-input"
              type="file"
              accept={ACCEPT_ATTRIBUTE}
              className="block w-full text-sm text-slate-900 file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold"
              aria-invalid={errors.file ? true : undefined}
              aria-describedby={describedBy("file-input", { hint: true, error: !!errors.file })}
              name={field.name}
              onBlur={field.onBlur}
              ref={field.ref}
              onChange={(e) => field.onChange(e.target.files?.[0])}
            />
          </Field>
        )}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="secondary" disabled={isSubmitting} aria-busy={isSubmitting}>
          {isSubmitting ? messages.uploading : messages.upload}
        </Button>
        <div role="status" className="min-h-6">
          {outcome?.kind === "done" ? <span className="font-medium text-green-800">{outcome.message}</span> : null}
        </div>
      </div>
    </form>
  );
}
