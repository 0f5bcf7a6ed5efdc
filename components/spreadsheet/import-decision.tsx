"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionResult } from "@/lib/kernel/action-chain/result";

export interface ImportDecisionLabels {
  apply: string;
  applying: string;
  discard: string;
  discardTitle: string;
  discardText: string;
  cancel: string;
}

/**
 * Apply (all or nothing) or discard a previewed upload, for every kind of CSV import. After either,
 * the user goes back to `back` with `?applied=<n>` or `?discarded=1` for that page's message.
 */
export function ImportDecision({
  back,
  applicable,
  labels,
  apply,
  discard,
}: {
  back: string;
  applicable: boolean;
  labels: ImportDecisionLabels;
  apply: () => Promise<ActionResult<{ applied: number }>>;
  discard: () => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onApply() {
    setPending(true);
    setError(null);
    try {
      const result = await apply();
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

  async function onDiscard() {
    const result = await discard();
    if (result.ok) router.push(`${back}?discarded=1`);
    else setError(result.error.message);
  }

  return (
    <div className="mt-8 space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        {applicable ? (
          <Button onClick={onApply} disabled={pending} aria-busy={pending}>
            {pending ? labels.applying : labels.apply}
          </Button>
        ) : null}
        <ConfirmDialog
          triggerLabel={labels.discard}
          title={labels.discardTitle}
          description={labels.discardText}
          confirmLabel={labels.discard}
          cancelLabel={labels.cancel}
          onConfirm={onDiscard}
        />
      </div>
    </div>
  );
}
