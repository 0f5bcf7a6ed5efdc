"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Dictionary } from "@/lib/features/dictionary";
import { publishSummaryAction } from "../actions";
import { actionError } from "./action-error";

export function PublishSummaryForm({
  citySlug,
  declarationId,
  version,
  published,
  m,
}: {
  citySlug: string;
  declarationId: string;
  version: number;
  published: boolean;
  m: Dictionary["consultation"];
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-sm text-slate-700">{m.summary.publishHint}</p>
      <Button
        variant={published ? "secondary" : "primary"}
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const r = await publishSummaryAction(citySlug, { declarationId, version, published: !published });
          setPending(false);
          if (!r.ok) return setError(actionError(r, m));
          router.refresh();
        }}
      >
        {published ? m.summary.unpublish : m.summary.publish}
      </Button>
    </div>
  );
}
