"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { uploadSpreadsheet } from "./actions";

/** Picks a file and sends it for checking; the preview page shows what it would change. */
export function UploadForm({
  citySlug,
  labels,
}: {
  citySlug: string;
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
      const result = await uploadSpreadsheet(citySlug, data);
      if (result.ok) {
        router.push(`/${citySlug}/workspace/framework/spreadsheet/import/${result.data.importId}`);
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
      <Field id="spreadsheet-file" label={labels.file} hint={labels.hint}>
        <input
          id="spreadsheet-file"
          name="file"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={inputClasses}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("spreadsheet-file", { hint: true })}
        />
      </Field>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
