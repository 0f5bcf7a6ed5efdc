/**
 * An installation from before city migration 0013 kept evidence files and pending imports on the
 * disk. `npm run db:migrate` (migrateAll with the launchers' steps) moves them into the city's
 * StoredFile in the city's migration transaction, removes them from the disk after the commit,
 * and refuses to cut evidence from its files when the folder is not there. Scratch database: the
 * runner migrates every city it finds.
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMigrations, migrateAll, migrateSchema, migrationsDir } from "@/lib/kernel/db/migrations";
import { FILES_MIGRATION, legacyFileSteps } from "../../scripts/lib/legacy-files";
import { createScratchDatabase } from "../helpers/database";

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

async function resetClients() {
  const { closePool } = await import("@/lib/kernel/db/pool");
  const { disconnectControl } = await import("@/lib/kernel/db/control");
  const { clearCityClients } = await import("@/lib/kernel/db/city-clients");
  await clearCityClients();
  await disconnectControl();
  await closePool();
}

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await resetClients();
  process.env.DATABASE_URL = scratch.url;
}, 120_000);

afterAll(async () => {
  await resetClients();
  await scratch.drop();
});

const SCHEMA = "city_legacy_files";
const PDF = Buffer.from("%PDF-1.4\nlegacy evidence\n%%EOF\n");

describe("moving an older installation's files into the database", () => {
  it("moves evidence files and pending imports, keeps every link, empties the folder, and a rerun changes nothing", async () => {
    const pool = scratch.pool;
    const before0013 = loadMigrations(migrationsDir("city")).filter((m) => m.name < FILES_MIGRATION);
    await migrateSchema(pool, SCHEMA, before0013);
    const cityId = randomUUID();
    const userId = randomUUID();
    await pool.query(
      `INSERT INTO control."City" (id, slug, name, country, "defaultLocale", locales, "schemaName", "provisionedAt", "updatedAt")
       VALUES ($1, 'legacy-files', 'Legacy', 'NL', 'en', '{en}', $2, now(), now())`,
      [cityId, SCHEMA],
    );
    const commitmentId = randomUUID();
    await pool.query(`INSERT INTO ${SCHEMA}."Commitment" (id, layer, title, "updatedAt") VALUES ($1, 'foundation', 'Own commitment', now())`, [commitmentId]);
    const present = { id: randomUUID(), key: randomUUID() };
    const lost = { id: randomUUID(), key: randomUUID() };
    for (const [e, name] of [
      [present, "besluit.pdf"],
      [lost, "lost.pdf"],
    ] as const) {
      await pool.query(
        `INSERT INTO ${SCHEMA}."Evidence" (id, "commitmentId", kind, title, "fileName", "mimeType", size, "storageKey", "createdBy")
         VALUES ($1, $2, 'file', $3, $3, 'application/pdf', $4, $5, $6)`,
        [e.id, commitmentId, name, PDF.length, e.key, userId],
      );
    }
    await pool.query(`INSERT INTO ${SCHEMA}."Evidence" (id, "commitmentId", kind, title, url) VALUES ($1, $2, 'link', 'Policy', 'https://example.org')`, [
      randomUUID(),
      commitmentId,
    ]);

    // Without the city's folder the migration refuses and leaves the city as it was.
    const dataDir = mkdtempSync(path.join(tmpdir(), "charta-legacy-"));
    const refused = await migrateAll(pool, { steps: legacyFileSteps(dataDir) });
    expect(refused.failed.map((f) => f.slug)).toEqual(["legacy-files"]);
    expect(refused.failed[0]!.error).toContain(path.join(dataDir, "files", SCHEMA));
    expect((await pool.query(`SELECT count(*)::int AS n FROM ${SCHEMA}."Evidence" WHERE "storageKey" IS NOT NULL`)).rows[0].n).toBe(2);

    const dir = path.join(dataDir, "files", SCHEMA);
    mkdirSync(path.join(dir, "imports"), { recursive: true });
    writeFileSync(path.join(dir, present.key), PDF);
    writeFileSync(path.join(dir, "stray-file"), "not evidence");
    const pendingId = randomUUID();
    const table = { columns: ["key", "status"], rows: [{ line: 2, cells: ["F1", "planned"] }] };
    const pending = { id: pendingId, cityId, userId, fileName: "sheet.csv", format: "csv", createdAt: new Date().toISOString(), table };
    writeFileSync(path.join(dir, "imports", `${pendingId}.json`), JSON.stringify(pending));
    const expiredId = randomUUID();
    writeFileSync(path.join(dir, "imports", `${expiredId}.json`), JSON.stringify({ ...pending, id: expiredId, createdAt: "2020-01-01T00:00:00Z" }));

    const result = await migrateAll(pool, { steps: legacyFileSteps(dataDir) });
    expect(result.failed).toEqual([]);
    const city = result.cities.find((c) => c.slug === "legacy-files")!;
    expect(city.applied[0]).toBe(FILES_MIGRATION);
    expect(city.notes.join("\n")).toMatch(/moved 1 evidence file\(s\) and 1 pending import\(s\)/);
    expect(city.notes.join("\n")).toMatch(/1 evidence file\(s\) were already missing/);
    expect(city.notes.join("\n")).toMatch(/1 file\(s\) in .* belong to no evidence/);

    // The files are gone from the disk, except the one no evidence named.
    expect(readdirSync(dir)).toEqual(["stray-file"]);

    const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
    const { openEvidenceDownload } = await import("@/lib/features/commitments/evidence");
    const { loadImport } = await import("@/lib/features/commitments/spreadsheet/import-store");
    const db = cityDbForSchema(SCHEMA);
    const download = await openEvidenceDownload(db, present.id);
    expect(Buffer.from(download.bytes)).toEqual(PDF);
    expect(download).toMatchObject({ fileName: "besluit.pdf", mimeType: "application/pdf", size: PDF.length });
    expect((await db.evidence.findUniqueOrThrow({ where: { id: lost.id } })).fileId).toBeNull();
    await expect(openEvidenceDownload(db, lost.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await loadImport(db, { cityId, userId }, pendingId)).toMatchObject({ id: pendingId, fileName: "sheet.csv", table });
    expect(await db.storedFile.count({ where: { id: expiredId } })).toBe(0);

    const files = await db.storedFile.findMany({ orderBy: { purpose: "asc" }, select: { id: true, purpose: true } });
    const again = await migrateAll(pool, { steps: legacyFileSteps(dataDir) });
    expect(again.cities.find((c) => c.slug === "legacy-files")).toMatchObject({ applied: [], notes: [] });
    expect(await db.storedFile.findMany({ orderBy: { purpose: "asc" }, select: { id: true, purpose: true } })).toEqual(files);
    expect(existsSync(path.join(dir, "stray-file"))).toBe(true);
  });
});
