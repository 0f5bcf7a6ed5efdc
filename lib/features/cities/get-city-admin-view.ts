import "server-only";
import { controlDb } from "@/lib/kernel/db/control";
import { checkSlug } from "@/lib/kernel/tenancy/schema-name";
import type { CityStatusValue } from "./schema";

export interface CityAdminView {
  id: string;
  slug: string;
  name: string;
  country: string;
  defaultLocale: string;
  locales: string[];
  status: CityStatusValue;
  schemaName: string;
  createdAt: Date;
  provisioned: boolean;
  admins: { id: string; name: string; email: string; since: Date }[];
  pendingInvitations: { id: string; email: string; createdAt: Date; expiresAt: Date }[];
  audit: { id: string; at: Date; action: string; actor: string | null; target: string | null }[];
}

/** One city as the platform admin sees it: details, its administrators and recent platform changes. */
export async function getCityAdminView(slug: string): Promise<CityAdminView | null> {
  if (!checkSlug(slug).ok) return null;
  const db = controlDb();
  const city = await db.city.findUnique({ where: { slug } });
  if (!city) return null;
  const [admins, invitations, audit] = await Promise.all([
    db.membership.findMany({
      where: { cityId: city.id, role: "city_admin" },
      select: { createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.invitation.findMany({
      where: { cityId: city.id, role: "city_admin", acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, email: true, createdAt: true, expiresAt: true },
      orderBy: { createdAt: "desc" },
    }),
    db.platformAuditLog.findMany({ where: { cityId: city.id }, orderBy: { at: "desc" }, take: 20 }),
  ]);
  const actorIds = [...new Set(audit.map((a) => a.actorId).filter((id): id is string => !!id))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [];
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  return {
    id: city.id,
    slug: city.slug,
    name: city.name,
    country: city.country,
    defaultLocale: city.defaultLocale,
    locales: city.locales,
    status: city.status,
    schemaName: city.schemaName,
    createdAt: city.createdAt,
    provisioned: !!city.provisionedAt,
    admins: admins.map((m) => ({ ...m.user, since: m.createdAt })),
    pendingInvitations: invitations,
    audit: audit.map((a) => ({
      id: a.id.toString(),
      at: a.at,
      action: a.action,
      actor: a.actorId ? (actorName.get(a.actorId) ?? null) : null,
      target: a.target,
    })),
  };
}
