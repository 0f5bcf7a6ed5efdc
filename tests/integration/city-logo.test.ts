/**
 * The city logo is uploaded to and served by Charta (issue 11.7): a PNG or JPEG recognised by its
 * bytes, at most 1 MB and 4000 × 4000 pixels; SVG, HTML under an image's name and decompression
 * bombs are refused with a message in the person's language; every change is audited; the bytes
 * are served at /api/public/<city>/logo/<sha256> with immutable caching, and only there: another
 * city's hash, an old hash and an unknown city answer 404 and write nothing. Only the city's own
 * admin (or the platform admin) changes it.
 */
import { mkdtempSync } from "node:fs";
import { testScope } from "../helpers/city-scope";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: () => unknown) => fn }));

const { removeCityLogoAction, uploadCityLogoAction } = await import("@/app/(app)/[city]/workspace/settings/logo-actions");
const { removePlatformCityLogoAction, uploadPlatformCityLogoAction } = await import("@/app/(app)/admin/cities/[slug]/logo-actions");
const { GET: logoRoute } = await import("@/app/api/public/[city]/logo/[sha256]/route");
const { createTestCity, createUser } = await import("../helpers/cities");
const images = await import("../helpers/logo-images");
const { controlDb } = await import("@/lib/kernel/db/control");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { sha256Hex } = await import("@/lib/kernel/storage/stored-files");
const { dictionary } = await import("@/lib/features/dictionary");
const { setCityStatus } = await import("@/lib/kernel/tenancy/set-city-status");
const { issueText } = await import("@/components/ui/issue-text");
const { backupCity } = await import("@/lib/kernel/backup/backup-city");
const { restoreCity } = await import("@/lib/kernel/backup/restore-city");
const { inspectDocx, inspectPdf } = await import("../helpers/documents");
const { createDeclaration } = await import("../helpers/declaration");
const { closePdfBrowser } = await import("@/lib/kernel/documents/print-pdf");
const { storeDeclarationDocuments } = await import("@/lib/features/publication/documents/store-declaration-documents");
const { declarationDocumentKey } = await import("@/lib/features/publication/documents/keys");
const { readStoredFile } = await import("@/lib/kernel/storage/stored-files");
const reportActions = await import("@/app/(app)/[city]/workspace/reports/actions");
const workspaceReport = await import("@/app/api/cities/[city]/reports/[id]/[format]/route");
const workspaceDeclaration = await import("@/app/api/cities/[city]/declaration/[id]/[file]/route");

type TestCity = Awaited<ReturnType<typeof createTestCity>>;
let a: TestCity;
let b: TestCity;
let platformAdmin: SessionUser;

beforeAll(async () => {
  a = await createTestCity("logoa");
  b = await createTestCity("logob");
  platformAdmin = await createUser(`platform-${a.slug}@example.org`, { platformAdmin: true });
});
beforeEach(() => {
  session.user = null;
});

const upload = (bytes: Uint8Array, name = "logo.png") => {
  const data = new FormData();
  data.set("file", new File([bytes as BlobPart], name));
  return data;
};
const storedLogo = (city: TestCity) => cityDbForSchema(city.schemaName).storedFile.findUnique({ where: { key: "logo" } });
const cityAudit = (city: TestCity) => cityDbForSchema(city.schemaName).auditLog.findMany({ where: { entity: "CityLogo" }, orderBy: { id: "asc" } });
const platformAudit = (city: TestCity) =>
  controlDb().platformAuditLog.findMany({ where: { cityId: city.cityId, action: { startsWith: "city.logo." } }, orderBy: { id: "asc" } });
const made = () => "0".repeat(64);
const get = (slug: string, sha256: string, headers: Record<string, string> = {}) =>
  logoRoute(new Request(`http://localhost/api/public/${slug}/logo/${sha256}`, { headers }), { params: Promise.resolve({ city: slug, sha256 }) });

