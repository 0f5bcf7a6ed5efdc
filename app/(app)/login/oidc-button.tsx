"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Sends the person to the city's identity provider; Charta decides on their return (lib/auth/oidc.ts). */
export function OidcButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      className="w-full"
      disabled={pending}
      aria-busy={pending}
      onClick={() => {
        setPending(true);
        void signIn("oidc", { callbackUrl });
      }}
    >
      {label}
    </Button>
  );
}
