import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";
import { createDeclaration } from "../helpers/declaration";
import { inspectDocx, inspectPdf } from "../helpers/documents";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const { GET } = await import("@/app/api/cities/[city]/declaration/[id]/[file]/route");
const { declarationComments: core } = await import("@/lib/features/comments/targets/declaration");
const { closePdfBrowser } = await import("@/lib/kernel/documents/print-pdf");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");

let city: TestCity;
let other: TestCity;
let declarationId: string;

const get = (slug: string, id: string, file: string, query = "") =>
  GET(new NextRequest(`http://localhost/api/cities/${slug}/declaration/${id}/${file}${query}`), { params: Promise.resolve({ city: slug, id, file }) });
const bytes = async (r: Response) => Buffer.from(await r.arrayBuffer());

beforeAll(async () => {
  city = await createTestCity("dx");
  other = await createTestCity("dx");
  const d = await createDeclaration(city.schemaName, { title: "Zonnestad human rights declaration" });
  declarationId = d.id;
  // Version 2 with a changed article title, so versions can be told apart.
  const db = cityDbForSchema(city.schemaName);
  const v1 = await db.declarationVersion.findFirstOrThrow({ where: { declarationId: d.id, number: 1 } });
  const content = structuredClone(v1.content) as { content: { type: string; content: { text: string }[] }[] };
  content.content[1]!.content[0]!.text = "Housing and shelter";
  await db.declarationVersion.create({ data: { declarationId: d.id, number: 2, content } });
  await db.declaration.update({ where: { id: d.id }, data: { currentVersion: 2 } });

  const cityRow = await controlDb().city.findUniqueOrThrow({ where: { id: city.cityId } });
  const actor = (role: "advisory_member" | "officer") => ({ db, city: cityRow, actor: { id: city.users[role].id, name: city.users[role].name, role } });
  const c = await core.addComment(actor("advisory_member"), {
    declarationId: d.id,
    body: '=HYPERLINK("http://evil") please define adequate',
    selection: { blockIndex: 2, from: 26, to: 42 },
  });
  await core.setCommentOutcome(actor("officer"), { id: c.id, version: c.version, outcome: "accepted", reason: "Defined in the new paragraph." });
  const hidden = await core.addComment(actor("advisory_member"), { declarationId: d.id, body: "HIDDEN-IN-EXPORT" });
  await core.hideComment(actor("officer"), { id: hidden.id, version: hidden.version, reason: "off topic" });
});

afterAll(closePdfBrowser);

describe("declaration exports", () => {
  it("PDF of the current version: text, tagged, bookmarked by article; an earlier version on request", async () => {
    session.user = city.users.council_member;
    const res = await get(city.slug, declarationId, "declaration.pdf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = await inspectPdf(await bytes(res));
    expect(pdf.text).toContain("Everyone has the right to adequate housing in the city.");
    expect(pdf.tagged).toBe(true);
    expect(pdf.title).toBe("Zonnestad human rights declaration");
    const titles = JSON.stringify(pdf.outline);
    expect(titles).toContain("Article 1 Housing and shelter");
    expect(titles).toContain("Article 2 Participation");

    const v1 = await inspectPdf(await bytes(await get(city.slug, declarationId, "declaration.pdf", "?version=1")));
    expect(v1.text).toContain("Article 1 Housing");
    expect(v1.text).not.toContain("Housing and shelter");
  }, 60_000);

  it("Word document with the text and article headings", async () => {
    session.user = city.users.advisory_member;
    const res = await get(city.slug, declarationId, "declaration.docx");
    expect(res.status).toBe(200);
    const docx = await inspectDocx(await bytes(res));
    expect(docx.paragraphs).toContain("Article 1 — Housing and shelter");
    expect(docx.paragraphs).toContain("Everyone has the right to adequate housing in the city.");
    expect(docx.paragraphStyles.has("Heading3")).toBe(true);
  });

  it("summary CSV: formula-safe, outcome and reason, no hidden comment", async () => {
    session.user = city.users.officer;
    const res = await get(city.slug, declarationId, "summary.csv");
    expect(res.status).toBe(200);
    const text = (await bytes(res)).toString("utf8");
    expect(text).toContain("'=HYPERLINK");
    expect(text).toContain("Accepted");
    expect(text).toContain("Defined in the new paragraph.");
    expect(text).toContain("Article 1 — Housing and shelter");
    expect(text).not.toContain("HIDDEN-IN-EXPORT");
  });

  it("summary PDF lists the comment with its outcome", async () => {
    session.user = city.users.officer;
    const pdf = await inspectPdf(await bytes(await get(city.slug, declarationId, "summary.pdf")));
    expect(pdf.text).toContain("Defined in the new paragraph.");
    expect(pdf.text).toContain("Accepted");
    expect(pdf.text).not.toContain("HIDDEN-IN-EXPORT");
    expect(pdf.tagged).toBe(true);
  }, 60_000);

  it("a text that is not adopted says DRAFT, its version and its date on every page, in PDF and Word; the adopted text does not (issue 13.5)", async () => {
    session.user = city.users.officer;
    const draft = await inspectPdf(await bytes(await get(city.slug, declarationId, "declaration.pdf", "?version=1")));
    expect(draft.pages.length).toBeGreaterThan(0);
    for (const page of draft.pages) expect(page).toMatch(/DRAFT — version 1 — \w+ \d{1,2}, \d{4}|DRAFT — version 1 — \d{1,2} \w+ \d{4}/);
    const word = await inspectDocx(await bytes(await get(city.slug, declarationId, "declaration.docx")));
    expect(word.headers.join(" ")).toMatch(/DRAFT — version 2 — /);
    expect(word.paragraphs.join(" ")).not.toMatch(/Adopted by the municipal council/);

    const adopted = await createDeclaration(city.schemaName, { title: "Adopted declaration", status: "adopted" });
    const pdf = await inspectPdf(await bytes(await get(city.slug, adopted.id, "declaration.pdf")));
    expect(pdf.text).not.toContain("DRAFT");
    const docx = await inspectDocx(await bytes(await get(city.slug, adopted.id, "declaration.docx")));
    expect(docx.headers.join(" ")).not.toContain("DRAFT");
  }, 60_000);

  it("another city's member gets 404 for every file; nobody signed in gets 401", async () => {
    session.user = other.users.city_admin;
    for (const file of ["declaration.pdf", "declaration.docx", "summary.csv", "summary.pdf"]) {
      expect((await get(city.slug, declarationId, file)).status).toBe(404);
      // Their own slug with this city's id: not found either.
      expect((await get(other.slug, declarationId, file)).status).toBe(404);
    }
    session.user = null;
    expect((await get(city.slug, declarationId, "summary.csv")).status).toBe(401);
  });
});
