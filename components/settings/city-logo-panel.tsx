"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/auth/apply-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { describedBy, Field } from "@/components/ui/field";
import { fill } from "@/lib/kernel/i18n/fill";
import { issueText } from "@/components/ui/issue-text";
import type { ActionResult } from "@/lib/kernel/action-chain/result";
import { ZLogoFile, type TLogoFile } from "@/lib/features/city-settings/logo/schema";
import type { Dictionary } from "@/lib/features/dictionary";
import { formatDate, formatNumber } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";

/** What the panel shows of a logo (lib/features/city-settings/logo/set-city-logo.ts: CityLogoView). */
export interface LogoItem {
  sha256: string;
  url: string;
  mimeType: string;
  size: number;
  uploadedAt: Date | string;
}

type Notice = { tone: "success" | "error"; text: string } | null;

/**
 * The city's logo for its city admin (settings) and the platform admin (/admin/cities/<slug>):
 * the current one, a form to upload or replace it, and removal after a question. Both pages pass
 * their own Server Actions; `extra` is added to every call (the platform admin's actions are told
 * the city by its slug).
 */
export function CityLogoPanel({
  initial,
  cityName,
  canEdit,
  locale,
  messages,
  cancelLabel,
  actions,
  extra = {},
  preview = true,
}: {
  initial: LogoItem | null;
  cityName: string;
  canEdit: boolean;
  locale: Locale;
  messages: Dictionary["settings"]["logo"];
  cancelLabel: string;
  actions: {
    upload: (data: FormData) => Promise<ActionResult<LogoItem>>;
    remove: (input: Record<string, unknown>) => Promise<ActionResult<{ removed: boolean }>>;
  };
  extra?: Record<string, string>;
  /** False for a suspended city: its logo is not served (lib/features/city-settings/logo/logo-response.ts), so only its details show. */
  preview?: boolean;
}) {
  const [logo, setLogo] = useState(initial);
  const [notice, setNotice] = useState<Notice>(null);
  // A file input cannot be cleared through its value; a new key gives a fresh, empty one.
  const [fileKey, setFileKey] = useState(0);
  const form = useForm<TLogoFile>({ resolver: zodResolver(ZLogoFile) });
  const { errors, isSubmitting } = form.formState;
  const err = (msg?: string) => issueText(msg, messages.validation);

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    const data = new FormData();
    for (const [k, v] of Object.entries(extra)) data.set(k, v);
    data.set("file", values.file);
    try {
      const result = await actions.upload(data);
      if (result.ok) {
        setLogo(result.data);
        form.reset();
        setFileKey((k) => k + 1);
        setNotice({ tone: "success", text: messages.uploaded });
        return;
      }
      applyFieldErrors(result.error.fieldErrors, form.setError, ["file"]);
      setNotice({ tone: "error", text: result.error.message });
    } catch {
      // The request itself failed (a body over the server's limit never reaches the action).
      setNotice({ tone: "error", text: messages.uploadFailed });
    }
  });

  async function remove(current: LogoItem) {
    setNotice(null);
    const result = await actions.remove({ ...extra, sha256: current.sha256 });
    if (result.ok) {
      setLogo(null);
      setNotice({ tone: "success", text: messages.removed });
    } else {
      // A conflict carries the logo there is now: show that one.
      if (result.error.code === "conflict" && result.error.current) setLogo(result.error.current as LogoItem);
      setNotice({ tone: "error", text: result.error.message });
    }
  }

  return (
    <div className="max-w-2xl space-y-4">
      <div role="status">
        {notice?.tone === "success" ? (
          <Alert tone="success" announce={false}>
            {notice.text}
          </Alert>
        ) : null}
      </div>
      {notice?.tone === "error" ? <Alert tone="error">{notice.text}</Alert> : null}
      {logo ? (
        <figure className="space-y-2">
          {preview ? (
            // eslint-disable-next-line @next/next/no-img-element -- served by Charta with a year's caching; next/image would copy it into its own cache on disk.
            <img
              src={logo.url}
              alt={fill(messages.previewAlt, { city: cityName })}
              className="max-h-24 w-auto max-w-64 rounded border border-slate-300 bg-white object-contain p-2"
            />
          ) : null}
          <figcaption className="text-sm text-slate-700">
            {fill(messages.details, {
              type: logo.mimeType === "image/png" ? "PNG" : "JPEG",
              size: formatNumber(locale, logo.size / 1024, { maximumFractionDigits: 1 }),
              date: formatDate(locale, logo.uploadedAt, "long"),
            })}
          </figcaption>
        </figure>
      ) : (
        <EmptyState>{messages.none}</EmptyState>
      )}
      {canEdit ? (
        <form onSubmit={onSubmit} noValidate className="space-y-3">
          <Controller
            control={form.control}
            name="file"
            render={({ field }) => (
              <Field id="city-logo-file" label={messages.file} hint={messages.fileHint} error={err(errors.file?.message)}>
                <input
                  key={fileKey}
                  id="city-logo-file"
                  type="file"
                  // A hint to the file picker; the server decides by the bytes.
                  accept="image/png,image/jpeg"
                  className="block w-full text-sm text-slate-900 file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold"
                  aria-invalid={errors.file ? true : undefined}
                  aria-describedby={describedBy("city-logo-file", { hint: true, error: !!errors.file })}
                  name={field.name}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  onChange={(e) => field.onChange(e.target.files?.[0])}
                />
              </Field>
            )}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting}>
              {isSubmitting ? messages.uploading : logo ? messages.replace : messages.upload}
            </Button>
            {logo ? (
              <ConfirmDialog
                triggerLabel={messages.remove}
                title={messages.removeTitle}
                description={messages.removeText}
                confirmLabel={messages.remove}
                cancelLabel={cancelLabel}
                onConfirm={() => remove(logo)}
              />
            ) : null}
          </div>
        </form>
      ) : (
        <p className="rounded-md bg-slate-100 p-3 text-slate-800">{messages.readOnly}</p>
      )}
    </div>
  );
}
