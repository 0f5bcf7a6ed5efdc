/**
 * Seeds the demo: a platform admin and two cities with one user per role. Idempotent — a second
 * run finds everything in place and changes nothing (passwords are only set where none exists).
 */
import { controlDb } from "@/lib/kernel/db/control";
import { getPool } from "@/lib/kernel/db/pool";
import type { Role } from "@/lib/generated/control/enums";
import { systemCityScope } from "@/lib/kernel/tenancy/city-scope";
import { setCityLogo } from "@/lib/features/city-settings/logo/set-city-logo";
import { provisionCity } from "@/lib/kernel/tenancy/provision-city";
import { DEMO_CITIES, DEMO_ROLES, PLATFORM_ADMIN } from "./demo-data";
import { demoLogo } from "./demo-logos";
import { publishDemoCity } from "./publish-demo";
import { seedDemoReport } from "./seed-demo-report";
import type { DemoEditors } from "./demo-types";
import { seedCityRecords } from "./seed-city-records";
import { seedDeclaration } from "./seed-declaration";
import { seedDemoConsultation } from "./seed-consultation";
import type { DemoMember } from "./demo-types";

export interface DemoSignIn {
  city: string;
  role: Role | "platform_admin";
  email: string;
}

async function ensureUser(email: string, name: string, passwordHash: string, platformAdmin = false) {
  const db = controlDb();
  const existing = await db.user.findUnique({ where: { email } });
  if (!existing) return db.user.create({ data: { email, name, passwordHash, platformAdmin } });
  if (!existing.passwordHash || (platformAdmin && !existing.platformAdmin)) {
    return db.user.update({
      where: { id: existing.id },
      data: { passwordHash: existing.passwordHash ?? passwordHash, platformAdmin: existing.platformAdmin || platformAdmin },
    });
  }
  return existing;
}

export async function seedDemo(hashPassword: (pw: string) => Promise<string>, password: string): Promise<DemoSignIn[]> {
  const hash = await hashPassword(password);
  const signIns: DemoSignIn[] = [];
  const platform = await ensureUser(PLATFORM_ADMIN.email, PLATFORM_ADMIN.name, hash, true);
  signIns.push({ city: "—", role: "platform_admin", email: platform.email });

  for (const city of DEMO_CITIES) {
    const adminEmail = `admin@${city.domain}`;
    const adminName = DEMO_ROLES[0].name[city.defaultLocale];
    const result = await provisionCity(
      getPool(),
      { slug: city.slug, name: city.name, country: city.country, defaultLocale: city.defaultLocale, adminEmail, adminName },
      { actorId: platform.id },
    );
    const editors: Partial<DemoEditors> = {};
    const members: Partial<Record<DemoMember, string>> = {};
    for (const r of DEMO_ROLES) {
      const email = `${r.local}@${city.domain}`;
      const user = await ensureUser(email, r.name[city.defaultLocale], hash);
      if (r.local === "admin" || r.local === "officer") editors[r.local] = user.id;
      members[r.local] = user.id;
      await controlDb().membership.upsert({
        where: { userId_cityId: { userId: user.id, cityId: result.cityId } },
        create: { userId: user.id, cityId: result.cityId, role: r.role },
        update: {},
      });
      signIns.push({ city: city.slug, role: r.role, email });
    }
    // Only a city created just now gets its records: a second run must not add history twice.
    if (result.created) {
      await seedCityRecords(city, result.schemaName, editors as DemoEditors);
      const row = await controlDb().city.findUniqueOrThrow({ where: { id: result.cityId } });
      await seedDeclaration(city, row, editors as DemoEditors);
      await seedDemoConsultation(city, result.schemaName, members as Record<DemoMember, string>);
      // …and publishes them once, so the public pages show the city (idempotent like the records).
      await publishDemoCity(city, row, editors.admin!);
      // Last year's annual report, after the records it is generated from.
      await seedDemoReport(city, row, editors as DemoEditors);
      // The logo, uploaded by the city admin as a person would (checked, audited).
      const logo = demoLogo(city.slug);
      if (logo) {
        await setCityLogo(systemCityScope(row, "demo-seed", { id: editors.admin! }), { file: new File([logo as BlobPart], "logo.png", { type: "image/png" }) });
      }
    }
  }
  return signIns;
}
