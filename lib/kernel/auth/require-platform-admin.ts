import "server-only";
import { notFound, redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "@/lib/kernel/auth/current-user";

/**
 * For platform admin pages: the signed-in platform admin. Signed-out visitors go to the sign-in
 * page; signed-in users without the platform admin flag get a 404, so the area does not announce
 * itself to them. The actions of the area check again (platformAction), since a page's check does
 * not protect them.
 */
export async function requirePlatformAdminPage(returnTo = "/admin"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!user.platformAdmin) notFound();
  return user;
}
