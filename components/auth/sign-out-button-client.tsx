"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { signOutEverywhereAction } from "@/lib/kernel/auth/sign-out-everywhere-action";
import { Button } from "@/components/ui/button";

export function SignOutButtonClient({ label, pendingLabel, className }: { label: string; pendingLabel: string; className?: string }) {
  const [pending, setPending] = useState(false);

  async function onClick() {
    setPending(true);
    try {
      // Ends the sessions on other devices too; if this session is already over, there is nothing to end.
      await signOutEverywhereAction({});
    } catch {
      // The cookie below is cleared regardless.
    }
    await signOut({ callbackUrl: "/login?notice=signed-out" });
  }

  return (
    <Button variant="secondary" className={className} onClick={onClick} disabled={pending} aria-busy={pending}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
