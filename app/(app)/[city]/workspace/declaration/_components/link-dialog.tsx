"use client";

import { useId, useState, type FormEvent, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { safeHref } from "@/lib/features/declaration/document-schema";
import type { Dictionary } from "@/lib/features/dictionary";

/** Asks for a link target; only web and mail addresses are accepted (the server checks again). */
export function LinkDialog({
  dialogRef,
  initial,
  messages,
  onApply,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  initial: string;
  messages: Dictionary["declaration"]["editor"];
  onApply: (href: string) => void;
}) {
  const m = messages;
  const titleId = useId();
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const href = safeHref(String(new FormData(e.currentTarget).get("href") ?? "").trim());
    if (!href) {
      setError(m.linkInvalid);
      return;
    }
    setError(null);
    dialogRef.current?.close();
    onApply(href);
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      className="m-auto w-full max-w-lg rounded-lg border border-slate-300 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <form onSubmit={submit} noValidate className="space-y-4" key={initial}>
        <h2 id={titleId} className="text-lg font-semibold">
          {m.linkDialogTitle}
        </h2>
        <Field id={inputId} label={m.linkUrl} error={error}>
          <input
            id={inputId}
            name="href"
            type="url"
            defaultValue={initial}
            className={inputClasses}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(inputId, { error: !!error })}
          />
        </Field>
        <div className="flex justify-end gap-3">
          <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
            {m.cancel}
          </Button>
          <Button type="submit">{m.linkApply}</Button>
        </div>
      </form>
    </dialog>
  );
}
