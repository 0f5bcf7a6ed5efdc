import "server-only";
import { controlDb } from "@/lib/kernel/db/control";
import { NotFoundError } from "@/lib/kernel/errors";
import { inviteMember } from "@/lib/features/members/invite-member";
import { checkSlug } from "@/lib/kernel/tenancy/schema-name";
import { systemCityScope } from "@/lib/kernel/tenancy/city-scope";

export type AppointResult =
  { kind: "member"; userName: string; alreadyAdmin: boolean } | { kind: "invited"; invitationId: string; email: string; url: string; emailed: boolean };

/**
 * Make someone a city administrator. A person with an account gets (or is upgraded to) the
 * city_admin membership at once, recorded in the platform audit log in the same transaction;
 * anyone else gets an invitation with that role through the members' own invitation flow
 * (single-use link, emailed when SMTP is configured, audited there as member.invite).
 */
export async function appointCityAdmin(slug: string, email: string, actorId: string): Promise<AppointResult> {
  if (!checkSlug(slug).ok) throw new NotFoundError();
  const normalized = email.trim().toLowerCase();
  const db = controlDb();
  const city = await db.city.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, defaultLocale: true, locales: true, schemaName: true, provisionedAt: true },
  });
  if (!city?.provisionedAt) throw new NotFoundError();

  const appointed = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: normalized }, select: { id: true, name: true } });
    if (!user) return null;
    const existing = await tx.membership.findUnique({
      where: { userId_cityId: { userId: user.id, cityId: city.id } },
      select: { role: true },
    });
    await tx.membership.upsert({
      where: { userId_cityId: { userId: user.id, cityId: city.id } },
      create: { userId: user.id, cityId: city.id, role: "city_admin" },
      update: { role: "city_admin" },
    });
    await tx.platformAuditLog.create({
      data: {
        actorId,
        action: "city.appoint_admin",
        cityId: city.id,
        target: normalized,
        details: { userId: user.id, previousRole: existing?.role ?? null },
      },
    });
    return { kind: "member" as const, userName: user.name, alreadyAdmin: existing?.role === "city_admin" };
  });
  if (appointed) return appointed;

  const invitation = await inviteMember(systemCityScope(city, "platform-admin", { id: actorId }), { email: normalized, role: "city_admin" });
  return { kind: "invited", email: normalized, ...invitation };
}