describe("uploading the logo", () => {
  it("stores a PNG for the city admin, in the city's StoredFile, audited in the city and on the platform", async () => {
    session.user = a.users.city_admin;
    const result = await uploadCityLogoAction(a.slug, upload(images.LOGO_PNG));
    const sha256 = sha256Hex(images.LOGO_PNG);
    expect(result).toMatchObject({
      ok: true,
      data: { sha256, url: `/api/public/${a.slug}/logo/${sha256}`, mimeType: "image/png", size: images.LOGO_PNG.length },
    });
    expect(await storedLogo(a)).toMatchObject({ purpose: "logo", name: "logo.png", mimeType: "image/png", sha256, createdBy: a.users.city_admin.id });

    const [entry] = await cityAudit(a);
    expect(entry).toMatchObject({
      actorId: a.users.city_admin.id,
      action: "create",
      entityId: "logo",
      after: { sha256, mimeType: "image/png", width: 40, height: 20 },
    });
    const [platform] = await platformAudit(a);
    expect(platform).toMatchObject({
      actorId: a.users.city_admin.id,
      action: "city.logo.update",
      target: a.slug,
      details: { before: null, after: { sha256 } },
    });
  });

  it("takes a JPEG by its bytes whatever its name says, replacing the PNG", async () => {
    session.user = a.users.city_admin;
    const result = await uploadCityLogoAction(a.slug, upload(images.LOGO_JPEG, "logo.png"));
    expect(result).toMatchObject({ ok: true, data: { sha256: sha256Hex(images.LOGO_JPEG), mimeType: "image/jpeg" } });
    expect(await storedLogo(a)).toMatchObject({ name: "logo.jpg", mimeType: "image/jpeg" });
    expect(await cityDbForSchema(a.schemaName).storedFile.count({ where: { purpose: "logo" } })).toBe(1);
    const entries = await cityAudit(a);
    expect(entries.at(-1)).toMatchObject({
      action: "update",
      before: { sha256: sha256Hex(images.LOGO_PNG) },
      after: { sha256: sha256Hex(images.LOGO_JPEG), width: 24, height: 16 },
    });
  });

  it("refuses SVG with a script, HTML renamed .png, oversized files and bombs, with a message in the person's language, and keeps the logo", async () => {
    session.user = a.users.city_admin;
    const before = await storedLogo(a);
    const audits = (await cityAudit(a)).length + (await platformAudit(a)).length;
    const cases: [string, Uint8Array, string, string][] = [
      ["svg", images.SVG_WITH_SCRIPT, "logo.svg", "svg"],
      ["svg named .png", images.SVG_WITH_SCRIPT, "logo.png", "svg"],
      ["html named .png", images.HTML_AS_PNG, "logo.png", "notImage"],
      ["png header then html", images.PNG_THEN_HTML, "logo.png", "damaged"],
      ["over 1 MB", images.OVERSIZED_PNG, "logo.png", "tooLarge"],
      ["png bomb", images.bombPng(), "logo.png", "tooManyPixels"],
      ["jpeg bomb", images.BOMB_JPEG, "logo.jpg", "tooManyPixels"],
      ["empty", new Uint8Array(), "logo.png", "empty"],
    ];
    for (const [label, bytes, name, problem] of cases) {
      const result = await uploadCityLogoAction(a.slug, upload(bytes, name));
      expect(result, label).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { file: [`settings.logo.validation.${problem}`] } } });
      // The form shows the key as text in the person's language.
      const key = `settings.logo.validation.${problem}`;
      for (const locale of ["en", "nl"] as const) {
        const text = issueText(key, dictionary(locale).settings.logo.validation);
        expect(text, `${label} (${locale})`).not.toBe(key);
        expect(text!.length).toBeGreaterThan(10);
      }
    }
    expect(await storedLogo(a)).toEqual(before);
    expect((await cityAudit(a)).length + (await platformAudit(a)).length).toBe(audits);
  });

  it("refuses an input without a file, and bytes that are not a File", async () => {
    session.user = a.users.city_admin;
    expect(await uploadCityLogoAction(a.slug, new FormData())).toMatchObject({
      ok: false,
      error: { fieldErrors: { file: ["settings.logo.validation.fileRequired"] } },
    });
    expect(await uploadCityLogoAction(a.slug, { file: "https://example.org/logo.png" })).toMatchObject({ ok: false, error: { code: "validation" } });
  });
});

