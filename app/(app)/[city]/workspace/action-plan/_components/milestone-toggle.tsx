"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { completeMilestoneAction } from "../actions";

/** Completes a milestone today, or reopens it. */
export function MilestoneToggle({
  citySlug,
  id,
  version,
  done,
  labels,
}: {
  citySlug: string;
  id: string;
  version: number;
  done: boolean;
  labels: { short: string; full: string };
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function toggle() {
    setPending(true);
    setError(null);
    // The person's own calendar day, as they see it.
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    const result = await completeMilestoneAction(citySlug, { id, version, completedOn: done ? "" : today });
    setPending(false);
    if (!result.ok) setError(result.error.message);
    else router.refresh();
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <Button variant="secondary" aria-label={labels.full} onClick={toggle} disabled={pending} aria-busy={pending}>
        {labels.short}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </span>
  );
}
