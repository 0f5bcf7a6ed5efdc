"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { setPlanPublicAction } from "./actions";

export interface PublicPlanRow {
  id: string;
  title: string;
  statusLabel: string;
  publishable: boolean;
  isPublic: boolean;
}

/**
 * Every action plan with its "public" mark, saved at once; it takes effect at the next
 * publication, and only for adopted or closed plans (a marked draft waits until it is adopted).
 */
export function PublicPlans({
  citySlug,
  rows,
  canEdit,
  labels,
}: {
  citySlug: string;
  rows: PublicPlanRow[];
  canEdit: boolean;
  labels: { heading: string; intro: string; empty: string; mark: string; draftNote: string; saved: string; yes: string; no: string };
}) {
  const [marks, setMarks] = useState<Record<string, boolean>>(() => Object.fromEntries(rows.map((r) => [r.id, r.isPublic])));
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function toggle(row: PublicPlanRow, isPublic: boolean) {
    setError(null);
    setStatus(null);
    setMarks((prev) => ({ ...prev, [row.id]: isPublic }));
    const result = await setPlanPublicAction(citySlug, { id: row.id, isPublic });
    if (result.ok) setStatus(labels.saved);
    else {
      setMarks((prev) => ({ ...prev, [row.id]: !isPublic }));
      setError(result.error.message);
    }
  }

  return (
    <section aria-labelledby="public-plans-heading" className="space-y-3">
      <h2 id="public-plans-heading" className="text-xl font-semibold">
        {labels.heading}
      </h2>
      <p>{labels.intro}</p>
      <div aria-live="polite">{status ? <p className="text-green-900">{status}</p> : null}</div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {rows.length === 0 ? (
        <p className="rounded-md bg-slate-100 p-3 text-slate-800">{labels.empty}</p>
      ) : (
        <ul className="space-y-2">
          {rows.map((row) => (
            <li key={row.id}>
              {canEdit ? (
                <label className="inline-flex items-center gap-2">
                  <input type="checkbox" className="h-5 w-5" checked={marks[row.id] ?? false} onChange={(e) => toggle(row, e.target.checked)} />
                  <span>
                    {row.title} ({row.statusLabel}) — {labels.mark}
                  </span>
                </label>
              ) : (
                <span>
                  {row.title} ({row.statusLabel}): {marks[row.id] ? labels.yes : labels.no}
                </span>
              )}
              {!row.publishable && marks[row.id] ? <p className="ml-7 text-sm text-slate-700">{labels.draftNote}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
