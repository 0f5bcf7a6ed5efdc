/**
 * Provisioning a city is one transaction: the registry row, the schema with every migration, the
 * framework's 20 commitments and the first city admin commit together or not at all. Killed
 * halfway, PostgreSQL rolls it all back and a rerun starts clean; run again after success, it
 * changes nothing. Plain SQL on one connection (Prisma clients cannot share a transaction across
 * schemas); only validated values reach SQL text, everything else is a bound parameter.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { z } from "zod";
import { FIRST_PASSWORD_TTL_MS, newToken } from "@/lib/kernel/auth/tokens";
import { applyMigrationsInTransaction, loadMigrations, migrationsDir } from "@/lib/kernel/db/migrations";
import { ELEMENTS } from "@/lib/reference/framework/catalogue/catalogue";
import { LOCALES } from "@/lib/kernel/i18n/locales";
import { checkSlug, quoteSchema, schemaNameForSlug } from "./schema-name";

export const ZCityCreate = z
  .object({
    slug: z
      .string()
      .trim()
      .superRefine((slug, ctx) => {
        const r = checkSlug(slug);
        if (!r.ok) ctx.addIssue({ code: "custom", message: r.message });
      }),
    name: z.string().trim().min(2, "A city name needs at least 2 characters.").max(120),
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, "Use a two-letter country code (ISO 3166-1), e.g. NL.")
      .transform((c) => c.toUpperCase()),
    defaultLocale: z.enum(LOCALES),
    locales: z.array(z.enum(LOCALES)).min(1).optional(),
    adminEmail: z.email("Enter a valid email address.").transform((e) => e.toLowerCase()),
    adminName: z.string().trim().min(1).max(120).optional(),
  })
  .transform((v) => ({ ...v, locales: Array.from(new Set([v.defaultLocale, ...(v.locales ?? LOCALES)])) }));

export type TCityCreate = z.input<typeof ZCityCreate>;

export interface ProvisionResult {
  cityId: string;
  slug: string;
  schemaName: string;
  created: boolean;
  adminUserId: string;
  /** Set when the admin has no password yet: the token of their "set your password" link. */
  adminPasswordToken?: string;
}

export async function provisionCity(pool: pg.Pool, rawInput: TCityCreate, opts: { actorId?: string | null } = {}): Promise<ProvisionResult> {
  const input = ZCityCreate.parse(rawInput);
  const schemaName = schemaNameForSlug(input.slug);
  const q = quoteSchema(schemaName);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // Two provisioning runs of the same slug queue here instead of racing.
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`charta-provision:${input.slug}`]);
    const existing = await client.query<{ id: string; adminId: string | null }>(
      `SELECT c.id, (SELECT m."userId" FROM "control"."Membership" m WHERE m."cityId" = c.id AND m.role = 'city_admin' ORDER BY m."createdAt" LIMIT 1) AS "adminId"
         FROM "control"."City" c WHERE c.slug = $1`,
      [input.slug],
    );
    if (existing.rows[0]) {
      await client.query("ROLLBACK");
      const row = existing.rows[0];
      return { cityId: row.id, slug: input.slug, schemaName, created: false, adminUserId: row.adminId ?? "" };
    }
    const cityId = randomUUID();
    await client.query(
      `INSERT INTO "control"."City" (id, slug, name, country, "defaultLocale", locales, "schemaName", "provisionedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now())`,
      [cityId, input.slug, input.name, input.country, input.defaultLocale, input.locales, schemaName],
    );
    await applyMigrationsInTransaction(client, schemaName, loadMigrations(migrationsDir("city")));

    const admin = await upsertAdmin(client, input.adminEmail, input.adminName);
    await client.query(
      `INSERT INTO "control"."Membership" (id, "userId", "cityId", role, "updatedAt") VALUES ($1, $2, $3, 'city_admin', now())
       ON CONFLICT ("userId", "cityId") DO NOTHING`,
      [randomUUID(), admin.id, cityId],
    );

    for (const element of ELEMENTS) {
      const id = randomUUID();
      const title = element.name[input.defaultLocale];
      await client.query(
        `INSERT INTO ${q}."Commitment" (id, "elementKey", layer, title, "updatedAt", "createdBy", "updatedBy")
         VALUES ($1, $2, $3::${q}."Layer", $4, now(), $5, $5)`,
        [id, element.key, element.layer, title, opts.actorId ?? null],
      );
      await client.query(`INSERT INTO ${q}."AuditLog" ("actorId", action, entity, "entityId", after) VALUES ($1, 'create', 'Commitment', $2, $3)`, [
        opts.actorId ?? null,
        id,
        JSON.stringify({ elementKey: element.key, layer: element.layer, title, status: "not_started" }),
      ]);
    }

    let adminPasswordToken: string | undefined;
    if (!admin.hasPassword) {
      const { token, hash } = newToken();
      await client.query(`INSERT INTO "control"."PasswordReset" (id, "userId", "tokenHash", "expiresAt") VALUES ($1, $2, $3, $4)`, [
        randomUUID(),
        admin.id,
        hash,
        new Date(Date.now() + FIRST_PASSWORD_TTL_MS),
      ]);
      adminPasswordToken = token;
    }
    await client.query(`INSERT INTO "control"."PlatformAuditLog" ("actorId", action, "cityId", target, details) VALUES ($1, 'city.create', $2, $3, $4)`, [
      opts.actorId ?? null,
      cityId,
      input.slug,
      JSON.stringify({ name: input.name, adminEmail: input.adminEmail, schemaName }),
    ]);
    await client.query("COMMIT");
    return { cityId, slug: input.slug, schemaName, created: true, adminUserId: admin.id, adminPasswordToken };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

async function upsertAdmin(client: pg.PoolClient, email: string, name?: string) {
  const found = await client.query<{ id: string; passwordHash: string | null }>(`SELECT id, "passwordHash" FROM "control"."User" WHERE email = $1`, [email]);
  if (found.rows[0]) return { id: found.rows[0].id, hasPassword: !!found.rows[0].passwordHash };
  const id = randomUUID();
  await client.query(`INSERT INTO "control"."User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [id, email, name ?? email.split("@")[0]]);
  return { id, hasPassword: false };
}
