/** Test fixtures: a provisioned city with one user per role, built through the real code paths. */
import { randomBytes } from "node:crypto";
import { controlDb } from "@/lib/kernel/db/control";
import { getPool } from "@/lib/kernel/db/pool";
import type { Role } from "@/lib/generated/control/enums";
import { provisionCity } from "@/lib/kernel/tenancy/provision-city";
import type { SessionUser } from "@/lib/kernel/auth/current-user";

export function uniqueSlug(prefix = "t"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}`;
}

export interface TestCity {
  slug: string;
  cityId: string;
  schemaName: string;
  users: Record<Role, SessionUser>;
}

export async function createUser(email: string, opts: { platformAdmin?: boolean } = {}): Promise<SessionUser> {
  const u = await controlDb().user.create({ data: { email, name: email.split("@")[0]!, platformAdmin: !!opts.platformAdmin } });
  return { id: u.id, email: u.email, name: u.name, platformAdmin: u.platformAdmin, locale: null };
}

export async function createTestCity(prefix = "t"): Promise<TestCity> {
  const slug = uniqueSlug(prefix);
  const r = await provisionCity(getPool(), {
    slug,
    name: `Test ${slug}`,
    country: "NL",
    defaultLocale: "en",
    adminEmail: `admin@${slug}.test`,
  });
  const admin = await controlDb().user.findUniqueOrThrow({ where: { id: r.adminUserId } });
  const users = {
    city_admin: { id: admin.id, email: admin.email, name: admin.name, platformAdmin: false, locale: null },
  } as Record<Role, SessionUser>;
  for (const role of ["officer", "council_member", "advisory_member"] as const) {
    const user = await createUser(`${role}@${slug}.test`);
    await controlDb().membership.create({ data: { userId: user.id, cityId: r.cityId, role } });
    users[role] = user;
  }
  return { slug, cityId: r.cityId, schemaName: r.schemaName, users };
}
