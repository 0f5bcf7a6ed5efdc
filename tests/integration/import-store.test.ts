/** Pending spreadsheet imports live in the city's StoredFile: only its uploader, for its purpose, within the hour. */
import { describe, expect, it } from "vitest";
import { cityDbForSchema } from "@/lib/kernel/db/city-clients";
import { deleteImport, IMPORT_TTL_MS, loadImport, saveImport } from "@/lib/features/commitments/spreadsheet/import-store";
import { putStoredFile } from "@/lib/kernel/storage/stored-files";
import { createTestCity } from "../helpers/cities";

const table = { columns: ["key", "status"], rows: [{ line: 2, cells: ["F1", "planned"] }] };

describe("pending imports", () => {
  it("open only in their city, for their uploader and scope, until they expire", async () => {
    const a = await createTestCity("imp");
    const b = await createTestCity("imp");
    const dbA = cityDbForSchema(a.schemaName);
    const who = { cityId: a.cityId, userId: a.users.officer.id };
    const saved = await saveImport(dbA, { ...who, fileName: "sheet.csv", format: "csv", scope: "measurements:x", table });
    const file = await dbA.storedFile.findUniqueOrThrow({ where: { id: saved.id } });
    expect(file).toMatchObject({ purpose: "import", createdBy: a.users.officer.id });
    expect(file.expiresAt!.getTime() - file.createdAt.getTime()).toBeGreaterThanOrEqual(IMPORT_TTL_MS - 1000);

    expect(await loadImport(dbA, { ...who, scope: "measurements:x" }, saved.id)).toMatchObject({ id: saved.id, table });
    expect(await loadImport(dbA, who, saved.id)).toBeNull();
    expect(await loadImport(dbA, { ...who, userId: a.users.city_admin.id, scope: "measurements:x" }, saved.id)).toBeNull();
    expect(await loadImport(cityDbForSchema(b.schemaName), { cityId: b.cityId, userId: a.users.officer.id, scope: "measurements:x" }, saved.id)).toBeNull();
    expect(await loadImport(dbA, { ...who, scope: "measurements:x" }, "../../etc/passwd")).toBeNull();

    const later = new Date(Date.now() + IMPORT_TTL_MS + 60_000);
    expect(await loadImport(dbA, { ...who, scope: "measurements:x" }, saved.id, later)).toBeNull();
    expect(await dbA.storedFile.count({ where: { id: saved.id } })).toBe(0);
  });

  it("sweep expired uploads at the next upload, and never delete a file of another purpose", async () => {
    const a = await createTestCity("imp");
    const db = cityDbForSchema(a.schemaName);
    const who = { cityId: a.cityId, userId: a.users.officer.id };
    const old = await saveImport(db, { ...who, fileName: "old.csv", format: "csv", table }, new Date(Date.now() - 2 * IMPORT_TTL_MS));
    await saveImport(db, { ...who, fileName: "new.csv", format: "csv", table });
    expect(await db.storedFile.count({ where: { id: old.id } })).toBe(0);

    const logo = await putStoredFile(db, { purpose: "logo", key: "logo", name: "logo.png", mimeType: "image/png", bytes: new Uint8Array([1]) });
    await deleteImport(db, logo.id);
    expect(await loadImport(db, who, logo.id)).toBeNull();
    expect(await db.storedFile.count({ where: { id: logo.id } })).toBe(1);
  });
});
