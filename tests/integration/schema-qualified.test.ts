import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cityDbForSchema } from "@/lib/kernel/db/city-clients";
import { getPool } from "@/lib/kernel/db/pool";
import { createTestCity, type TestCity } from "../helpers/cities";

let a: TestCity;
let b: TestCity;

beforeAll(async () => {
  a = await createTestCity("sq");
  b = await createTestCity("sq");
});

afterEach(() => vi.restoreAllMocks());

describe("city queries are schema-qualified", () => {
  it("every statement a city client sends names its own schema", async () => {
    const seen: string[] = [];
    const original = pg.Client.prototype.query;
    vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      const q = args[0];
      const text = typeof q === "string" ? q : (q as { text?: string })?.text;
      if (text) seen.push(text);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as never);

    const db = cityDbForSchema(a.schemaName);
    const c = await db.commitment.findFirstOrThrow({ where: { elementKey: "S1" } });
    await db.$transaction([db.commitment.update({ where: { id: c.id }, data: { text: "qualified", version: { increment: 1 } } })]);
    await db.$transaction(async (tx) => {
      await tx.auditLog.create({ data: { action: "update", entity: "Commitment", entityId: c.id } });
      await tx.commitment.count({ where: { status: "in_place" } });
    });

    const dataStatements = seen.filter((s) => /\b(SELECT|INSERT|UPDATE|DELETE)\b/i.test(s) && /"Commitment"|"AuditLog"/.test(s));
    expect(dataStatements.length).toBeGreaterThanOrEqual(4);
    for (const s of dataStatements) {
      expect(s).toContain(`"${a.schemaName}".`);
      expect(s).not.toContain(`"${b.schemaName}"`);
    }
    // Enum casts are qualified too.
    expect(seen.some((s) => s.includes(`"${a.schemaName}"."CommitmentStatus"`))).toBe(true);
  });

  it("writes through one city's client never show up in another city", async () => {
    const dbA = cityDbForSchema(a.schemaName);
    const dbB = cityDbForSchema(b.schemaName);
    const s1 = await dbA.commitment.findFirstOrThrow({ where: { elementKey: "S2" } });
    await dbA.commitment.update({ where: { id: s1.id }, data: { text: "only in A" } });
    expect(await dbB.commitment.count({ where: { text: "only in A" } })).toBe(0);
    expect(await dbB.commitment.findUnique({ where: { id: s1.id } })).toBeNull();
    // No city table exists in public, so an unqualified query could not silently succeed.
    const r = await getPool().query(`SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('Commitment','AuditLog')`);
    expect(Number(r.rows[0].count)).toBe(0);
  });

  it("no code runs raw SQL against a city outside the reviewed places", () => {
    // Raw SQL is not schema-qualified by Prisma ($queryRaw runs against search_path). Each use must
    // name the schema through quoteSchema(); new uses have to be added here after review.
    const reviewed = new Set([
      "lib/kernel/tenancy/provision-city.ts",
      "lib/kernel/db/migrations.ts",
      "lib/kernel/backup/backup-city.ts",
      "lib/kernel/backup/catalog.ts",
      "lib/kernel/backup/load-rows.ts",
      "lib/kernel/backup/restore-city.ts",
      "lib/kernel/backup/checksums.ts",
    ]);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (name === "generated" || name === "node_modules") continue;
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts")) {
          const src = readFileSync(full, "utf8");
          if (/\$(query|execute)Raw|\.query\(\s*`[^`]*city_/.test(src) && !reviewed.has(path.relative(process.cwd(), full))) offenders.push(full);
        }
      }
    };
    walk(path.join(process.cwd(), "lib"));
    walk(path.join(process.cwd(), "app"));
    expect(offenders).toEqual([]);
  });
});
