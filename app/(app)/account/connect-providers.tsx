"use client";

import { useState } from "react";
import { ProviderButton } from "@/components/auth/provider-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { fill } from "@/lib/kernel/i18n/fill";
import type { Dictionary } from "@/lib/features/dictionary";
import type { AccountProvider } from "@/lib/kernel/auth/identity/account-providers";
import { prepareProviderLinkAction } from "./actions";

/** Each of the user's cities' providers: connected, or a button that goes to the provider to connect it. */
export function ConnectProviders({
  providers,
  messages,
  failed,
}: {
  providers: AccountProvider[];
  messages: Dictionary["identity"]["account"];
  failed: string;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ul className="space-y-3">
        {providers.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center gap-3">
            <span className="font-semibold">{p.displayName}</span>
            <span className="text-slate-700">({p.cityName})</span>
            {p.connected ? (
              <Badge tone="green">{messages.connected}</Badge>
            ) : (
              <div className="w-full sm:w-auto">
                <ProviderButton
                  providerId={p.id}
                  label={fill(messages.connect, { name: p.displayName })}
                  pendingLabel={fill(messages.connecting, { name: p.displayName })}
                  failedLabel={failed}
                  callbackUrl="/account"
                  prepare={async () => {
                    setError(null);
                    const r = await prepareProviderLinkAction({ providerId: p.id });
                    if (!r.ok) setError(r.error.message);
                    return r.ok;
                  }}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