describe("serving the logo", () => {
  it("answers the current logo's hash with the bytes, their type, nosniff and a year's immutable caching", async () => {
    const logo = (await storedLogo(a))!;
    const res = await get(a.slug, logo.sha256);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(images.LOGO_JPEG))).toBe(true);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "image/jpeg",
      "content-length": String(images.LOGO_JPEG.length),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      etag: `"${logo.sha256}"`,
      "content-disposition": expect.stringMatching(/^inline; filename="logo\.jpg"/),
      "content-security-policy": expect.stringContaining("sandbox"),
    });
    expect(res.headers.get("last-modified")).toBeTruthy();
  });

  it("answers 304 to a client that has it (If-None-Match), with the validators and no body", async () => {
    const logo = (await storedLogo(a))!;
    for (const tag of [`"${logo.sha256}"`, `W/"${logo.sha256}"`, `"other", "${logo.sha256}"`]) {
      const res = await get(a.slug, logo.sha256, { "If-None-Match": tag });
      expect(res.status, tag).toBe(304);
      expect(res.headers.get("etag")).toBe(`"${logo.sha256}"`);
      expect(res.headers.get("cache-control")).toContain("immutable");
      expect((await res.arrayBuffer()).byteLength).toBe(0);
    }
    expect((await get(a.slug, logo.sha256, { "If-None-Match": '"something-else"' })).status).toBe(200);
  });

  it("answers 404 to an old hash, a made-up one, a malformed one and an unknown city, and writes nothing", async () => {
    const logo = (await storedLogo(a))!;
    const rows = async () => [
      await cityDbForSchema(a.schemaName).auditLog.count(),
      await cityDbForSchema(a.schemaName).storedFile.count(),
      await controlDb().platformAuditLog.count(),
      await controlDb().city.count(),
    ];
    const before = await rows();
    for (const [slug, sha] of [
      [a.slug, sha256Hex(images.LOGO_PNG)], // the logo before the JPEG
      [a.slug, made()],
      [a.slug, logo.sha256.toUpperCase()],
      [a.slug, `${logo.sha256}.png`],
      [a.slug, "../../etc/passwd"],
      ["no-such-city-anywhere", logo.sha256],
      ["api", logo.sha256],
      ["Robert'); DROP TABLE", logo.sha256],
    ] as const) {
      const res = await get(slug, sha);
      expect(res.status, `${slug} ${sha}`).toBe(404);
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    expect(await rows()).toEqual(before);
  });
});

describe("one city's logo is out of another's reach", () => {
  it("another city's hash under this city's slug answers 404, and each city serves its own", async () => {
    session.user = b.users.city_admin;
    expect((await uploadCityLogoAction(b.slug, upload(images.OTHER_PNG))).ok).toBe(true);
    const shaA = (await storedLogo(a))!.sha256;
    const shaB = sha256Hex(images.OTHER_PNG);
    expect((await get(a.slug, shaB)).status).toBe(404);
    expect((await get(b.slug, shaA)).status).toBe(404);
    // Not even a 304 that would confirm what the city's logo is.
    expect((await get(a.slug, shaB, { "If-None-Match": `"${shaA}"` })).status).toBe(404);
    expect((await get(a.slug, made(), { "If-Modified-Since": new Date(Date.now() + 86_400_000).toUTCString() })).status).toBe(404);
    expect((await get(a.slug, shaA)).status).toBe(200);
    const res = await get(b.slug, shaB);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(images.OTHER_PNG))).toBe(true);
  });

  it("a member of city A cannot set or remove city B's logo; an officer of B cannot either; B's logo stays", async () => {
    const before = await storedLogo(b);
    const shaB = before!.sha256;
    session.user = a.users.city_admin;
    expect(await uploadCityLogoAction(b.slug, upload(images.LOGO_PNG))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await removeCityLogoAction(b.slug, { sha256: shaB })).toMatchObject({ ok: false, error: { code: "not_found" } });
    // Their own slug, B's hash: the remove looks in A's logo only and finds another logo there.
    expect(await removeCityLogoAction(a.slug, { sha256: shaB })).toMatchObject({ ok: false, error: { code: "conflict" } });
    // The platform admin's actions are not theirs.
    expect(await uploadPlatformCityLogoAction(upload(images.LOGO_PNG))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await removePlatformCityLogoAction({ citySlug: b.slug, sha256: shaB })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.user = b.users.officer;
    expect(await uploadCityLogoAction(b.slug, upload(images.LOGO_PNG))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await removeCityLogoAction(b.slug, { sha256: shaB })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.user = null;
    expect(await uploadCityLogoAction(b.slug, upload(images.LOGO_PNG))).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
    expect(await storedLogo(b)).toEqual(before);
    expect((await storedLogo(a))!.sha256).not.toBe(shaB);
  });

  it("a suspended city's logo is not served", async () => {
    const sha = (await storedLogo(b))!.sha256;
    await setCityStatus(controlDb(), b.slug, "suspended", null);
    try {
      expect((await get(b.slug, sha)).status).toBe(404);
    } finally {
      await setCityStatus(controlDb(), b.slug, "active", null);
    }
    expect((await get(b.slug, sha)).status).toBe(200);
  });
});

