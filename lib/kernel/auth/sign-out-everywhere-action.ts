"use server";

import { userAction } from "@/lib/kernel/action-chain/safe-action";
import { endSessions } from "@/lib/kernel/auth/end-sessions";
import { ZNoInput } from "@/lib/kernel/auth/schema";

/**
 * Ends every session of the signed-in user (all devices). The sign-out button (components/auth)
 * calls this and then next-auth's signOut, which clears this browser's cookie; it lives here, not
 * beside a page, because the button is on every page.
 */
export const signOutEverywhereAction = userAction({ name: "account.signOutEverywhere", input: ZNoInput }, async (user) => {
  await endSessions(user.id);
  return { signedOut: true };
});
