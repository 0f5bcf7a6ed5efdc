import { describe, expect, it } from "vitest";
import { cityDbForSchema } from "@/lib/kernel/db/city-clients";
import { deleteStoredFile, putStoredFile, readStoredFile, storedFileMeta, sweepExpiredFiles } from "@/lib/kernel/storage/stored-files";
import { createTestCity } from "../helpers/cities";

describe("stored files", () => {
  it("keep bytes in the city's own schema: another city's client finds nothing by id or key", async () => {
    const a = await createTestCity("sfa");
    const b = await createTestCity("sfb");
    const dbA = cityDbForSchema(a.schemaName);
    const dbB = cityDbForSchema(b.schemaName);
    const bytes = new TextEncoder().encode("%PDF-1.7 test");
    const meta = await putStoredFile(dbA, { purpose: "document", key: "report:2025:en:pdf", name: "report.pdf", mimeType: "application/pdf", bytes });
    expect(meta.size).toBe(bytes.byteLength);
    expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/);

    const back = await readStoredFile(dbA, { key: "report:2025:en:pdf" });
    expect(Buffer.from(back!.bytes).toString()).toBe("%PDF-1.7 test");
    expect(await readStoredFile(dbB, { id: meta.id })).toBeNull();
    expect(await storedFileMeta(dbB, { key: "report:2025:en:pdf" })).toBeNull();
  });

  it("replace what a key held, answer null for ids that are not UUIDs, and sweep expired files", async () => {
    const a = await createTestCity("sfc");
    const db = cityDbForSchema(a.schemaName);
    const first = await putStoredFile(db, { purpose: "logo", key: "logo", name: "a.png", mimeType: "image/png", bytes: new Uint8Array([1]) });
    const second = await putStoredFile(db, { purpose: "logo", key: "logo", name: "b.png", mimeType: "image/png", bytes: new Uint8Array([2, 3]) });
    expect(second.id).toBe(first.id);
    expect((await storedFileMeta(db, { key: "logo" }))!.size).toBe(2);
    expect(await readStoredFile(db, { id: "not-a-uuid" })).toBeNull();
    await deleteStoredFile(db, { id: "../../etc/passwd" });

    const past = new Date(Date.now() - 1000);
    const gone = await putStoredFile(db, { purpose: "import", name: "x.csv", mimeType: "text/csv", bytes: new Uint8Array([1]), expiresAt: past });
    expect(await sweepExpiredFiles(db)).toBe(1);
    expect(await storedFileMeta(db, { id: gone.id })).toBeNull();
    expect(await storedFileMeta(db, { key: "logo" })).not.toBeNull();
  });
});
