import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { uploadEvidenceAction, addEvidenceLinkAction, deleteEvidenceAction } = await import("@/app/(app)/[city]/workspace/commitments/actions");
const { GET } = await import("@/app/api/cities/[city]/evidence/[id]/route");
const { listEvidence } = await import("@/lib/features/commitments/evidence");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");

let a: TestCity;
let b: TestCity;
let aCommitment: string;
let bCommitment: string;

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);

function form(commitmentId: string, title: string, name: string, bytes: Uint8Array, type = "application/octet-stream"): FormData {
  const data = new FormData();
  data.set("commitmentId", commitmentId);
  data.set("title", title);
  data.set("file", new File([bytes as BlobPart], name, { type }));
  return data;
}

function download(slug: string, id: string) {
  const req = new NextRequest(`http://localhost/api/cities/${slug}/evidence/${id}`);
  return GET(req, { params: Promise.resolve({ city: slug, id }) });
}

async function commitmentOf(city: TestCity, key: string) {
  return (await cityDbForSchema(city.schemaName).commitment.findUniqueOrThrow({ where: { elementKey: key } })).id;
}

beforeAll(async () => {
  a = await createTestCity("ev");
  b = await createTestCity("ev");
  aCommitment = await commitmentOf(a, "F1");
  bCommitment = await commitmentOf(b, "F1");
});

beforeEach(() => {
  session.user = null;
});

const storedFiles = (city: TestCity) => cityDbForSchema(city.schemaName).storedFile.count({ where: { purpose: "evidence" } });

