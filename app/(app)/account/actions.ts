"use server";

import { headers } from "next/headers";
import { userAction } from "@/lib/actions/safe-action";
import { changePassword } from "@/lib/auth/change-password";
import { endSessions } from "@/lib/auth/end-sessions";
import { ZChangePassword, ZNoInput } from "@/lib/auth/schema";
import { clientIp } from "@/lib/auth/throttle";

/**
 * Ends every session of the signed-in user (all devices). The sign-out button calls this and
 * then next-auth's signOut, which clears this browser's cookie.
 */
export const signOutEverywhere = userAction({ name: "signOutEverywhere", input: ZNoInput }, async (user) => {
  await endSessions(user.id);
  return { signedOut: true };
});

/** Changes the password; every session ends, so the page signs out and asks to sign in again. */
export const changeOwnPassword = userAction({ name: "changeOwnPassword", input: ZChangePassword }, async (user, input) => {
  await changePassword(user.id, { currentPassword: input.currentPassword, password: input.password }, { ip: clientIp(await headers()) });
  return { changed: true };
});