describe("removing the logo", () => {
  it("asks for the hash the person saw: a stale one is a conflict carrying the logo there now", async () => {
    session.user = a.users.city_admin;
    const current = (await storedLogo(a))!;
    const stale = await removeCityLogoAction(a.slug, { sha256: sha256Hex(images.LOGO_PNG) });
    expect(stale).toMatchObject({
      ok: false,
      error: { code: "conflict", current: { sha256: current.sha256, url: `/api/public/${a.slug}/logo/${current.sha256}` } },
    });
    expect(stale.ok ? "" : stale.error.message).toBe(dictionary("en").settings.logo.changedMeanwhile);
    expect(await storedLogo(a)).toEqual(current);
    expect(await removeCityLogoAction(a.slug, { sha256: "not-a-hash" })).toMatchObject({ ok: false, error: { code: "validation" } });
  });

  it("removes it, audited; its URL answers 404; removing again changes nothing", async () => {
    session.user = a.users.city_admin;
    const current = (await storedLogo(a))!;
    expect(await removeCityLogoAction(a.slug, { sha256: current.sha256 })).toEqual({ ok: true, data: { removed: true } });
    expect(await storedLogo(a)).toBeNull();
    expect((await get(a.slug, current.sha256)).status).toBe(404);
    expect((await cityAudit(a)).at(-1)).toMatchObject({ actorId: a.users.city_admin.id, action: "delete", before: { sha256: current.sha256 }, after: null });
    expect((await platformAudit(a)).at(-1)).toMatchObject({ action: "city.logo.remove", details: { before: { sha256: current.sha256 }, after: null } });
    const audits = (await cityAudit(a)).length;
    expect(await removeCityLogoAction(a.slug, { sha256: current.sha256 })).toEqual({ ok: true, data: { removed: false } });
    expect((await cityAudit(a)).length).toBe(audits);
  });

  it("the platform admin sets and removes any city's logo, audited under their name", async () => {
    session.user = platformAdmin;
    const form = upload(images.LOGO_PNG);
    form.set("citySlug", b.slug);
    const set = await uploadPlatformCityLogoAction(form);
    expect(set).toMatchObject({ ok: true, data: { sha256: sha256Hex(images.LOGO_PNG), url: `/api/public/${b.slug}/logo/${sha256Hex(images.LOGO_PNG)}` } });
    expect((await platformAudit(b)).at(-1)).toMatchObject({ actorId: platformAdmin.id, action: "city.logo.update" });
    expect(await removePlatformCityLogoAction({ citySlug: b.slug, sha256: sha256Hex(images.LOGO_PNG) })).toEqual({ ok: true, data: { removed: true } });
    expect(await storedLogo(b)).toBeNull();
    expect((await cityAudit(b)).at(-1)).toMatchObject({ actorId: platformAdmin.id, action: "delete" });
    expect(await uploadPlatformCityLogoAction(upload(images.LOGO_PNG))).toMatchObject({ ok: false, error: { code: "validation" } });
    const unknown = upload(images.LOGO_PNG);
    unknown.set("citySlug", "no-such-city-anywhere");
    expect(await uploadPlatformCityLogoAction(unknown)).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});

describe("the logo in a city backup", () => {
  it("comes back with the restore, also over the city as it is now (--replace): the backup's logo is served, the replaced one is not", async () => {
    const c = await createTestCity("logobk");
    session.user = c.users.city_admin;
    expect((await uploadCityLogoAction(c.slug, upload(images.LOGO_PNG))).ok).toBe(true);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "charta-logo-backup-")), "city.charta-backup.gz");
    await backupCity(process.env.DATABASE_URL!, c.slug, file);
    expect((await uploadCityLogoAction(c.slug, upload(images.OTHER_PNG))).ok).toBe(true);

    await restoreCity(process.env.DATABASE_URL!, file, { slug: c.slug, replace: true });
    const png = sha256Hex(images.LOGO_PNG);
    expect((await storedLogo(c))?.sha256).toBe(png);
    const res = await get(c.slug, png);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(images.LOGO_PNG))).toBe(true);
    expect((await get(c.slug, sha256Hex(images.OTHER_PNG))).status).toBe(404);
  });
});

