"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Dictionary } from "@/lib/features/dictionary";

type Result = { ok: true; data: { files: { result: string }[] } } | { ok: false; error: { message: string } };
export type ProduceFiles = (citySlug: string, input: { id: string }) => Promise<Result>;

/** "Make the missing files": the page then shows what is stored (and what still is not). */
export function ProduceFilesButton({
  citySlug,
  id,
  produce,
  messages: m,
}: {
  citySlug: string;
  id: string;
  produce: ProduceFiles;
  messages: Dictionary["documents"];
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setPending(true);
    setError(null);
    const result = await produce(citySlug, { id });
    setPending(false);
    if (!result.ok) setError(result.error.message);
    router.refresh();
  }
  return (
    <div className="space-y-2">
      <Button type="button" variant="secondary" disabled={pending} onClick={() => void run()}>
        {pending ? m.stored.producing : m.stored.produce}
      </Button>
      <div aria-live="polite">
        {error ? (
          <Alert tone="error" announce={false}>
            {error}
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
