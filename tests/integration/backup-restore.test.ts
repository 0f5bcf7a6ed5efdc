import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cityDbForSchema } from "@/lib/db/city-clients";
import { getPool } from "@/lib/db/pool";
import { backupCity, restoreCity } from "@/lib/tenancy/backup-city";
import { createTestCity } from "../helpers/cities";

describe("city backup and restore", () => {
  it("restores a city to the state of its backup, keeps other cities untouched, and continues ids", async () => {
    const a = await createTestCity("bk");
    const b = await createTestCity("bk");
    const dbA = cityDbForSchema(a.schemaName);
    const s1 = await dbA.commitment.findFirstOrThrow({ where: { elementKey: "S1" } });
    await dbA.commitment.update({ where: { id: s1.id }, data: { text: "Declaration adopted", status: "in_place" } });
    const url = process.env.DATABASE_URL!;
    const file = path.join(mkdtempSync(path.join(tmpdir(), "charta-bk-")), "a.jsonl");

    const backup = await backupCity(url, a.slug, file);
    expect(backup.rows).toBeGreaterThanOrEqual(40);
    const auditCount = await dbA.auditLog.count();

    // Damage after the backup.
    await dbA.commitment.update({ where: { id: s1.id }, data: { text: "overwritten by mistake" } });
    await dbA.commitment.deleteMany({ where: { elementKey: "T9" } });
    const bBefore = await cityDbForSchema(b.schemaName).commitment.findMany({ orderBy: { id: "asc" } });

    const restored = await restoreCity(url, a.slug, file);
    expect(restored.rows).toBe(backup.rows);
    const after = await dbA.commitment.findFirstOrThrow({ where: { elementKey: "S1" } });
    expect(after.text).toBe("Declaration adopted");
    expect(after.status).toBe("in_place");
    expect(await dbA.commitment.count()).toBe(20);
    expect(await dbA.auditLog.count()).toBe(auditCount);
    // The audit log's id sequence continues after the restored rows.
    const next = await dbA.auditLog.create({ data: { action: "test", entity: "Test", entityId: "x" } });
    const max = await getPool().query(`SELECT max(id) AS m FROM "${a.schemaName}"."AuditLog" WHERE action <> 'test'`);
    expect(BigInt(next.id) > BigInt(max.rows[0].m)).toBe(true);
    expect(await cityDbForSchema(b.schemaName).commitment.findMany({ orderBy: { id: "asc" } })).toEqual(bBefore);
  });

  it("refuses a backup of another city and changes nothing", async () => {
    const a = await createTestCity("bk");
    const b = await createTestCity("bk");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "charta-bk-")), "a.jsonl");
    await backupCity(process.env.DATABASE_URL!, a.slug, file);
    const before = await cityDbForSchema(b.schemaName).commitment.count();
    await expect(restoreCity(process.env.DATABASE_URL!, b.slug, file)).rejects.toThrow(/backup is of/);
    expect(await cityDbForSchema(b.schemaName).commitment.count()).toBe(before);
  });
});
