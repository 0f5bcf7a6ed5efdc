"use client";

import { useState } from "react";
import { ProviderButton } from "@/components/auth/provider-button";
import { fillText, type Texts } from "@/components/auth/texts";
import { Alert } from "@/components/ui/alert";
import { prepareInvitationSignInAction } from "./actions";

/**
 * "Accept with <city provider>": the Server Action first checks the invitation and sets the sealed
 * intent cookie, so that the provider's answer may bind this person's (issuer, subject) to the
 * invited address (lib/kernel/auth/identity/resolve-oidc-sign-in.ts).
 */
export function ProviderAccept({
  token,
  citySlug,
  providers,
  texts,
}: {
  token: string;
  citySlug: string;
  providers: { id: string; displayName: string }[];
  texts: Texts;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ul className="space-y-3">
        {providers.map((p) => (
          <li key={p.id}>
            <ProviderButton
              providerId={p.id}
              variant="primary"
              label={fillText(texts["auth.invite.withProvider"], { name: p.displayName })}
              pendingLabel={texts["auth.invite.accepting"]!}
              failedLabel={texts["auth.errors.providerUnreachable"]!}
              callbackUrl={`/${citySlug}/workspace`}
              prepare={async () => {
                setError(null);
                const r = await prepareInvitationSignInAction({ token, providerId: p.id });
                if (!r.ok) setError(r.error.message);
                return r.ok;
              }}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
