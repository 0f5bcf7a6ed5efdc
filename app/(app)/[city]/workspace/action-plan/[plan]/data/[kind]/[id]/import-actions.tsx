"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { PlanImportKind } from "@/lib/plan-data/import-types";
import { applyPlanDataImport, discardPlanDataImport } from "../../actions";

/** Apply (all or nothing) or discard a previewed plan-data upload. */
export function PlanImportActions({
  citySlug,
  planId,
  kind,
  importId,
  applicable,
  labels,
}: {
  citySlug: string;
  planId: string;
  kind: PlanImportKind;
  importId: string;
  applicable: boolean;
  labels: { apply: string; applying: string; discard: string; discardTitle: string; discardText: string; cancel: string };
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const back = `/${citySlug}/workspace/action-plan/${planId}/data`;
  const ref = { planId, kind, importId };

  async function apply() {
    setPending(true);
    setError(null);
    try {
      const result = await applyPlanDataImport(citySlug, ref);
      if (result.ok) {
        router.push(`${back}?applied=${result.data.applied}`);
        return;
      }
      setError(result.error.message);
      // Check again against what is stored now: rows changed by someone else are marked.
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  async function discard() {
    const result = await discardPlanDataImport(citySlug, ref);
    if (result.ok) router.push(`${back}?discarded=1`);
    else setError(result.error.message);
  }

  return (
    <div className="mt-8 space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        {applicable ? (
          <Button onClick={apply} disabled={pending} aria-busy={pending}>
            {pending ? labels.applying : labels.apply}
          </Button>
        ) : null}
        <ConfirmDialog
          triggerLabel={labels.discard}
          title={labels.discardTitle}
          description={labels.discardText}
          confirmLabel={labels.discard}
          cancelLabel={labels.cancel}
          onConfirm={discard}
        />
      </div>
    </div>
  );
}
