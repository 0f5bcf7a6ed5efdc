"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { fill } from "@/lib/kernel/i18n/fill";
import type { Dictionary } from "@/lib/features/dictionary";
import { deleteEvidenceAction } from "../../commitments/actions";

/** One piece of evidence, with its texts already formatted in the page's language. */
export interface EvidenceRow {
  id: string;
  kind: "link" | "file";
  title: string;
  /** The link's address, or the file's download URL. */
  href: string;
  /** "report.pdf, 1.2 MB" or the link's address. */
  detail: string;
  added: string;
}

/**
 * The evidence list; editors get a delete button per item (after confirmation). Outcomes are
 * announced in one status region above the list, which stays when an item goes.
 */
export function EvidenceList({
  citySlug,
  rows,
  canEdit,
  messages,
  cancel,
}: {
  citySlug: string;
  rows: EvidenceRow[];
  canEdit: boolean;
  messages: Dictionary["commitments"]["evidence"];
  cancel: string;
}) {
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLParagraphElement>(null);

  async function remove(row: EvidenceRow) {
    setStatus(null);
    setError(null);
    const result = await deleteEvidenceAction(citySlug, { id: row.id });
    if (result.ok) {
      setStatus(fill(messages.deleted, { title: row.title }));
      // The item and its button are gone: keep keyboard focus somewhere sensible.
      headingRef.current?.focus();
    } else setError(result.error.message);
  }

  return (
    <div className="space-y-3">
      <div role="status">
        {status ? (
          <Alert tone="success" announce={false}>
            {status}
          </Alert>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p ref={headingRef} tabIndex={-1} className="sr-only">
        {messages.listCaption}
      </p>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-slate-50 p-4 text-slate-800">{canEdit ? messages.emptyEditor : messages.empty}</p>
      ) : (
        <ul aria-label={messages.listCaption} className="space-y-2">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-slate-300 bg-white p-3">
              <div className="min-w-0">
                <p className="text-xs font-semibold tracking-wide text-slate-700 uppercase">{row.kind === "link" ? messages.link : messages.file}</p>
                {row.kind === "link" ? (
                  <a href={row.href} rel="noopener noreferrer" className="font-semibold break-words">
                    {row.title} <span className="sr-only">{messages.opensOutside}</span>
                  </a>
                ) : (
                  <a href={row.href} download aria-label={fill(messages.download, { title: row.title })} className="font-semibold break-words">
                    {row.title}
                  </a>
                )}
                <p className="text-sm break-all text-slate-700">{row.detail}</p>
                <p className="text-sm text-slate-700">{row.added}</p>
              </div>
              {canEdit ? (
                <ConfirmDialog
                  triggerLabel={messages.delete}
                  triggerAccessibleLabel={fill(messages.deleteLabel, { title: row.title })}
                  title={fill(messages.deleteTitle, { title: row.title })}
                  description={<p>{row.kind === "file" ? messages.deleteFileText : messages.deleteLinkText}</p>}
                  confirmLabel={messages.deleteConfirm}
                  cancelLabel={cancel}
                  onConfirm={() => remove(row)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
