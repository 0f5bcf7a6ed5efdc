"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { fill } from "@/lib/kernel/i18n/fill";
import type { Dictionary } from "@/lib/features/dictionary";
import { restoreVersionAction } from "../actions";

/** Restore an earlier version as a new one, after asking. */
export function RestoreButton({
  citySlug,
  declarationId,
  number,
  current,
  messages,
}: {
  citySlug: string;
  declarationId: string;
  number: number;
  current: number;
  messages: Dictionary["declaration"];
}) {
  const m = messages.versions;
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <ConfirmDialog
        triggerLabel={m.restore}
        triggerAccessibleLabel={fill(m.restoreNamed, { number })}
        title={fill(m.restoreTitle, { number })}
        description={fill(m.restoreText, { next: current + 1 })}
        confirmLabel={m.restore}
        cancelLabel={messages.editor.cancel}
        onConfirm={async () => {
          const result = await restoreVersionAction(citySlug, { declarationId, number, baseVersion: current });
          if (result.ok) router.refresh();
          else setError(result.error.message);
        }}
      />
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
