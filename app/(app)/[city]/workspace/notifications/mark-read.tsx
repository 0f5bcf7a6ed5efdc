"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { markAllReadAction, markReadAction } from "./actions";

function useRun() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; error?: { message: string } }>, after?: () => void) =>
    start(async () => {
      setError(null);
      const r = await fn();
      if (!r.ok) {
        setError(r.error?.message ?? "");
        return;
      }
      after?.();
      router.refresh();
    });
  return { pending, error, run };
}

export function MarkReadButton({ citySlug, id, label, accessibleLabel }: { citySlug: string; id: string; label: string; accessibleLabel: string }) {
  const { pending, error, run } = useRun();
  return (
    <div className="text-right">
      <Button
        variant="secondary"
        aria-label={accessibleLabel}
        disabled={pending}
        aria-busy={pending}
        onClick={() => run(() => markReadAction(citySlug, { id }))}
      >
        {label}
      </Button>
      {error ? (
        <p role="alert" className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function MarkAllReadButton({ citySlug, label, done }: { citySlug: string; label: string; done: string }) {
  const { pending, error, run } = useRun();
  const [marked, setMarked] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        variant="secondary"
        disabled={pending}
        aria-busy={pending}
        onClick={() =>
          run(
            () => markAllReadAction(citySlug, {}),
            () => setMarked(true),
          )
        }
      >
        {label}
      </Button>
      <span role="status" className="text-sm font-medium text-green-800">
        {marked ? done : ""}
      </span>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
