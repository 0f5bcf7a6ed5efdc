"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { fill } from "@/lib/kernel/i18n/fill";
import type { Dictionary } from "@/lib/features/dictionary";
import type { RestoreOrphan } from "@/lib/features/declaration/restore-version";
import { restoreVersionAction } from "../actions";

function orphansOf(current: unknown): RestoreOrphan[] | null {
  const list = (current as { orphans?: unknown } | undefined)?.orphans;
  return Array.isArray(list) ? (list as RestoreOrphan[]) : null;
}

/**
 * Restore an earlier version as a new one, after asking. Comments keep their passages where the
 * restored text has them word for word; when some would lose theirs, the server answers with the
 * list and the dialog shows it, so the person confirms knowing which comments are affected.
 */
export function RestoreButton({
  citySlug,
  declarationId,
  number,
  current,
  messages,
  textLang,
}: {
  citySlug: string;
  declarationId: string;
  number: number;
  current: number;
  messages: Dictionary["declaration"];
  /** The declaration's language, for the quoted passages. */
  textLang?: string;
}) {
  const m = messages.versions;
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [orphans, setOrphans] = useState<RestoreOrphan[] | null>(null);
  return (
    <div>
      <ConfirmDialog
        triggerLabel={m.restore}
        triggerAccessibleLabel={fill(m.restoreNamed, { number })}
        title={fill(m.restoreTitle, { number })}
        description={
          <>
            <span className="block">{fill(m.restoreText, { next: current + 1 })}</span>
            <span className="mt-2 block">{m.restoreKeeps}</span>
            {orphans ? (
              <span role="alert" className="mt-3 block rounded-md border border-amber-700 bg-amber-50 p-3">
                <span className="block font-semibold">{fill(m.restoreOrphans, { number })}</span>
                <span className="mt-2 block space-y-1">
                  {orphans.map((o) => (
                    <span key={o.anchorId} className="block">
                      {o.articleLabel ? <span className="font-semibold">{o.articleLabel}: </span> : null}
                      <q lang={textLang}>{o.quote}</q>
                    </span>
                  ))}
                </span>
              </span>
            ) : null}
          </>
        }
        confirmLabel={orphans ? m.restoreAnyway : m.restore}
        cancelLabel={messages.editor.cancel}
        onConfirm={async () => {
          setError(null);
          const result = await restoreVersionAction(citySlug, {
            declarationId,
            number,
            baseVersion: current,
            orphansAccepted: (orphans ?? []).map((o) => o.anchorId),
          });
          if (result.ok) {
            setOrphans(null);
            router.refresh();
            return;
          }
          const listed = result.error.code === "conflict" ? orphansOf(result.error.current) : null;
          if (listed) {
            // Shown in the open dialog; confirming again restores with exactly these accepted.
            setOrphans(listed);
            return false;
          }
          setError(result.error.message);
        }}
      />
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
