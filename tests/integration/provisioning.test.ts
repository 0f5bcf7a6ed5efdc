import { afterAll, describe, expect, it } from "vitest";
import { controlDb } from "@/lib/kernel/db/control";
import { getPool } from "@/lib/kernel/db/pool";
import { provisionCity } from "@/lib/kernel/tenancy/provision-city";
import { uniqueSlug } from "../helpers/cities";

async function snapshot(slug: string) {
  const pool = getPool();
  const schema = `city_${slug.replaceAll("-", "_")}`;
  const city = await pool.query(`SELECT slug, name, "schemaName", status FROM "control"."City" WHERE slug = $1`, [slug]);
  const schemaExists = (await pool.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [schema])).rowCount;
  const commitments = schemaExists
    ? (await pool.query(`SELECT "elementKey", layer::text, status::text FROM "${schema}"."Commitment" ORDER BY "elementKey"`)).rows
    : [];
  const audit = schemaExists ? Number((await pool.query(`SELECT count(*) FROM "${schema}"."AuditLog"`)).rows[0].count) : 0;
  const members = (
    await pool.query(
      `SELECT u.email, m.role FROM "control"."Membership" m JOIN "control"."User" u ON u.id = m."userId" JOIN "control"."City" c ON c.id = m."cityId" WHERE c.slug = $1`,
      [slug],
    )
  ).rows;
  return { city: city.rows, schemaExists: !!schemaExists, commitments, audit, members };
}

const failingTrigger = (slug: string) => `
  CREATE OR REPLACE FUNCTION "control".charta_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN IF NEW.target = '${slug}' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$;
  CREATE TRIGGER charta_test_fail BEFORE INSERT ON "control"."PlatformAuditLog" FOR EACH ROW EXECUTE FUNCTION "control".charta_test_fail();`;

afterAll(async () => {
  await getPool().query(`DROP TRIGGER IF EXISTS charta_test_fail ON "control"."PlatformAuditLog"; DROP FUNCTION IF EXISTS "control".charta_test_fail();`);
});

describe("city provisioning", () => {
  it("creates the schema, the 20 framework commitments, the first admin and audit entries", async () => {
    const slug = uniqueSlug("prov");
    const r = await provisionCity(getPool(), { slug, name: "Provstad", country: "nl", defaultLocale: "nl", adminEmail: `Admin@${slug}.test` });
    expect(r.created).toBe(true);
    expect(r.adminPasswordToken).toBeTruthy();
    const s = await snapshot(slug);
    expect(s.city).toEqual([{ slug, name: "Provstad", schemaName: r.schemaName, status: "active" }]);
    expect(s.commitments).toHaveLength(20);
    expect(s.commitments.every((c) => c.status === "not_started")).toBe(true);
    expect(s.commitments.filter((c) => c.layer === "foundation")).toHaveLength(4);
    expect(s.commitments.filter((c) => c.layer === "structure")).toHaveLength(7);
    expect(s.commitments.filter((c) => c.layer === "tool")).toHaveLength(9);
    expect(s.audit).toBe(20);
    expect(s.members).toEqual([{ email: `admin@${slug}.test`, role: "city_admin" }]);
    const city = await controlDb().city.findUniqueOrThrow({ where: { slug } });
    expect(city.country).toBe("NL");
    expect(city.locales).toEqual(["nl", "en"]);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const slug = uniqueSlug("prov");
    const input = { slug, name: "Twice", country: "NL", defaultLocale: "en" as const, adminEmail: `a@${slug}.test` };
    await provisionCity(getPool(), input);
    const first = await snapshot(slug);
    const again = await provisionCity(getPool(), input);
    expect(again.created).toBe(false);
    expect(await snapshot(slug)).toEqual(first);
  });

  it("is all-or-nothing: a crash at the last step leaves no trace, and a rerun ends as an uninterrupted run", async () => {
    const slug = uniqueSlug("prov");
    const input = { slug, name: "Crashstad", country: "NL", defaultLocale: "nl" as const, adminEmail: `crash@${slug}.test` };
    await getPool().query(failingTrigger(slug));
    await expect(provisionCity(getPool(), input)).rejects.toThrow(/simulated crash/);
    await getPool().query(`DROP TRIGGER charta_test_fail ON "control"."PlatformAuditLog"`);
    const afterCrash = await snapshot(slug);
    expect(afterCrash).toEqual({ city: [], schemaExists: false, commitments: [], audit: 0, members: [] });
    expect(await controlDb().user.findUnique({ where: { email: `crash@${slug}.test` } })).toBeNull();

    const r = await provisionCity(getPool(), input);
    expect(r.created).toBe(true);
    const s = await snapshot(slug);
    expect(s.commitments).toHaveLength(20);
    expect(s.members).toHaveLength(1);
  });

  it.each(['a"; drop schema public;--', "select", "x".repeat(60), "zürich", "admin"])("rejects the slug %j and creates nothing", async (slug) => {
    const before = await getPool().query(`SELECT count(*) FROM "control"."City"`);
    await expect(provisionCity(getPool(), { slug, name: "Bad", country: "NL", defaultLocale: "nl", adminEmail: "bad@example.test" })).rejects.toThrow(/slug/i);
    const after = await getPool().query(`SELECT count(*) FROM "control"."City"`);
    expect(after.rows[0].count).toBe(before.rows[0].count);
    expect((await getPool().query(`SELECT 1 FROM pg_namespace WHERE nspname = 'public'`)).rowCount).toBe(1);
  });

  it("rejects other bad input with a message per field", async () => {
    const slug = uniqueSlug("prov");
    await expect(provisionCity(getPool(), { slug, name: "X", country: "Netherlands", defaultLocale: "nl", adminEmail: "not-an-email" })).rejects.toThrow(
      /2 characters|country code|email/,
    );
  });
});
