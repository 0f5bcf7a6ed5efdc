"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * next-auth/react's signIn() first asks /api/auth/providers, which lists no city providers (they
 * are built per request for the one path that names them); so this does what signIn() does after
 * that: a CSRF token, then a POST to the provider's sign-in route, which answers with the
 * provider's authorization URL.
 */
async function goToProvider(providerId: string, callbackUrl: string): Promise<boolean> {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await fetch(`/api/auth/signin/oidc-${providerId}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
    });
    const { url } = (await res.json()) as { url?: string };
    if (!url) return false;
    window.location.assign(url);
    return true;
  } catch {
    return false;
  }
}

/**
 * Sends the person to one of the city's identity providers; Charta decides on their return
 * (lib/kernel/auth/identity/resolve-oidc-sign-in.ts). `prepare` runs first when the trip has a purpose
 * (accepting an invitation, connecting an account): a Server Action that sets the sealed intent
 * cookie. It returns false (and shows its own message) when the trip should not start.
 */
export function ProviderButton({
  providerId,
  label,
  pendingLabel,
  callbackUrl,
  prepare,
  variant = "secondary",
  failedLabel,
}: {
  providerId: string;
  label: string;
  pendingLabel: string;
  callbackUrl: string;
  prepare?: () => Promise<boolean>;
  variant?: "primary" | "secondary";
  failedLabel: string;
}) {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <Button
        variant={variant}
        className="w-full"
        disabled={pending}
        aria-busy={pending}
        onClick={async () => {
          setPending(true);
          setFailed(false);
          if (prepare && !(await prepare())) {
            setPending(false);
            return;
          }
          if (!(await goToProvider(providerId, callbackUrl))) {
            setPending(false);
            setFailed(true);
          }
        }}
      >
        {pending ? pendingLabel : label}
      </Button>
      {failed ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {failedLabel}
        </p>
      ) : null}
    </>
  );
}
