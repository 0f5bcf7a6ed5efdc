"use server";

import { headers } from "next/headers";
import { publicAction, userAction } from "@/lib/actions/safe-action";
import { ZAcceptInvitationExisting, ZAcceptInvitationNew, ZAcceptInvitationSignedIn } from "@/lib/auth/schema";
import { clientIp } from "@/lib/auth/throttle";
import { acceptInvitationAsUser, acceptInvitationNewAccount, acceptInvitationWithPassword } from "@/lib/members/accept-invitation";

/** The link is the key: create (or complete) the invited address's account and join the city. */
export const acceptWithNewAccount = publicAction({ name: "acceptInvitationNewAccount", input: ZAcceptInvitationNew }, async (input) => {
  const r = await acceptInvitationNewAccount(input.token, { name: input.name, password: input.password });
  return { citySlug: r.citySlug, email: r.email };
});

/** The invited address has an account: its password proves it (throttled like a sign-in). */
export const acceptWithPassword = publicAction({ name: "acceptInvitationWithAccount", input: ZAcceptInvitationExisting }, async (input) => {
  const r = await acceptInvitationWithPassword(input.token, { password: input.password }, { ip: clientIp(await headers()) });
  return { citySlug: r.citySlug, email: r.email };
});

/** Signed in as the invited address already. */
export const acceptAsSignedInUser = userAction({ name: "acceptInvitation", input: ZAcceptInvitationSignedIn }, async (user, input) => {
  const r = await acceptInvitationAsUser(input.token, user);
  return { citySlug: r.citySlug };
});
