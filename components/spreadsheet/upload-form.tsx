"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import type { ActionResult } from "@/lib/kernel/action-chain/result";

/**
 * Picks a file and sends it for checking with `upload` (a Server Action taking the city and the
 * form data); the preview page `${previewBase}/<import id>` shows what it would change. `fields`
 * go along as hidden inputs (e.g. which plan and which kind of sheet).
 */
export function UploadForm({
  citySlug,
  upload,
  previewBase,
  id = "spreadsheet-file",
  fields = {},
  labels,
}: {
  citySlug: string;
  upload: (city: string, data: FormData) => Promise<ActionResult<{ importId: string }>>;
  previewBase: string;
  id?: string;
  fields?: Record<string, string>;
  labels: { file: string; hint: string; submit: string; submitting: string; noFile: string };
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError(labels.noFile);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await upload(citySlug, data);
      if (result.ok) {
        router.push(`${previewBase}/${result.data.importId}`);
        return;
      }
      setError(result.error.message);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field id={id} label={labels.file} hint={labels.hint}>
        <input
          id={id}
          name="file"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={inputClasses}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint: true })}
        />
      </Field>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
