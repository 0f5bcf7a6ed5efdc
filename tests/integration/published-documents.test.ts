/**
 * Published documents are made once, when they are published, and stored in the city's schema;
 * anonymous downloads serve those bytes (ETag, Last-Modified, 304) and never start Chromium.
 * Without Chromium a person gets a page in their language that offers the Word file, publishing
 * stores what it can and says what is missing, and a later run fills the gap. A full print line
 * answers "busy" (503, Retry-After). Documents come in the language the link names, else the
 * city's default — never the browser's.
 */
import { NextRequest } from "next/server";
import { testScope } from "../helpers/city-scope";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";
import { createDeclaration } from "../helpers/declaration";
import { inspectDocx, inspectPdf } from "../helpers/documents";
import { approveThroughActions } from "../helpers/report-approval";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
// A browser that prefers English: documents must not follow it.
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers({ "accept-language": "en-GB,en;q=0.9" }) }));

const reportActions = await import("@/app/(app)/[city]/workspace/reports/actions");
const declarationActions = await import("@/app/(app)/[city]/workspace/declaration/actions");
const publicReport = await import("@/app/(public)/[city]/[locale]/reports/[year]/[format]/route");
const publicDeclaration = await import("@/app/(public)/[city]/[locale]/declaration/[format]/route");
const workspaceReport = await import("@/app/api/cities/[city]/reports/[id]/[format]/route");
const workspaceDeclaration = await import("@/app/api/cities/[city]/declaration/[id]/[file]/route");
const { closePdfBrowser, pdfBrowserLaunches, printQueue } = await import("@/lib/kernel/documents/print-pdf");
const { printerState, recordLaunch, chromiumPath } = await import("@/lib/kernel/documents/printer");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");
const { readStoredFile } = await import("@/lib/kernel/storage/stored-files");
const { reportDocumentKey, declarationDocumentKey } = await import("@/lib/features/publication/documents/keys");
const { produceMissingDocuments } = await import("@/lib/features/publication/documents/produce-missing");
const { publishCity } = await import("@/lib/features/publication/site/publish-city");

