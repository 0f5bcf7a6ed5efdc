import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import type { Role } from "@/lib/generated/control/enums";
import { INVITATION_TTL_MS, newToken } from "@/lib/kernel/auth/tokens";
import { controlDb } from "@/lib/kernel/db/control";
import { NotFoundError, ValidationError } from "@/lib/kernel/errors";
import { translator } from "@/lib/features/dictionary";
import { isLocale } from "@/lib/kernel/i18n/locales";
import { sendMail } from "@/lib/kernel/mail/send-mail";
import { appLink } from "@/lib/kernel/app-url";

export interface InviteResult {
  invitationId: string;
  /** The invitation link. Show it to the admin when `emailed` is false. */
  url: string;
  emailed: boolean;
}

/**
 * Invites an email address into a city with a role: a single-use link valid 7 days, of which only
 * the hash is stored. Inviting the same address again revokes the earlier open invitation, so only
 * the newest link works. Without SMTP (or when sending fails) the link is returned for the admin
 * to pass on, and logged.
 */
export async function inviteMember(scope: CityScope, input: { email: string; role: Role }): Promise<InviteResult> {
  const email = input.email.trim().toLowerCase();
  const db = controlDb();
  const city = await db.city.findUnique({ where: { id: scope.city.id }, select: { name: true, slug: true, defaultLocale: true } });
  if (!city || city.slug !== scope.city.slug) throw new NotFoundError();

  const member = await db.membership.findFirst({ where: { cityId: scope.city.id, user: { email } }, select: { id: true } });
  if (member) throw new ValidationError({ email: ["auth.members.alreadyMember"] }, "auth.members.alreadyMember");

  const { token, hash } = newToken();
  // Built before anything is stored: without a configured base URL there is no link to send.
  const url = appLink(`/invite/${token}`);
  const invitation = await db.$transaction(async (tx) => {
    const now = new Date();
    const open = { cityId: scope.city.id, email, acceptedAt: null, revokedAt: null };
    const earlier = await tx.invitation.findMany({ where: open, select: { id: true } });
    await tx.invitation.updateMany({ where: open, data: { revokedAt: now } });
    const created = await tx.invitation.create({
      data: {
        cityId: scope.city.id,
        email,
        role: input.role,
        tokenHash: hash,
        invitedById: scope.actor.id,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      },
      select: { id: true },
    });
    await tx.platformAuditLog.create({
      data: {
        actorId: scope.actor.id,
        action: "member.invite",
        cityId: scope.city.id,
        target: email,
        details: { role: input.role, invitationId: created.id, revoked: earlier.map((e) => e.id) },
      },
    });
    return created;
  });

  const t = translator(isLocale(city.defaultLocale) ? city.defaultLocale : "en");
  const role = t(`auth.roles.${input.role}`);
  const { sent } = await sendMail(
    { to: email, subject: t("auth.mail.inviteSubject", { city: city.name }), text: t("auth.mail.inviteBody", { city: city.name, role, link: url }) },
    { link: url },
  );
  return { invitationId: invitation.id, url, emailed: sent };
}
