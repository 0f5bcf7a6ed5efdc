"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { CityStatusValue } from "@/lib/features/cities/schema";
import { changeCityStatusAction } from "../../actions";
import { fill, type AdminMessages } from "../../messages";

/** Suspend (after a confirmation dialog) or reactivate a city. */
export function StatusControl({
  slug,
  name,
  status,
  messages,
  cancelLabel,
}: {
  slug: string;
  name: string;
  status: CityStatusValue;
  messages: AdminMessages;
  cancelLabel: string;
}) {
  const m = messages.statusControl;
  const [pending, startTransition] = useTransition();
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function change(next: CityStatusValue) {
    setError(null);
    setDone(null);
    const result = await changeCityStatusAction({ slug, status: next });
    if (result.ok) setDone(fill(next === "suspended" ? m.suspended : m.reactivated, { name }));
    else setError(result.error.message);
  }

  return (
    <div className="space-y-3">
      <p>{status === "active" ? m.currentActive : m.currentSuspended}</p>
      {status === "active" ? (
        <ConfirmDialog
          triggerLabel={m.suspend}
          triggerVariant="danger"
          title={fill(m.confirmTitle, { name })}
          description={<p>{m.confirmText}</p>}
          confirmLabel={m.confirmSuspend}
          cancelLabel={cancelLabel}
          onConfirm={() => change("suspended")}
        />
      ) : (
        <Button onClick={() => startTransition(() => change("active"))} disabled={pending} aria-busy={pending}>
          {pending ? m.working : m.reactivate}
        </Button>
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div role="status">
        {done ? (
          <Alert tone="success" announce={false}>
            {done}
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