let city: TestCity;
const db = () => cityDbForSchema(city.schemaName);
const ok = <T>(r: { ok: true; data: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};
const bytes = async (r: Response) => Buffer.from(await r.arrayBuffer());

const CHROMIUM = process.env.CHROMIUM_PATH;
function withoutChromium(path = "/nonexistent/chromium") {
  process.env.CHROMIUM_PATH = path;
}
afterEach(() => {
  if (CHROMIUM === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = CHROMIUM;
  recordLaunch(chromiumPath(), null);
});
afterAll(closePdfBrowser);

const publicGet = (path: string, headers: Record<string, string> = {}) => {
  const [, slug, locale, kind, ...rest] = path.split("/");
  const request = new Request(`http://localhost${path}`, { headers });
  if (kind === "reports") return publicReport.GET(request, { params: Promise.resolve({ city: slug!, locale: locale!, year: rest[0]!, format: rest[1]! }) });
  return publicDeclaration.GET(request, { params: Promise.resolve({ city: slug!, locale: locale!, format: rest[0]! }) });
};
const workspaceReportGet = (id: string, format: string, query = "") =>
  workspaceReport.GET(new NextRequest(`http://localhost/api/cities/${city.slug}/reports/${id}/${format}${query}`), {
    params: Promise.resolve({ city: city.slug, id, format }),
  });

/** A report for `year` in Dutch and English, written, approved and published through the actions. */
async function publishReport(year: number): Promise<{ id: string; files: { format: string; locale: string; result: string; reason?: string }[] }> {
  session.user = city.users.officer;
  const { id } = ok(await reportActions.createReportAction(city.slug, { year, locales: ["nl", "en"] }));
  for (const [locale, content] of [
    ["nl", `Samenvatting van ${year}.`],
    ["en", `Summary of ${year}.`],
  ] as const) {
    ok(await reportActions.saveSectionAction(city.slug, { reportId: id, topic: "report", kind: "summary", locale, content, version: 0 }));
  }
  const version = await approveThroughActions(reportActions, session, city, id);
  const published = ok(await reportActions.transitionReportAction(city.slug, { id, version, to: "published", note: "" }));
  return { id, files: published.files };
}

let reportId = "";

beforeAll(async () => {
  city = await createTestCity("pdoc");
  // A Dutch city; every commitment public, so the report reveals nothing unpublished.
  await controlDb().city.update({ where: { id: city.cityId }, data: { defaultLocale: "nl", locales: ["nl", "en"] } });
  await db().commitment.updateMany({ data: { isPublic: true } });
  const published = await publishReport(2025);
  reportId = published.id;
  expect(published.files.map((f) => `${f.locale}.${f.format}:${f.result}`).sort()).toEqual(["en.docx:made", "en.pdf:made", "nl.docx:made", "nl.pdf:made"]);
}, 120_000);

describe("a published report's files", () => {
  it("are made at publication, in every language, from the frozen publication", async () => {
    const nl = await readStoredFile(db(), { key: reportDocumentKey(reportId, "nl", "pdf") });
    const pdf = await inspectPdf(Buffer.from(nl!.bytes));
    expect(pdf.language).toBe("nl");
    expect(pdf.text).toContain("Samenvatting van 2025.");
    expect(pdf.tagged).toBe(true);
    const en = await readStoredFile(db(), { key: reportDocumentKey(reportId, "en", "docx") });
    expect((await inspectDocx(Buffer.from(en!.bytes))).paragraphs).toContain("Summary of 2025.");
  });

  it("are served to anyone with ETag and Last-Modified, and 304 when the client has them", async () => {
    const res = await publicGet(`/${city.slug}/nl/reports/2025/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const stored = await readStoredFile(db(), { key: reportDocumentKey(reportId, "nl", "pdf") });
    expect((await bytes(res)).equals(Buffer.from(stored!.bytes))).toBe(true);
    const etag = res.headers.get("etag")!;
    const lastModified = res.headers.get("last-modified")!;
    expect(etag).toBe(`"${stored!.sha256}"`);
    expect(new Date(lastModified).getTime()).toBe(Math.floor(stored!.createdAt.getTime() / 1000) * 1000);

    const again = await publicGet(`/${city.slug}/nl/reports/2025/pdf`, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await publicGet(`/${city.slug}/nl/reports/2025/pdf`, { "if-modified-since": lastModified })).status).toBe(304);
    expect((await publicGet(`/${city.slug}/nl/reports/2025/pdf`, { "if-none-match": '"other"' })).status).toBe(200);
    expect(
      (await publicGet(`/${city.slug}/nl/reports/2025/pdf`, { "if-modified-since": new Date(Date.parse(lastModified) - 60_000).toUTCString() })).status,
    ).toBe(200);
  });

  it("never start Chromium for anonymous downloads, even twenty at once, and with no Chromium at all", async () => {
    await closePdfBrowser();
    withoutChromium();
    const launches = pdfBrowserLaunches();
    const paths = Array.from({ length: 20 }, (_, i) => `/${city.slug}/${i % 2 ? "en" : "nl"}/reports/2025/${i % 4 < 2 ? "pdf" : "docx"}`);
    const answers = await Promise.all(paths.map((p) => publicGet(p)));
    expect(answers.map((r) => r.status)).toEqual(paths.map(() => 200));
    for (const [i, r] of answers.entries()) {
      const [, , locale, , , format] = paths[i]!.split("/");
      const stored = await readStoredFile(db(), { key: reportDocumentKey(reportId, locale as "nl", format as "pdf") });
      expect((await bytes(r)).equals(Buffer.from(stored!.bytes)), paths[i]).toBe(true);
    }
    expect(pdfBrowserLaunches()).toBe(launches);
  });

  it("are a 404 for a year, language or format that was not published, and for another city", async () => {
    for (const path of [
      `/${city.slug}/nl/reports/2024/pdf`,
      `/${city.slug}/de/reports/2025/pdf`,
      `/${city.slug}/nl/reports/2025/odt`,
      `/nope-${city.slug}/nl/reports/2025/pdf`,
    ]) {
      expect((await publicGet(path)).status, path).toBe(404);
    }
  });
});

describe("without Chromium", () => {
  it("publishing stores the Word files, says which PDFs are missing and why, and a later run fills the gap", async () => {
    withoutChromium();
    const { id, files } = await publishReport(2024);
    expect(files.map((f) => `${f.locale}.${f.format}:${f.result}:${f.reason ?? ""}`).sort()).toEqual([
      "en.docx:made:",
      "en.pdf:failed:missing",
      "nl.docx:made:",
      "nl.pdf:failed:missing",
    ]);

    // The public PDF link says why, in the page's language, and offers the Word file.
    const res = await publicGet(`/${city.slug}/nl/reports/2024/pdf`);
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toContain("text/html");
    const page = await res.text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain("PDF afdrukken is niet beschikbaar");
    expect(page).toContain(`href="/${city.slug}/nl/reports/2024/docx"`);
    expect((await publicGet(`/${city.slug}/nl/reports/2024/docx`)).status).toBe(200);

    // Chromium is back: the job makes what is missing, and nothing twice.
    process.env.CHROMIUM_PATH = CHROMIUM ?? "/usr/bin/chromium";
    const filled = await produceMissingDocuments({ slugs: [city.slug] });
    expect(filled).toEqual({ cities: 1, made: 2, failed: 0 });
    expect((await publicGet(`/${city.slug}/en/reports/2024/pdf`)).status).toBe(200);
    expect(await produceMissingDocuments({ slugs: [city.slug] })).toEqual({ cities: 1, made: 0, failed: 0 });
    expect(await db().storedFile.count({ where: { key: { startsWith: `document:report:${id}:` } } })).toBe(4);
  }, 120_000);

  it("a PDF download in the workspace answers a page in the person's language that offers the Word file", async () => {
    session.user = city.users.council_member;
    withoutChromium();
    const res = await workspaceReportGet(reportId, "pdf", "?locale=en");
    expect(res.status).toBe(503);
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("PDF printing is not available");
    expect(page).toContain(`/api/cities/${city.slug}/reports/${reportId}/docx?locale=en`);
    expect((await workspaceReportGet(reportId, "docx", "?locale=en")).status).toBe(200);
  });

  it("a CHROMIUM_PATH that is not Chromium says so too, and the health check reports the printer failed", async () => {
    session.user = city.users.officer;
    withoutChromium("/bin/true");
    await closePdfBrowser();
    const res = await workspaceReportGet(reportId, "pdf", "?locale=nl");
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("PDF afdrukken is niet beschikbaar");
    expect(printerState()).toBe("failed");
  }, 60_000);
});

describe("a file that is not made yet", () => {
  it("answers 'being prepared' (503, Retry-After) in the page's language, until an officer makes the missing files", async () => {
    const key = reportDocumentKey(reportId, "nl", "docx");
    const before = await readStoredFile(db(), { key });
    await db().storedFile.delete({ where: { key } });
    const res = await publicGet(`/${city.slug}/nl/reports/2025/docx`);
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    const page = await res.text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain("Dit document wordt klaargemaakt");

    session.user = city.users.council_member;
    expect(await reportActions.produceReportFilesAction(city.slug, { id: reportId })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.user = city.users.officer;
    const made = ok(await reportActions.produceReportFilesAction(city.slug, { id: reportId }));
    expect(made.files.filter((f) => f.result === "made")).toEqual([{ format: "docx", locale: "nl", result: "made" }]);
    const again = await publicGet(`/${city.slug}/nl/reports/2025/docx`);
    expect(again.status).toBe(200);
    expect((await inspectDocx(await bytes(again))).paragraphs).toEqual((await inspectDocx(Buffer.from(before!.bytes))).paragraphs);
  }, 60_000);
});

describe("a full print line", () => {
  it("answers busy (503, Retry-After) in the person's language, while anonymous downloads go on", async () => {
    session.user = city.users.officer;
    let release!: () => void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const { running, waiting } = printQueue.load;
    expect({ running, waiting }).toEqual({ running: 0, waiting: 0 });
    // Two printing and eight waiting (PDF_CONCURRENCY 2, PDF_QUEUE_LENGTH 8 by default).
    const held = Array.from({ length: 10 }, () => printQueue.run(() => hold));
    try {
      expect(printQueue.load).toEqual({ running: 2, waiting: 8 });
      const res = await workspaceReportGet(reportId, "pdf", "?locale=nl");
      expect(res.status).toBe(503);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      const page = await res.text();
      expect(page).toContain("De PDF-printer is bezig");
      expect(page).toContain(`/api/cities/${city.slug}/reports/${reportId}/pdf?locale=nl`);
      expect((await publicGet(`/${city.slug}/nl/reports/2025/pdf`)).status).toBe(200);
    } finally {
      release();
      await Promise.all(held);
    }
  });
});

describe("the published declaration's files", () => {
  it("are made when it is published and served once the city's publication names it", async () => {
    const d = await createDeclaration(city.schemaName, { status: "adopted", title: "Verklaring van de mensenrechten", locale: "nl" });
    session.user = city.users.officer;
    const moved = ok(await declarationActions.moveDeclarationAction(city.slug, { declarationId: d.id, version: d.version, to: "published", note: "" }));
    expect(moved.files.map((f) => `${f.locale}.${f.format}:${f.result}`).sort()).toEqual(["nl.docx:made", "nl.pdf:made"]);
    // Not in a publication yet: nothing public.
    expect((await publicGet(`/${city.slug}/en/declaration/pdf`)).status).toBe(404);

    await publishCity(await testScope(city, city.users.officer.id, db()));
    const launches = pdfBrowserLaunches();
    withoutChromium();
    for (const locale of ["nl", "en"]) {
      const res = await publicGet(`/${city.slug}/${locale}/declaration/pdf`);
      expect(res.status).toBe(200);
      const stored = await readStoredFile(db(), { key: declarationDocumentKey(d.id, 1, "pdf") });
      expect((await bytes(res)).equals(Buffer.from(stored!.bytes))).toBe(true);
      expect((await publicGet(`/${city.slug}/${locale}/declaration/pdf`, { "if-none-match": res.headers.get("etag")! })).status).toBe(304);
    }
    const docx = await inspectDocx(await bytes(await publicGet(`/${city.slug}/en/declaration/docx`)));
    expect(docx.paragraphs).toContain("Everyone has the right to adequate housing in the city.");
    expect(pdfBrowserLaunches()).toBe(launches);
  }, 60_000);
});

describe("the language of a download", () => {
  it("is the city's default (Dutch) without a locale in the link, whatever the browser prefers", async () => {
    session.user = city.users.officer;
    const pdf = await inspectPdf(await bytes(await workspaceReportGet(reportId, "pdf")));
    expect(pdf.language).toBe("nl");
    expect(pdf.text).toContain("Samenvatting van 2025.");
    const en = await inspectPdf(await bytes(await workspaceReportGet(reportId, "pdf", "?locale=en")));
    expect(en.language).toBe("en");

    const d = await db().declaration.findFirstOrThrow({ where: { status: "published" } });
    const summary = await workspaceDeclaration.GET(new NextRequest(`http://localhost/api/cities/${city.slug}/declaration/${d.id}/summary.csv`), {
      params: Promise.resolve({ city: city.slug, id: d.id, file: "summary.csv" }),
    });
    expect((await summary.text()).split("\n")[0]).toContain("Artikel");
  }, 60_000);
});
