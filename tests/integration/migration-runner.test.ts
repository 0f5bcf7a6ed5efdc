import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMigrations, migrateAll, migrationsDir } from "@/lib/kernel/db/migrations";
import { createScratchDatabase } from "../helpers/database";

let db: Awaited<ReturnType<typeof createScratchDatabase>>;
const SLUGS = ["alpha", "bravo", "charlie", "delta", "echo"];

async function register(pool: pg.Pool, slug: string) {
  await pool.query(
    `INSERT INTO "control"."City" (id, slug, name, country, "defaultLocale", locales, "schemaName", "provisionedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $1, 'NL', 'nl', '{nl,en}', $2, now(), now())`,
    [slug, `city_${slug}`],
  );
}

async function applied(pool: pg.Pool, schema: string): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(`SELECT name FROM "${schema}"."_charta_migrations" ORDER BY name`);
  return rows.map((r) => r.name);
}

async function columns(pool: pg.Pool, schema: string, table: string): Promise<string[]> {
  const { rows } = await pool.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY column_name`,
    [schema, table],
  );
  return rows.map((r) => r.column_name);
}

/** The real city migrations plus one more, in a temporary folder. */
function migrationsWithExtra(sql: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "charta-mig-"));
  cpSync(migrationsDir("city"), dir, { recursive: true });
  mkdirSync(path.join(dir, "0999_test_extra"));
  writeFileSync(path.join(dir, "0999_test_extra", "migration.sql"), sql);
  return dir;
}

beforeAll(async () => {
  db = await createScratchDatabase();
  for (const slug of SLUGS) await register(db.pool, slug);
});
afterAll(async () => {
  await db.drop();
});

describe("migration runner", () => {
  const cityMigrations = loadMigrations(migrationsDir("city")).map((m) => m.name);

  it("migrates every city from scratch, in parallel with a bound", async () => {
    const result = await migrateAll(db.pool, { concurrency: 2 });
    expect(result.failed).toEqual([]);
    expect(result.cities.map((c) => c.slug)).toEqual(SLUGS);
    for (const slug of SLUGS) {
      expect(await applied(db.pool, `city_${slug}`)).toEqual(cityMigrations);
      expect(await columns(db.pool, `city_${slug}`, "Commitment")).toContain("version");
    }
  });

  it("does nothing on a rerun", async () => {
    const before = await db.pool.query(`SELECT applied_at FROM "city_alpha"."_charta_migrations"`);
    const result = await migrateAll(db.pool, { concurrency: 3 });
    expect(result.control).toEqual([]);
    expect(result.cities.every((c) => c.applied.length === 0 && !c.error)).toBe(true);
    const after = await db.pool.query(`SELECT applied_at FROM "city_alpha"."_charta_migrations"`);
    expect(after.rows).toEqual(before.rows);
  });

  it("names a failing city, leaves it exactly as it was, migrates the others, and resumes on rerun", async () => {
    const cityDir = migrationsWithExtra(`CREATE TABLE "Sabotaged" (id int);\nALTER TABLE "Commitment" ADD COLUMN "extra" text;\n`);
    // Make city "charlie" fail: the table the migration creates already exists there.
    await db.pool.query(`CREATE TABLE "city_charlie"."Sabotaged" (x int)`);
    const charlieColumnsBefore = await columns(db.pool, "city_charlie", "Commitment");

    const result = await migrateAll(db.pool, { cityDir, concurrency: 2 });
    expect(result.failed.map((f) => f.slug)).toEqual(["charlie"]);
    expect(result.failed[0]!.error).toMatch(/city_charlie.*0999_test_extra.*already exists/);
    expect(await columns(db.pool, "city_charlie", "Commitment")).toEqual(charlieColumnsBefore);
    expect(await applied(db.pool, "city_charlie")).toEqual(cityMigrations);
    for (const slug of SLUGS.filter((s) => s !== "charlie")) {
      expect(await applied(db.pool, `city_${slug}`)).toContain("0999_test_extra");
      expect(await columns(db.pool, `city_${slug}`, "Commitment")).toContain("extra");
    }

    await db.pool.query(`DROP TABLE "city_charlie"."Sabotaged"`);
    const rerun = await migrateAll(db.pool, { cityDir, concurrency: 2 });
    expect(rerun.failed).toEqual([]);
    expect(rerun.cities.find((c) => c.slug === "charlie")!.applied).toEqual(["0999_test_extra"]);
    expect(rerun.cities.filter((c) => c.slug !== "charlie").every((c) => c.applied.length === 0)).toBe(true);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const cityDir = migrationsWithExtra(`-- edited\nCREATE TABLE "Sabotaged" (id int);\n`);
    const result = await migrateAll(db.pool, { cityDir, concurrency: 2 });
    expect(result.failed.length).toBe(SLUGS.length);
    expect(result.failed[0]!.error).toMatch(/edited after it had been applied/);
  });
});