describe("documents embed the logo (the printer loads nothing from the network)", () => {
  afterAll(closePdfBrowser);

  it("the published declaration's stored PDF and Word carry the logo; a document made after its removal does not", { timeout: 120_000 }, async () => {
    const c = await createTestCity("logodoc");
    session.user = c.users.city_admin;
    expect((await uploadCityLogoAction(c.slug, upload(images.LOGO_PNG))).ok).toBe(true);
    const db = cityDbForSchema(c.schemaName);
    const d = await createDeclaration(c.schemaName, { status: "published" });
    const outcomes = await storeDeclarationDocuments(await testScope(c, null, db), { declarationId: d.id });
    expect(outcomes.map((o) => o.result)).toEqual(["made", "made"]);

    const docx = await inspectDocx(Buffer.from((await readStoredFile(db, { key: declarationDocumentKey(d.id, 1, "docx") }))!.bytes));
    expect(Object.values(docx.media).map((m) => sha256Hex(m))).toEqual([sha256Hex(images.LOGO_PNG)]);
    expect(docx.documentXml).toContain(`descr="Test ${c.slug}"`);
    const pdf = await inspectPdf(Buffer.from((await readStoredFile(db, { key: declarationDocumentKey(d.id, 1, "pdf") }))!.bytes));
    expect(pdf.imagesPerPage[0]).toBe(1);
    expect(pdf.text).toContain("Housing");

    // The workspace's own downloads read the logo as it is now.
    const url = (file: string) => new NextRequest(`http://localhost/api/cities/${c.slug}/declaration/${d.id}/${file}`);
    const params = (file: string) => ({ params: Promise.resolve({ city: c.slug, id: d.id, file }) });
    const withLogo = await workspaceDeclaration.GET(url("declaration.pdf"), params("declaration.pdf"));
    expect((await inspectPdf(Buffer.from(await withLogo.arrayBuffer()))).imagesPerPage[0]).toBe(1);
    expect((await removeCityLogoAction(c.slug, { sha256: sha256Hex(images.LOGO_PNG) })).ok).toBe(true);
    const without = await workspaceDeclaration.GET(url("declaration.pdf"), params("declaration.pdf"));
    expect((await inspectPdf(Buffer.from(await without.arrayBuffer()))).imagesPerPage[0]).toBe(0);
    const withoutDocx = await workspaceDeclaration.GET(url("declaration.docx"), params("declaration.docx"));
    expect(Object.keys((await inspectDocx(Buffer.from(await withoutDocx.arrayBuffer()))).media)).toEqual([]);
  });

  it("the annual report's Word and PDF carry it too", { timeout: 120_000 }, async () => {
    const c = await createTestCity("logorep");
    session.user = c.users.city_admin;
    expect((await uploadCityLogoAction(c.slug, upload(images.LOGO_JPEG))).ok).toBe(true);
    session.user = c.users.officer;
    const created = await reportActions.createReportAction(c.slug, { year: 2024, locales: ["en"] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const get = (format: string) =>
      workspaceReport.GET(new NextRequest(`http://localhost/api/cities/${c.slug}/reports/${created.data.id}/${format}`), {
        params: Promise.resolve({ city: c.slug, id: created.data.id, format }),
      });
    const docx = await inspectDocx(Buffer.from(await (await get("docx")).arrayBuffer()));
    expect(Object.values(docx.media).map((m) => sha256Hex(m))).toEqual([sha256Hex(images.LOGO_JPEG)]);
    const pdf = await inspectPdf(Buffer.from(await (await get("pdf")).arrayBuffer()));
    expect(pdf.imagesPerPage[0]).toBe(1);
  });
});
