"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { fill } from "@/lib/kernel/i18n/fill";
import type { Dictionary } from "@/lib/features/dictionary";
import { setAllCommitmentsPublicAction, setCommitmentPublicAction } from "./actions";

export interface PublicCommitmentRow {
  id: string;
  elementKey: string | null;
  layerName: string;
  title: string;
  isPublic: boolean;
}

type M = Dictionary["publicSite"]["publishing"]["commitments"];

/**
 * Every commitment with its "public" mark. Editors tick a box (saved at once) or mark all/none
 * after confirming; readers see the marks as text. Marks take effect at the next publication.
 */
export function PublicCommitments({
  citySlug,
  cityName,
  rows,
  canEdit,
  messages,
  cancel,
}: {
  citySlug: string;
  cityName: string;
  rows: PublicCommitmentRow[];
  canEdit: boolean;
  messages: M;
  cancel: string;
}) {
  const m = messages;
  const [marks, setMarks] = useState<Record<string, boolean>>(() => Object.fromEntries(rows.map((r) => [r.id, r.isPublic])));
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const captionRef = useRef<HTMLTableCaptionElement>(null);
  const count = rows.filter((r) => marks[r.id]).length;

  async function toggle(row: PublicCommitmentRow, isPublic: boolean) {
    setBusy(row.id);
    setError(null);
    setStatus(null);
    setMarks((prev) => ({ ...prev, [row.id]: isPublic }));
    const result = await setCommitmentPublicAction(citySlug, { id: row.id, isPublic });
    setBusy(null);
    if (result.ok) setStatus(fill(m.changedOne, { title: row.title, state: isPublic ? m.stateOn : m.stateOff }));
    else {
      setMarks((prev) => ({ ...prev, [row.id]: !isPublic }));
      setError(result.error.message);
    }
  }

  async function setAll(isPublic: boolean) {
    setError(null);
    setStatus(null);
    const result = await setAllCommitmentsPublicAction(citySlug, { isPublic });
    if (result.ok) {
      setMarks(Object.fromEntries(rows.map((r) => [r.id, isPublic])));
      setStatus(fill(m.changedAll, { count: result.data.changed }));
      captionRef.current?.focus();
    } else setError(result.error.message);
  }

  return (
    <section aria-labelledby="public-commitments-heading" className="space-y-4">
      <h2 id="public-commitments-heading" className="text-xl font-semibold">
        {m.heading}
      </h2>
      <p>{m.intro}</p>
      <p>{fill(m.count, { count, total: rows.length })}</p>
      <div role="status">{status ? <Alert tone="success" announce={false}>{status}</Alert> : null}</div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-slate-50 p-4 text-slate-800">{m.empty}</p>
      ) : (
        <>
          {canEdit ? (
            <div className="flex flex-wrap gap-3">
              <ConfirmDialog
                triggerLabel={m.allPublic}
                title={m.allPublicTitle}
                description={<p>{fill(m.allPublicText, { total: rows.length })}</p>}
                confirmLabel={m.confirm}
                cancelLabel={cancel}
                onConfirm={() => setAll(true)}
              />
              <ConfirmDialog
                triggerLabel={m.nonePublic}
                title={m.nonePublicTitle}
                description={<p>{m.nonePublicText}</p>}
                confirmLabel={m.confirm}
                cancelLabel={cancel}
                onConfirm={() => setAll(false)}
              />
            </div>
          ) : null}
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse text-left text-sm">
              <caption ref={captionRef} tabIndex={-1} className="mb-2 text-left text-base font-semibold">
                {fill(m.caption, { city: cityName })}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="py-2 pr-4">
                    {m.public}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {m.commitment}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {m.layer}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const title = r.elementKey ? `${r.elementKey} ${r.title}` : r.title;
                  return (
                    <tr key={r.id} className="border-b border-slate-200 align-top">
                      <td className="py-2 pr-4">
                        {canEdit ? (
                          <label className="flex items-center gap-2">
                            <input
                              type="checkbox"
                              className="h-5 w-5"
                              checked={!!marks[r.id]}
                              disabled={busy === r.id}
                              aria-label={fill(m.publicLabel, { title })}
                              onChange={(e) => toggle(r, e.target.checked)}
                            />
                            <span aria-hidden="true">{marks[r.id] ? m.yes : m.no}</span>
                          </label>
                        ) : marks[r.id] ? (
                          m.yes
                        ) : (
                          m.no
                        )}
                      </td>
                      <th scope="row" className="py-2 pr-4 font-semibold">
                        {title}
                      </th>
                      <td className="py-2 pr-4">{r.layerName}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