describe("uploading, downloading and deleting files", () => {
  it("stores an upload in the city's own schema, serves it as an attachment, and removes it on delete", async () => {
    session.user = a.users.officer;
    const uploaded = await uploadEvidenceAction(a.slug, form(aCommitment, "Council decision", "Raadsbesluit één.pdf", PDF, "text/html"));
    expect(uploaded.ok).toBe(true);
    if (!uploaded.ok) return;

    const row = await cityDbForSchema(a.schemaName).evidence.findUniqueOrThrow({ where: { id: uploaded.data.id } });
    // The stored type is ours (from the content), not the browser's claim.
    expect(row).toMatchObject({ kind: "file", title: "Council decision", fileName: "Raadsbesluit één.pdf", mimeType: "application/pdf", size: PDF.length });
    const stored = await cityDbForSchema(a.schemaName).storedFile.findUniqueOrThrow({ where: { id: row.fileId! } });
    expect(stored).toMatchObject({ purpose: "evidence", name: "Raadsbesluit één.pdf", mimeType: "application/pdf", size: PDF.length });
    expect(new Uint8Array(stored.bytes)).toEqual(PDF);

    // Every member can read evidence, the council member included.
    session.user = a.users.council_member;
    const res = await download(a.slug, row.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-length")).toBe(String(PDF.length));
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="Raadsbesluit een.pdf"; filename*=UTF-8''Raadsbesluit%20%C3%A9%C3%A9n.pdf`);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);

    // …but cannot delete it.
    const refused = await deleteEvidenceAction(a.slug, { id: row.id });
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });

    session.user = a.users.officer;
    const deleted = await deleteEvidenceAction(a.slug, { id: row.id });
    expect(deleted).toMatchObject({ ok: true, data: { id: row.id, commitmentId: aCommitment } });
    expect(await cityDbForSchema(a.schemaName).storedFile.findUnique({ where: { id: stored.id } })).toBeNull();
    expect(await cityDbForSchema(a.schemaName).evidence.findUnique({ where: { id: row.id } })).toBeNull();
    expect((await download(a.slug, row.id)).status).toBe(404);
    const audit = await cityDbForSchema(a.schemaName).auditLog.findMany({ where: { entity: "Evidence", entityId: row.id }, orderBy: { id: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["create", "delete"]);

    const again = await deleteEvidenceAction(a.slug, { id: row.id });
    expect(again).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("refuses council and advisory members (forbidden), and stores nothing", async () => {
    for (const role of ["council_member", "advisory_member"] as const) {
      session.user = a.users[role];
      const result = await uploadEvidenceAction(a.slug, form(aCommitment, "Not allowed", "x.png", PNG));
      expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
      const link = await addEvidenceLinkAction(a.slug, { commitmentId: aCommitment, title: "Not allowed", url: "https://example.org" });
      expect(link).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect(await listEvidence(cityDbForSchema(a.schemaName), aCommitment)).toEqual([]);
  });

  it("refuses files by size, type and content, with a message for each", async () => {
    session.user = a.users.officer;
    const before = await storedFiles(a);

    const tooLarge = new Uint8Array(10 * 1024 * 1024 + 1);
    tooLarge.set(PDF);
    const cases: [FormData, string][] = [
      [form(aCommitment, "Big", "big.pdf", tooLarge), "commitments.evidence.validation.fileTooLarge"],
      [form(aCommitment, "Program", "setup.exe", EXE), "commitments.evidence.validation.fileType"],
      [form(aCommitment, "Renamed program", "report.pdf", EXE), "commitments.evidence.validation.fileContent"],
      [form(aCommitment, "Fake image", "photo.png", PDF), "commitments.evidence.validation.fileContent"],
      [form(aCommitment, "Binary text", "data.csv", EXE), "commitments.evidence.validation.fileContent"],
      [form(aCommitment, "Empty", "empty.txt", new Uint8Array()), "commitments.evidence.validation.fileEmpty"],
    ];
    for (const [data, message] of cases) {
      const result = await uploadEvidenceAction(a.slug, data);
      expect(result, message).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { file: [message] } } });
    }
    const noFile = new FormData();
    noFile.set("commitmentId", aCommitment);
    noFile.set("title", "");
    const missing = await uploadEvidenceAction(a.slug, noFile);
    expect(missing).toMatchObject({
      ok: false,
      error: { fieldErrors: { file: ["commitments.evidence.validation.fileRequired"], title: ["commitments.evidence.validation.titleRequired"] } },
    });

    expect(await storedFiles(a)).toBe(before);
    expect(await listEvidence(cityDbForSchema(a.schemaName), aCommitment)).toEqual([]);
  });

  it("accepts each allowed kind: PNG, CSV text, and a file for a commitment that does not exist is not found", async () => {
    session.user = a.users.officer;
    expect((await uploadEvidenceAction(a.slug, form(aCommitment, "Photo", "photo.PNG", PNG))).ok).toBe(true);
    expect((await uploadEvidenceAction(a.slug, form(aCommitment, "Figures", "cijfers.csv", new TextEncoder().encode("wijk;aantal\nNoord;12\n")))).ok).toBe(
      true,
    );
    const items = await listEvidence(cityDbForSchema(a.schemaName), aCommitment);
    expect(items.map((i) => i.mimeType).sort()).toEqual(["image/png", "text/csv"]);

    const before = await storedFiles(a);
    const orphan = await uploadEvidenceAction(a.slug, form("00000000-0000-4000-8000-000000000000", "Nowhere", "x.png", PNG));
    expect(orphan).toMatchObject({ ok: false, error: { code: "not_found" } });
    // The file and the row are written together: a refused row leaves no file behind.
    expect(await storedFiles(a)).toBe(before);
  });
});

describe("links", () => {
  it("accepts https links and refuses other schemes", async () => {
    session.user = a.users.officer;
    const ok = await addEvidenceLinkAction(a.slug, { commitmentId: aCommitment, title: "Policy page", url: "https://example.org/policy" });
    expect(ok.ok).toBe(true);
    for (const url of ["http://example.org", "javascript:alert(1)", "data:text/html,hi", "example.org"]) {
      const refused = await addEvidenceLinkAction(a.slug, { commitmentId: aCommitment, title: "Bad", url });
      expect(refused, url).toMatchObject({ ok: false, error: { fieldErrors: { url: ["commitments.evidence.validation.urlHttps"] } } });
    }
    if (!ok.ok) return;
    // A link has no file to download.
    expect((await download(a.slug, ok.data.id)).status).toBe(404);
  });
});

describe("isolation", () => {
  it("answers 404 to a member of city A for B's evidence, through A's slug and through B's slug; B's file lives in B's schema only", async () => {
    session.user = b.users.officer;
    const uploaded = await uploadEvidenceAction(b.slug, form(bCommitment, "B's decision", "b.pdf", PDF));
    expect(uploaded.ok).toBe(true);
    if (!uploaded.ok) return;
    const row = await cityDbForSchema(b.schemaName).evidence.findUniqueOrThrow({ where: { id: uploaded.data.id } });
    expect(await cityDbForSchema(b.schemaName).storedFile.count({ where: { id: row.fileId! } })).toBe(1);
    expect(await cityDbForSchema(a.schemaName).storedFile.count({ where: { id: row.fileId! } })).toBe(0);

    // B's own member gets it.
    expect((await download(b.slug, row.id)).status).toBe(200);

    // The strongest role of A, through A's slug (looked up in A's database) and through B's (not a member).
    session.user = a.users.city_admin;
    for (const slug of [a.slug, b.slug]) {
      const res = await download(slug, row.id);
      expect(res.status, slug).toBe(404);
      expect(await res.json()).toEqual({ error: "not_found" });
    }
    // Nor can A delete it through either slug.
    expect(await deleteEvidenceAction(a.slug, { id: row.id })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await deleteEvidenceAction(b.slug, { id: row.id })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await cityDbForSchema(b.schemaName).storedFile.count({ where: { id: row.fileId! } })).toBe(1);

    // Not signed in: asked to sign in, never the file. An id that is no UUID is simply not found.
    session.user = null;
    expect((await download(b.slug, row.id)).status).toBe(401);
    session.user = b.users.officer;
    expect((await download(b.slug, "../../etc/passwd")).status).toBe(404);
  });
});
