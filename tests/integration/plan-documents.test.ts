/**
 * The plan as PDF and Word through the route handlers: the PDF is tagged, has bookmarks for its
 * sections and holds the objectives, actions (with the owner's name from this city's members),
 * dates and indicators; the .docx opens with the same text and heading styles; a draft says it is
 * a draft; a council member may download; another city's plan id answers 404.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { inspectDocx, inspectPdf, type OutlineEntry } from "@/tests/helpers/documents";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "charta-locale" ? { value: "en" } : undefined) }),
  headers: async () => new Headers(),
}));

const pdfRoute = await import("@/app/api/cities/[city]/plans/[planId]/document.pdf/route");
const docxRoute = await import("@/app/api/cities/[city]/plans/[planId]/document.docx/route");
const { closePdfBrowser } = await import("@/lib/kernel/documents/print-pdf");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { Prisma } = await import("@/lib/generated/city/client");
const { createTestCity, createUser } = await import("../helpers/cities");
const { createPlanFixture } = await import("../helpers/plan-fixture");

type TestCity = Awaited<ReturnType<typeof createTestCity>>;
let a: TestCity;
let b: TestCity;
let plan: Awaited<ReturnType<typeof createPlanFixture>>;
let draft: Awaited<ReturnType<typeof createPlanFixture>>;
let planB: Awaited<ReturnType<typeof createPlanFixture>>;

beforeAll(async () => {
  a = await createTestCity("pdoc");
  b = await createTestCity("pdoc");
  const dept = await cityDbForSchema(a.schemaName).department.create({ data: { name: "Public Works" } });
  plan = await createPlanFixture(a, { title: "Equal access plan", departmentId: dept.id });
  draft = await createPlanFixture(a, { status: "draft", title: "Next plan" });
  // An owner who is no member of city A (a user of city B): no name may appear.
  const outsider = await createUser(`outsider-${b.slug}@example.org`);
  planB = await createPlanFixture(b, { title: "Other city plan", ownerId: outsider.id });
  await cityDbForSchema(a.schemaName).action.update({ where: { id: plan.actionIds[1] }, data: { ownerId: outsider.id } });
  await cityDbForSchema(a.schemaName).measurement.create({
    data: { indicatorId: plan.indicatorId, period: "2024", periodStart: new Date("2024-01-01T00:00:00Z"), value: new Prisma.Decimal("71.5") },
  });
}, 120_000);

afterAll(async () => {
  await closePdfBrowser();
});

function get(route: typeof pdfRoute, city: TestCity, planId: string) {
  const ext = route === pdfRoute ? "pdf" : "docx";
  return route.GET(new NextRequest(`http://localhost/api/cities/${city.slug}/plans/${planId}/document.${ext}`), {
    params: Promise.resolve({ city: city.slug, planId }),
  });
}

const titles = (o: OutlineEntry[]): string[] => o.flatMap((e) => [e.title, ...titles(e.children)]);

describe("plan documents", () => {
  it("prints the plan as a tagged PDF with bookmarks, its actions, owners, dates and indicators", async () => {
    session.user = a.users.council_member;
    const res = await get(pdfRoute, a, plan.planId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain(`charta-${a.slug}-plan-equal-access-plan.pdf`);
    const pdf = await inspectPdf(Buffer.from(await res.arrayBuffer()));
    expect(pdf.tagged).toBe(true);
    expect(pdf.title).toBe("Equal access plan");
    expect(pdf.language).toBe("en");
    const bookmarks = titles(pdf.outline);
    expect(bookmarks).toEqual(expect.arrayContaining(["Equal access plan", "Objectives and actions", "1. Accessible public buildings", "Indicators"]));
    const text = pdf.text.replace(/\s+/g, " ");
    for (const s of [
      "Council resolution 2023/17",
      "Audit all public buildings",
      "Install ramps and automatic doors",
      "Public Works",
      "30 Jun 2024",
      "On track",
      "40%",
      "71.5 % (2024)",
      "40 % (2022)",
      "90 % (end of 2027)",
    ]) {
      expect(text).toContain(s);
    }
    // The officer of city A owns the first action; the second's owner is no member of A.
    expect(text).toContain("officer");
    expect(text).not.toContain("outsider");
    expect(text).not.toContain("DRAFT");
  }, 90_000);

  it("writes the same plan as a Word document with heading styles", async () => {
    session.user = a.users.officer;
    const res = await get(docxRoute, a, plan.planId);
    expect(res.status).toBe(200);
    const docx = await inspectDocx(Buffer.from(await res.arrayBuffer()));
    expect(docx.paragraphs[0]).toBe("Equal access plan");
    expect(docx.paragraphStyles).toEqual(expect.objectContaining(new Set(["Heading1", "Heading2", "Heading3"])));
    const text = docx.paragraphs.join("\n");
    for (const s of ["Objectives and actions", "Audit all public buildings", "Public Works", "Accessible public buildings", "71.5 % (2024)"])
      expect(text).toContain(s);
    expect(docx.coreXml).toContain("Equal access plan");
  });

  it("labels a draft as a draft", async () => {
    session.user = a.users.officer;
    const docx = await inspectDocx(Buffer.from(await (await get(docxRoute, a, draft.planId)).arrayBuffer()));
    expect(docx.paragraphs[0]).toBe("DRAFT — Next plan");
    expect(docx.paragraphs.join("\n")).toContain("This is a draft.");
  });

  it("answers 404 for another city's plan and for a member of another city", async () => {
    session.user = a.users.city_admin;
    expect((await get(pdfRoute, a, planB.planId)).status).toBe(404);
    expect((await get(docxRoute, a, planB.planId)).status).toBe(404);
    expect((await get(docxRoute, b, planB.planId)).status).toBe(404);
    expect((await get(docxRoute, a, "not-a-uuid")).status).toBe(404);
  });
});
