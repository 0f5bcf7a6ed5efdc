/**
 * The SQL migrations must build exactly what schema.prisma describes: the Prisma client trusts
 * the schema file, the database only ever sees the migrations. Each test works in its own
 * scratch schema of the shared test database and drops it afterwards.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMigrations, migrateSchema, migrationsDir, type MigrationKind } from "@/lib/kernel/db/migrations";
import { diffSql } from "@/lib/kernel/db/schema-diff";

let pool: pg.Pool;
const created: string[] = [];

beforeAll(() => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
});

afterAll(async () => {
  for (const schema of created) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
});

/** A fresh schema with every migration of `kind` applied by the real runner. */
async function migratedScratch(kind: MigrationKind): Promise<string> {
  // The runner accepts only "control" and city_* names, so control's migrations go to a city_* name too.
  const schema = `city_drift_${randomBytes(5).toString("hex")}`;
  created.push(schema);
  await migrateSchema(pool, schema, loadMigrations(migrationsDir(kind)));
  return schema;
}

function diffTo(kind: MigrationKind, schema: string): Promise<string> {
  return diffSql({
    databaseUrl: process.env.DATABASE_URL!,
    fromSchema: schema,
    prismaSchemaPath: path.join(process.cwd(), "prisma", kind, "schema.prisma"),
  });
}

describe("migrations match schema.prisma", () => {
  for (const kind of ["control", "city"] as const) {
    it(`${kind}: applying every migration leaves no diff`, async () => {
      const schema = await migratedScratch(kind);
      expect(await diffTo(kind, schema)).toBe("");
    });
  }

  it("detects drift: a dropped column shows up as unqualified SQL to add it back", async () => {
    const schema = await migratedScratch("city");
    await pool.query(`ALTER TABLE "${schema}"."Commitment" DROP COLUMN "title"`);
    const sql = await diffTo("city", schema);
    expect(sql).toMatch(/ALTER TABLE "Commitment" ADD COLUMN\s+"title" TEXT NOT NULL/);
    // Migrations are applied under search_path, so the generated SQL must not name the schema.
    expect(sql).not.toContain(schema);
  });
});

describe("city AuditLog is append-only", () => {
  let schema: string;
  let id: string;

  beforeAll(async () => {
    schema = await migratedScratch("city");
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO "${schema}"."AuditLog" (action, entity, "entityId") VALUES ('create', 'Commitment', 'x') RETURNING id`,
    );
    id = rows[0]!.id;
  });

  it.each([
    ["UPDATE", () => `UPDATE "${schema}"."AuditLog" SET action = 'forged' WHERE id = ${id}`],
    ["DELETE", () => `DELETE FROM "${schema}"."AuditLog" WHERE id = ${id}`],
    ["TRUNCATE", () => `TRUNCATE "${schema}"."AuditLog"`],
  ])("refuses %s", async (op, sql) => {
    await expect(pool.query(sql())).rejects.toThrow(`AuditLog is append-only: ${op} is not allowed`);
    const { rows } = await pool.query(`SELECT action FROM "${schema}"."AuditLog" WHERE id = $1`, [id]);
    expect(rows).toEqual([{ action: "create" }]);
  });

  it("still accepts new entries", async () => {
    await pool.query(`INSERT INTO "${schema}"."AuditLog" (action, entity, "entityId") VALUES ('update', 'Commitment', 'x')`);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "${schema}"."AuditLog"`);
    expect(rows[0].n).toBe(2);
  });
});
