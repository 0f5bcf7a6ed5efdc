"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fill } from "@/lib/kernel/i18n/fill";
import { inputClasses } from "@/components/ui/field";
import type { Dictionary } from "@/lib/features/dictionary";
import { publishCityAction } from "./actions";

type M = Dictionary["publicSite"]["publishing"];

/**
 * "Publish now": a confirmation dialog (native <dialog>: focus trapped, Escape closes, focus
 * returns to the trigger) that says what residents will see, with an optional note for the record.
 */
export function PublishPanel({
  citySlug,
  cityName,
  preview,
  contradictions,
  messages,
  cancel,
  locale,
}: {
  citySlug: string;
  cityName: string;
  preview: { commitments: number; updates: number; publicNotes: number };
  /** Public commitments whose status their progress contradicts, each with its sentence. */
  contradictions: { id: string; href: string; title: string; text: string }[];
  messages: M;
  cancel: string;
  locale: string;
}) {
  const m = messages.preview;
  const ref = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState("");
  const [keep, setKeep] = useState(false);
  const keepId = useId();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const descId = useId();
  const noteId = useId();
  const counts = { commitments: preview.commitments, updates: preview.updates, notes: preview.publicNotes };

  async function publish() {
    setPending(true);
    setError(null);
    setDone(null);
    try {
      const result = await publishCityAction(citySlug, { note, keepContradictions: keep });
      if (result.ok) {
        const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(new Date(result.data.publishedAt));
        setDone(fill(m.done, { date, commitments: result.data.commitments, updates: result.data.updates }));
        setNote("");
        ref.current?.close();
      } else {
        setError(result.error.fieldErrors?.keepContradictions ? messages.validation.contradictions : result.error.message);
        ref.current?.close();
      }
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="publish-heading" className="space-y-4 rounded-lg border border-slate-300 p-4">
      <h2 id="publish-heading" className="text-xl font-semibold">
        {m.heading}
      </h2>
      <p>{fill(m.text, counts)}</p>
      {preview.commitments === 0 ? <Alert tone="warning">{m.none}</Alert> : null}
      {contradictions.length ? (
        <div role="group" aria-labelledby={`${keepId}-heading`} className="space-y-2 rounded-md border-2 border-amber-700 bg-amber-50 p-4">
          <h3 id={`${keepId}-heading`} className="font-semibold">
            {m.contradictions.heading}
          </h3>
          <p>{m.contradictions.intro}</p>
          <ul className="list-disc space-y-1 pl-6">
            {contradictions.map((c) => (
              <li key={c.id}>
                <Link href={c.href}>{c.title}</Link>: {c.text}
              </li>
            ))}
          </ul>
          <div className="flex items-start gap-2">
            <input id={keepId} type="checkbox" className="mt-1 h-4 w-4" checked={keep} onChange={(e) => setKeep(e.target.checked)} />
            <label htmlFor={keepId} className="font-semibold">
              {m.contradictions.confirm}
            </label>
          </div>
        </div>
      ) : null}
      <div role="status">{done ? <Alert tone="success" announce={false}>{done}</Alert> : null}</div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button onClick={() => ref.current?.showModal()}>{m.button}</Button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="m-auto max-w-md rounded-lg border border-slate-300 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {fill(m.dialogTitle, { city: cityName })}
        </h2>
        <p id={descId} className="mt-2 text-slate-800">
          {fill(m.dialogText, counts)}
        </p>
        <div className="mt-4 space-y-1">
          <label htmlFor={noteId} className="block text-sm font-semibold">
            {m.noteLabel}
          </label>
          <p id={`${noteId}-hint`} className="text-sm text-slate-700">
            {m.noteHint}
          </p>
          <textarea
            id={noteId}
            rows={3}
            maxLength={500}
            className={inputClasses}
            aria-describedby={`${noteId}-hint`}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          <Button variant="secondary" autoFocus onClick={() => ref.current?.close()} disabled={pending}>
            {cancel}
          </Button>
          <Button onClick={publish} disabled={pending} aria-busy={pending}>
            {pending ? m.publishing : m.confirm}
          </Button>
        </div>
      </dialog>
    </section>
  );
}
