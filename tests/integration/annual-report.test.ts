import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { inspectDocx, inspectPdf } from "../helpers/documents";
import { createTestCity, type TestCity } from "../helpers/cities";
import { approveThroughActions, TEST_DECISION } from "../helpers/report-approval";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const actions = await import("@/app/(app)/[city]/workspace/reports/actions");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { loadPublishedReports } = await import("@/lib/features/reports/read-published-report");
const { buildReportView } = await import("@/lib/features/reports/report-view");
const { undisclosedCommitments } = await import("@/lib/features/reports/report-disclosure");
const { reportPdf, reportDocx } = await import("@/lib/features/reports/report-files");
const { closePdfBrowser } = await import("@/lib/kernel/documents/print-pdf");

let city: TestCity;
const db = () => cityDbForSchema(city.schemaName);
const ok = <T>(r: { ok: true; data: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};

beforeAll(async () => {
  city = await createTestCity("rep");
  // The record: F1 moved 0 → 40 in 2024 and 40 → 80 in 2025.
  const f1 = await db().commitment.findFirstOrThrow({ where: { elementKey: "F1" } });
  await db().commitment.update({ where: { id: f1.id }, data: { status: "in_progress", progress: 80, createdAt: new Date("2023-06-01T00:00:00Z") } });
  await db().commitmentUpdate.createMany({
    data: [
      { commitmentId: f1.id, at: new Date("2024-04-01T00:00:00Z"), fromStatus: "not_started", toStatus: "in_progress", fromProgress: 0, toProgress: 40 },
      { commitmentId: f1.id, at: new Date("2025-04-01T00:00:00Z"), fromProgress: 40, toProgress: 80 },
    ],
  });
  await db().commitment.updateMany({ data: { createdAt: new Date("2023-06-01T00:00:00Z") } });
  const plan = await db().actionPlan.create({
    data: {
      title: "Plan A",
      periodStart: new Date("2025-01-01"),
      periodEnd: new Date("2027-12-31"),
      status: "adopted",
      createdAt: new Date("2025-01-02T00:00:00Z"),
    },
  });
  const objective = await db().objective.create({ data: { planId: plan.id, title: "Objective" } });
  await db().action.create({
    data: {
      objectiveId: objective.id,
      title: "Open a help desk",
      status: "delayed",
      statusReason: "Budget cut",
      progress: 20,
      createdAt: new Date("2025-01-03T00:00:00Z"),
    },
  });
  const indicator = await db().indicator.create({
    data: {
      planId: plan.id,
      name: "Help desk visits",
      type: "outcome",
      unit: "visits",
      baselineValue: 50,
      targetValue: 500,
      targetYear: 2028,
      createdAt: new Date("2025-01-03T00:00:00Z"),
    },
  });
  await db().measurement.createMany({
    data: [
      { indicatorId: indicator.id, period: "2024", periodStart: new Date("2024-01-01"), value: 60, createdAt: new Date("2025-01-05T00:00:00Z") },
      { indicatorId: indicator.id, period: "2025", periodStart: new Date("2025-01-01"), value: 90, createdAt: new Date("2025-12-15T00:00:00Z") },
    ],
  });
});

afterAll(closePdfBrowser);

describe("the annual report", () => {
  let reportId = "";

  it("is generated from the record as of 31 December, and only officers and admins may create it", async () => {
    session.user = city.users.council_member;
    expect(await actions.createReportAction(city.slug, { year: 2025, locales: ["en"] })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    session.user = city.users.officer;
    reportId = ok(await actions.createReportAction(city.slug, { year: 2025, locales: ["en", "nl"] })).id;
    const view = await buildReportView(db(), reportId);
    const g = view.generated!;
    expect(g.framework.commitments.find((c) => c.elementKey === "F1")).toMatchObject({ progress: 80, before: { progress: 40 }, changes: 1 });
    expect(g.framework.overall.count).toBe(20);
    expect(g.framework.overall.progress).toBe(4); // 80 / 20
    expect(g.actionPlan.actions).toEqual([expect.objectContaining({ title: "Open a help desk", status: "delayed", reason: "Budget cut" })]);
    expect(g.indicators[0]).toMatchObject({ value: 90, previousValue: 60, change: 30, baselineValue: 50, targetValue: 500 });
    expect(g.declaration).toBeNull();
    expect(g.gaps.staleCommitments).toHaveLength(19);
    expect(await actions.createReportAction(city.slug, { year: 2025, locales: ["en"] })).toMatchObject({ ok: false, error: { code: "validation" } });
  });

  it("does not change when the record is edited later (frozen until regenerated)", async () => {
    const f1 = await db().commitment.findFirstOrThrow({ where: { elementKey: "F1" } });
    await db().commitment.update({ where: { id: f1.id }, data: { title: "Renamed later", progress: 100 } });
    await db().commitmentUpdate.create({ data: { commitmentId: f1.id, at: new Date("2026-01-10T00:00:00Z"), fromProgress: 80, toProgress: 100 } });
    const view = await buildReportView(db(), reportId);
    expect(view.generated!.framework.commitments.find((c) => c.elementKey === "F1")).toMatchObject({
      title: expect.not.stringContaining("Renamed"),
      progress: 80,
    });
  });

  it("saves narrative sections per language, refuses a stale version, and flags missing translations", async () => {
    session.user = city.users.officer;
    const saved = ok(
      await actions.saveSectionAction(city.slug, {
        reportId,
        topic: "framework",
        kind: "good_practice",
        locale: "en",
        content: "The help desk opened.",
        version: 0,
      }),
    );
    expect(saved.version).toBe(1);
    const stale = await actions.saveSectionAction(city.slug, {
      reportId,
      topic: "framework",
      kind: "good_practice",
      locale: "en",
      content: "Overwrite",
      version: 0,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict", current: { content: "The help desk opened." } } });
    const { missingTranslations } = await import("@/lib/features/reports/report-view");
    expect(missingTranslations(await buildReportView(db(), reportId), "nl")).toEqual([{ topic: "framework", kind: "good_practice" }]);
    expect(await db().auditLog.count({ where: { entity: "ReportSection" } })).toBe(1);
  });

  it("goes draft → consultation → approved (the decision, who recorded it) → published, frozen", async () => {
    session.user = city.users.officer;
    const rec = ok(await actions.addRecommendationAction(city.slug, { reportId, topic: "action_plan", text: "Fund the help desk.", departmentId: "" }));
    expect(rec.id).toBeTruthy();
    let v = (await db().annualReport.findUniqueOrThrow({ where: { id: reportId } })).version;
    v = ok(await actions.transitionReportAction(city.slug, { id: reportId, version: v, to: "consultation", note: "" })).version;
    expect(await actions.transitionReportAction(city.slug, { id: reportId, version: v, to: "approved", note: "" })).toMatchObject({
      ok: false,
      error: { code: "validation" },
    });
    v = await approveThroughActions(actions, session, city, reportId, "Council resolution 2026/14");
    const approved = await db().annualReport.findUniqueOrThrow({ where: { id: reportId } });
    expect(approved).toMatchObject({
      status: "approved",
      submittedBy: city.users.officer.id,
      approvedBy: city.users.city_admin.id,
      approvalNote: "Council resolution 2026/14",
      decisionBody: "council",
      decisionRef: TEST_DECISION.reference,
      decisionOn: new Date(`${TEST_DECISION.decidedOn}T00:00:00Z`),
    });
    expect(await actions.saveSectionAction(city.slug, { reportId, topic: "report", kind: "summary", locale: "en", content: "x", version: 0 })).toMatchObject({
      ok: false,
      error: { code: "validation" },
    });
    expect(await loadPublishedReports(city.slug)).toEqual([]);
    // None of the city's commitments is public: publishing them in the report is the officer's decision (report-disclosure.test.ts).
    const undisclosed = await undisclosedCommitments(db(), await buildReportView(db(), reportId));
    expect(undisclosed).toHaveLength(20);
    ok(
      await actions.transitionReportAction(city.slug, {
        id: reportId,
        version: v,
        to: "published",
        note: "",
        disclosure: { decision: "include", commitments: undisclosed.map((u) => u.key) },
      }),
    );

    const published = await loadPublishedReports(city.slug);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ year: 2025, status: "published", recommendations: [expect.objectContaining({ text: "Fund the help desk." })] });
    // A later edit of the sections' table does not reach the publication.
    await db().reportSection.updateMany({ data: { content: "CHANGED AFTER PUBLISHING" } });
    expect(JSON.stringify(await loadPublishedReports(city.slug))).not.toContain("CHANGED AFTER PUBLISHING");
    expect(JSON.stringify(published[0])).toContain("The help desk opened.");
  });

  it("opening its consultation told the advisory council, in-app with a link to the report (issue 13.10)", async () => {
    const notes = await db().notification.findMany({ where: { userId: city.users.advisory_member.id, kind: "consultation_opened" } });
    expect(notes).toEqual([
      expect.objectContaining({ title: expect.stringContaining("annual report 2025"), link: `/${city.slug}/workspace/reports/${reportId}` }),
    ]);
    // Only the advisory council: the officer who opened it is not told.
    expect(await db().notification.count({ where: { userId: city.users.officer.id, kind: "consultation_opened" } })).toBe(0);
  });

  it("evaluates the earlier year's recommendations in the next report, with history", async () => {
    session.user = city.users.officer;
    // (2026 may not have ended when this runs: then it can only be an interim report.)
    const next = ok(await actions.createReportAction(city.slug, { year: 2026, locales: ["en"], interim: true })).id;
    const rec = await db().recommendation.findFirstOrThrow({ where: { yearMade: 2025 } });
    ok(
      await actions.saveEvaluationAction(city.slug, {
        reportId: next,
        recommendationId: rec.id,
        outcome: "implemented_partly",
        note: "Funded for one year.",
        version: 0,
      }),
    );
    expect((await db().recommendation.findUniqueOrThrow({ where: { id: rec.id } })).latestOutcome).toBe("implemented_partly");
    const view = await buildReportView(db(), next);
    expect(view.evaluations).toEqual([
      expect.objectContaining({ text: "Fund the help desk.", yearMade: 2025, outcome: "implemented_partly", note: "Funded for one year.", history: [] }),
    ]);
    // A recommendation cannot be evaluated in the report it was made in.
    const own = ok(await actions.addRecommendationAction(city.slug, { reportId: next, topic: "report", text: "New one.", departmentId: "" }));
    expect(
      await actions.saveEvaluationAction(city.slug, { reportId: next, recommendationId: own.id, outcome: "not_implemented", note: "", version: 0 }),
    ).toMatchObject({ ok: false, error: { code: "validation" } });
  });

  it("prints a tagged PDF with text, outline and page numbers, and a Word file that opens", async () => {
    const [view] = await loadPublishedReports(city.slug);
    const pdf = await inspectPdf(await reportPdf(view!, "en", `Test ${city.slug}`));
    expect(pdf.tagged).toBe(true);
    expect(pdf.text).toContain("Fund the help desk.");
    expect(pdf.text).toContain("Help desk visits");
    // A target year is the end of that year (issue 13.8).
    expect(pdf.text).toContain("500 visits (end of 2028)");
    // Chromium builds bookmarks from the laid-out heading: where the long title wraps, the space goes.
    expect(pdf.outline[0]!.title).toMatch(/human rights report ?2025/);
    expect(pdf.outline[0]!.children.map((c) => c.title)).toEqual(
      expect.arrayContaining(["Contents", "The framework", "Indicators", "Recommendations made in this report"]),
    );
    expect(pdf.pages[0]).toContain(`1 / ${pdf.pageCount}`);
    // The published report carries no draft mark.
    expect(pdf.text).not.toContain("DRAFT");
    // Every chart is one Figure with its alternative text (not a second, empty one around it), and
    // the file says what it is in its XMP metadata (issue 13.11).
    expect(pdf.figures).toBeGreaterThanOrEqual(2);
    expect(pdf.figuresWithoutAlt).toBe(0);
    expect(pdf.xmp).toContain("<pdfuaid:part>1</pdfuaid:part>");
    expect(pdf.displayDocTitle).toBe(true);
    const docx = await inspectDocx(await reportDocx(view!, "nl", `Test ${city.slug}`));
    expect(docx.coreXml).toContain("<dc:language>nl");
    expect(docx.paragraphs[0]).toContain("mensenrechtenverslag 2025");
    expect(docx.paragraphStyles.has("Heading1")).toBe(true);
    expect(docx.paragraphs).toContain("Fund the help desk. (Gericht aan: geen afdeling)");
  }, 90_000);
});

describe("a year that has not ended (issue 13.2)", () => {
  let running: TestCity;
  const thisYear = new Date().getUTCFullYear();
  const today = new Date().toISOString().slice(0, 10);
  beforeAll(async () => {
    running = await createTestCity("rep");
  });

  it("is refused as a report of the year, with a message that says why and what to do", async () => {
    session.user = running.users.officer;
    const refused = await actions.createReportAction(running.slug, { year: thisYear, locales: ["en"] });
    expect(refused).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { year: ["reports.validation.yearNotEnded"] } } });
  });

  it("is an interim report when asked: its figures are as of today, and its page, PDF (every page) and Word file say so", async () => {
    session.user = running.users.officer;
    const id = ok(await actions.createReportAction(running.slug, { year: thisYear, locales: ["en"], interim: true })).id;
    const view = await buildReportView(cityDbForSchema(running.schemaName), id);
    expect(view.generated).toMatchObject({ interim: true, asOf: today });
    const pdf = await inspectPdf(await reportPdf(view, "en", "Interimstad"));
    expect(pdf.pages[0]).toContain(`Interimstad: interim human rights report ${thisYear}`);
    expect(pdf.text).toContain(`Interim report: the year ${thisYear} has not ended.`);
    expect(pdf.text).not.toContain(`31 December ${thisYear}`);
    for (const page of pdf.pages) expect(page).toContain("Interim report — as of");
    const docx = await inspectDocx(await reportDocx(view, "en", "Interimstad"));
    expect(docx.headers.join(" ")).toContain("Interim report — as of");
    // Not published yet: every page also says it is a draft (issue 13.5).
    for (const page of pdf.pages) expect(page).toContain("DRAFT — printed on");
    expect(docx.headers.join(" ")).toContain("DRAFT — printed on");
    expect(docx.paragraphs.join(" ")).toContain(`Interim report: the year ${thisYear} has not ended.`);
  }, 90_000);
});
