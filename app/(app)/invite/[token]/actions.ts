"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { publicAction, userAction } from "@/lib/features/action-chain";
import { ZAcceptInvitationExisting, ZAcceptInvitationNew, ZAcceptInvitationSignedIn } from "@/lib/kernel/auth/schema";
import { invitationIntent } from "@/lib/kernel/auth/identity/prepare-intent";
import { INTENT_COOKIE, intentCookieOptions } from "@/lib/kernel/auth/identity/sign-in-intent";
import { acceptInvitationAsUser, acceptInvitationNewAccount, acceptInvitationWithPassword } from "@/lib/features/members/accept-invitation";
import { clientAddress } from "@/lib/kernel/net/client-address";

/** The link is the key: create (or complete) the invited address's account and join the city. */
export const acceptWithNewAccountAction = publicAction({ name: "members.invitation.acceptNewAccount", input: ZAcceptInvitationNew }, async (input) => {
  const r = await acceptInvitationNewAccount(input.token, { name: input.name, password: input.password });
  return { citySlug: r.citySlug, email: r.email };
});

/** The invited address has an account: its password proves it (throttled like a sign-in). */
export const acceptWithPasswordAction = publicAction({ name: "members.invitation.acceptWithAccount", input: ZAcceptInvitationExisting }, async (input) => {
  const r = await acceptInvitationWithPassword(input.token, { password: input.password }, { ip: clientAddress(await headers()) });
  return { citySlug: r.citySlug, email: r.email };
});

/** Signed in as the invited address already. */
export const acceptAsSignedInUserAction = userAction({ name: "members.invitation.accept", input: ZAcceptInvitationSignedIn }, async (user, input) => {
  const r = await acceptInvitationAsUser(input.token, user);
  return { citySlug: r.citySlug };
});

const ZPrepareInvitationSignIn = ZAcceptInvitationSignedIn.extend({ providerId: z.uuid({ error: "errors.notFound" }) });

/**
 * Before "Accept with <city provider>": checks the invitation and the provider, and sets the
 * sealed intent cookie the provider's callback reads (lib/kernel/auth/identity/sign-in-intent.ts).
 */
export const prepareInvitationSignInAction = publicAction({ name: "members.invitation.prepareSignIn", input: ZPrepareInvitationSignIn }, async (input) => {
  (await cookies()).set(INTENT_COOKIE, await invitationIntent(input.token, input.providerId), intentCookieOptions());
  return { ready: true };
});
