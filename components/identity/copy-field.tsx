"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";

/** A value to paste elsewhere (the redirect URI): selectable text plus a copy button that says it copied. */
export function CopyField({ label, value, copyLabel, copiedLabel }: { label: string; value: string; copyLabel: string; copiedLabel: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-1">
      <p id={id} className="text-sm font-semibold text-slate-900">
        {label}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code aria-labelledby={id} className="rounded bg-slate-100 px-2 py-1 text-sm break-all text-slate-900">
          {value}
        </code>
        <Button
          variant="secondary"
          aria-label={`${copyLabel}: ${label}`}
          onClick={async () => {
            await navigator.clipboard.writeText(value).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copyLabel}
        </Button>
        <span role="status" className="text-sm text-green-900">
          {copied ? copiedLabel : ""}
        </span>
      </div>
    </div>
  );
}
