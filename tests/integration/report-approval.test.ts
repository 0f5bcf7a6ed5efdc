/**
 * Issue 13.3 and 13.4: nothing half-written is approved or adopted, and approval records the
 * decision (body, date, reference) by a second person — the report's and the declaration's.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";
import { createDeclaration } from "../helpers/declaration";
import { inspectDocx } from "../helpers/documents";

const session = vi.hoisted(() => ({ user: null as SessionUser | null, locale: undefined as string | undefined }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "charta-locale" && session.locale ? { value: session.locale } : undefined) }),
  headers: async () => new Headers(),
}));

const actions = await import("@/app/(app)/[city]/workspace/reports/actions");
const declarationActions = await import("@/app/(app)/[city]/workspace/declaration/actions");
const settingsActions = await import("@/app/(app)/[city]/workspace/settings/actions");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");
const { buildReportView } = await import("@/lib/features/reports/report-view");
const { reportHtml } = await import("@/lib/features/reports/report-html");
const { reportDocx } = await import("@/lib/features/reports/report-files");
const { loadPublishedReports } = await import("@/lib/features/reports/read-published-report");
const { sectionSlots } = await import("@/lib/features/reports/topics");
const { undisclosedCommitments } = await import("@/lib/features/reports/report-disclosure");
const { LOCALE_COOKIE } = await import("@/lib/kernel/i18n/locales");
const { closePdfBrowser } = await import("@/lib/kernel/documents/print-pdf");

let city: TestCity;
const db = () => cityDbForSchema(city.schemaName);
const ok = <T>(r: { ok: true; data: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};
const as = (role: keyof TestCity["users"]) => (session.user = city.users[role]);
const version = async (id: string) => (await db().annualReport.findUniqueOrThrow({ where: { id } })).version;
const DECISION = { body: "council", decidedOn: "2025-02-12", reference: "RB-2025-7" } as const;

async function setFourEyes(on: boolean) {
  const row = await controlDb().city.findUniqueOrThrow({ where: { id: city.cityId } });
  as("city_admin");
  ok(
    await settingsActions.updateCitySettingsAction(city.slug, {
      name: row.name,
      locales: row.locales as ("en" | "nl")[],
      defaultLocale: row.defaultLocale as "en" | "nl",
      brandColor: row.brandColor,
      fourEyesApproval: on,
      version: row.version,
    }),
  );
}

beforeAll(async () => {
  expect(LOCALE_COOKIE).toBe("charta-locale");
  city = await createTestCity("apr");
  await controlDb().city.update({ where: { id: city.cityId }, data: { locales: ["en", "nl"] } });
});

afterAll(closePdfBrowser);

describe("report approval", () => {
  let id = "";

  it("is refused while a section is missing in a language to be published, naming each section and language, in English and Dutch", async () => {
    expect((await controlDb().city.findUniqueOrThrow({ where: { id: city.cityId } })).fourEyesApproval).toBe(true);
    as("officer");
    id = ok(await actions.createReportAction(city.slug, { year: 2025, locales: ["en", "nl"] })).id;
    ok(await actions.saveSectionAction(city.slug, { reportId: id, topic: "report", kind: "summary", locale: "en", content: "The year in short.", version: 0 }));

    const refused = await actions.requestReportApprovalAction(city.slug, { id, version: await version(id) });
    expect(refused).toMatchObject({ ok: false, error: { code: "validation" } });
    const message = refused.ok ? "" : refused.error.message;
    expect(message).toMatch(/^The report is not complete\. Missing: Foreword \(English\); Foreword \(Dutch\); Summary \(Dutch\); /);
    expect(message).toContain("The framework: Good practice (Dutch)");
    expect(message).not.toContain("Summary (English)");

    session.locale = "nl";
    const dutch = await actions.transitionReportAction(city.slug, { id, version: await version(id), to: "approved", note: "", decision: DECISION });
    session.locale = undefined;
    expect(dutch).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(dutch.ok ? "" : dutch.error.message).toMatch(
      /^Het verslag is niet compleet\. Ontbreekt: Voorwoord \(Engels\); Voorwoord \(Nederlands\); Samenvatting \(Nederlands\); /,
    );
    expect((await db().annualReport.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
  });

  it("is complete once a language and the unwritten sections are left out on purpose; they are absent from the page and the Word file", async () => {
    as("officer");
    ok(await actions.setReportLanguagesAction(city.slug, { id, version: await version(id), locales: ["en"] }));
    for (const s of sectionSlots().filter((s) => s.kind !== "summary")) {
      ok(await actions.setSectionOmittedAction(city.slug, { id, version: await version(id), topic: s.topic, kind: s.kind, omitted: true }));
    }
    // Taking one back in makes it missing again; leaving it out again completes the report.
    ok(await actions.setSectionOmittedAction(city.slug, { id, version: await version(id), topic: "report", kind: "foreword", omitted: false }));
    const again = await actions.requestReportApprovalAction(city.slug, { id, version: await version(id) });
    expect(again.ok ? "" : again.error.message).toBe(
      "The report is not complete. Missing: Foreword (English). Write these sections or leave them out on purpose.",
    );
    ok(await actions.setSectionOmittedAction(city.slug, { id, version: await version(id), topic: "report", kind: "foreword", omitted: true }));

    const view = await buildReportView(db(), id);
    expect(view.locales).toEqual(["en"]);
    expect(view.omittedSections).toHaveLength(sectionSlots().length - 1);
    const html = String(reportHtml(view, { locale: "en", cityName: "Approvaltown" }));
    expect(html).toContain("The year in short.");
    expect(html).not.toContain("Not written yet.");
    expect(html).not.toContain(">Foreword<");
    expect(html).not.toContain(">Good practice<");
    const docx = await inspectDocx(await reportDocx(view, "en", "Approvaltown"));
    expect(docx.paragraphs).toContain("The year in short.");
    expect(docx.paragraphs).not.toContain("Not written yet.");
    expect(docx.paragraphs).not.toContain("Foreword");
    // The choices are in the audit log.
    expect(await db().auditLog.count({ where: { entity: "AnnualReport", entityId: id, action: "update" } })).toBe(sectionSlots().length + 2);
  });

  it("needs a second person: not without a submission, not by the one who submitted, not by a council member; a change withdraws the submission", async () => {
    as("officer");
    const alone = await actions.transitionReportAction(city.slug, { id, version: await version(id), to: "approved", note: "", decision: DECISION });
    expect(alone).toMatchObject({ ok: false, error: { code: "forbidden", message: expect.stringContaining("must be submitted for approval") } });

    ok(await actions.requestReportApprovalAction(city.slug, { id, version: await version(id) }));
    expect(await db().annualReport.findUniqueOrThrow({ where: { id } })).toMatchObject({ submittedBy: city.users.officer.id, submittedAt: expect.any(Date) });
    const own = await actions.transitionReportAction(city.slug, { id, version: await version(id), to: "approved", note: "", decision: DECISION });
    expect(own).toMatchObject({ ok: false, error: { code: "forbidden", message: expect.stringContaining("you submitted this report") } });

    // Editing the text after submitting withdraws the submission: the second person approves what was submitted.
    const summary = await db().reportSection.findFirstOrThrow({ where: { reportId: id, kind: "summary" } });
    ok(
      await actions.saveSectionAction(city.slug, {
        reportId: id,
        topic: "report",
        kind: "summary",
        locale: "en",
        content: "The year, in short.",
        version: summary.version,
      }),
    );
    expect(await db().annualReport.findUniqueOrThrow({ where: { id } })).toMatchObject({ submittedBy: null, submittedAt: null });
    ok(await actions.requestReportApprovalAction(city.slug, { id, version: await version(id) }));
    // So does a new recommendation.
    ok(await actions.addRecommendationAction(city.slug, { reportId: id, topic: "report", text: "Keep going.", departmentId: "" }));
    expect(await db().annualReport.findUniqueOrThrow({ where: { id } })).toMatchObject({ submittedBy: null });
    ok(await actions.requestReportApprovalAction(city.slug, { id, version: await version(id) }));

    as("council_member");
    expect(await actions.transitionReportAction(city.slug, { id, version: await version(id), to: "approved", note: "", decision: DECISION })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
  });

  it("records the decision: body, date (not in the future) and reference are required, and who recorded it", async () => {
    as("city_admin");
    const v = await version(id);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(
      await actions.transitionReportAction(city.slug, { id, version: v, to: "approved", note: "", decision: { ...DECISION, decidedOn: tomorrow } }),
    ).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { "decision.decidedOn": ["reports.validation.decisionDateFuture"] } },
    });
    expect(
      await actions.transitionReportAction(city.slug, { id, version: v, to: "approved", note: "", decision: { ...DECISION, reference: " " } }),
    ).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { "decision.reference": ["reports.validation.decisionRefRequired"] } },
    });
    expect(await actions.transitionReportAction(city.slug, { id, version: v, to: "approved", note: "" })).toMatchObject({
      ok: false,
      error: { code: "validation" },
    });
    expect(
      await actions.transitionReportAction(city.slug, {
        id,
        version: v,
        to: "approved",
        note: "",
        decision: { body: "other", decidedOn: "2025-02-12", reference: "X" },
      }),
    ).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { "decision.bodyName": ["reports.validation.decisionBodyNameRequired"] } } });

    ok(await actions.transitionReportAction(city.slug, { id, version: v, to: "approved", note: "Unanimous.", decision: DECISION }));
    expect(await db().annualReport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "approved",
      submittedBy: city.users.officer.id,
      approvedBy: city.users.city_admin.id,
      approvedAt: expect.any(Date),
      decisionBody: "council",
      decisionOn: new Date("2025-02-12T00:00:00Z"),
      decisionRef: "RB-2025-7",
      approvalNote: "Unanimous.",
    });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entity: "AnnualReport", entityId: id, action: "status:approved" } });
    expect(audit).toMatchObject({ actorId: city.users.city_admin.id, after: expect.objectContaining({ submittedBy: city.users.officer.id }) });
  });

  it("states the decision's date, not the day it was recorded, on the page, in Word and in the published report", async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(today).not.toBe("2025-02-12");
    const view = await buildReportView(db(), id);
    const line = "Approved by the municipal council on 12 February 2025 (reference RB-2025-7).";
    expect(String(reportHtml(view, { locale: "en", cityName: "Approvaltown" }))).toContain(line);
    expect(String(reportHtml(view, { locale: "nl", cityName: "Approvaltown" }))).toContain(
      "Vastgesteld door de gemeenteraad op 12 februari 2025 (kenmerk RB-2025-7).",
    );
    expect((await inspectDocx(await reportDocx(view, "en", "Approvaltown"))).paragraphs).toContain(line);

    as("officer");
    const undisclosed = await undisclosedCommitments(db(), view);
    ok(
      await actions.transitionReportAction(city.slug, {
        id,
        version: await version(id),
        to: "published",
        note: "",
        disclosure: { decision: "omit", commitments: undisclosed.map((u) => u.key) },
      }),
    );
    const [published] = await loadPublishedReports(city.slug);
    expect(published?.decision).toEqual({ body: "council", bodyName: "", decidedOn: "2025-02-12", reference: "RB-2025-7" });
    expect(String(reportHtml(published!, { locale: "en", cityName: "Approvaltown" }))).toContain(line);
  });

  it("with four-eyes approval switched off in the city settings, the one who submits may record the decision", async () => {
    await setFourEyes(false);
    // The setting is the city admin's, in the settings form, and audited on the platform.
    const logged = await controlDb().platformAuditLog.findFirstOrThrow({
      where: { cityId: city.cityId, action: "city.settings.update" },
      orderBy: { at: "desc" },
    });
    expect(logged.details).toMatchObject({ before: { fourEyesApproval: true }, after: { fourEyesApproval: false } });
    as("officer");
    const solo = ok(await actions.createReportAction(city.slug, { year: 2024, locales: ["en"] })).id;
    for (const s of sectionSlots()) {
      ok(await actions.saveSectionAction(city.slug, { reportId: solo, topic: s.topic, kind: s.kind, locale: "en", content: `${s.kind} text`, version: 0 }));
    }
    ok(
      await actions.transitionReportAction(city.slug, {
        id: solo,
        version: await version(solo),
        to: "approved",
        note: "",
        decision: { ...DECISION, body: "executive" },
      }),
    );
    expect(await db().annualReport.findUniqueOrThrow({ where: { id: solo } })).toMatchObject({
      status: "approved",
      approvedBy: city.users.officer.id,
      submittedBy: null,
    });
    const view = await buildReportView(db(), solo);
    expect(String(reportHtml(view, { locale: "en", cityName: "Approvaltown" }))).toContain("Approved by the mayor and aldermen on 12 February 2025");
    await setFourEyes(true);
  });
});

describe("declaration adoption", () => {
  const move = (declarationId: string, v: number, to: "proposed" | "adopted", extra: object = {}) =>
    declarationActions.moveDeclarationAction(city.slug, { declarationId, version: v, to, note: "", ...extra } as never);
  const adoption = { adoptedOn: "2025-03-01", councilResolutionRef: "RB-2025-9", voteFor: 20, voteAgainst: 3, voteAbstain: 0 };
  const dv = async (id: string) => (await db().declaration.findUniqueOrThrow({ where: { id } })).version;

  it("is refused for a text with an article that has no text, naming it and its language; the proposer cannot record it alone", async () => {
    const d = await createDeclaration(city.schemaName, {
      status: "consultation",
      content: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "Preamble." }] },
          { type: "article", content: [{ type: "text", text: "Housing" }] },
          { type: "article", content: [{ type: "text", text: "Participation" }] },
          { type: "paragraph", content: [{ type: "text", text: "Residents take part." }] },
        ],
      },
    });
    as("officer");
    ok(await move(d.id, await dv(d.id), "proposed"));
    as("city_admin");
    const incomplete = await move(d.id, await dv(d.id), "adopted", adoption);
    expect(incomplete).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(incomplete.ok ? "" : incomplete.error.message).toBe(
      "The text is not complete. Not written: Article 1 — Housing (English). Write these articles or remove them before recording the adoption.",
    );
    session.locale = "nl";
    const dutch = await move(d.id, await dv(d.id), "adopted", adoption);
    session.locale = undefined;
    expect(dutch.ok ? "" : dutch.error.message).toContain("Niet geschreven: Artikel 1 — Housing (Engels).");
    await db().declaration.delete({ where: { id: d.id } });
  });

  it("needs a second person when four-eyes is on, the proposer alone when it is off; the date cannot be in the future", async () => {
    const d = await createDeclaration(city.schemaName, { status: "consultation" });
    as("officer");
    ok(await move(d.id, await dv(d.id), "proposed"));
    expect(await move(d.id, await dv(d.id), "adopted", adoption)).toMatchObject({
      ok: false,
      error: { code: "forbidden", message: expect.stringContaining("you proposed this text to the council") },
    });
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    as("city_admin");
    expect(await move(d.id, await dv(d.id), "adopted", { ...adoption, adoptedOn: tomorrow })).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { adoptedOn: ["declaration.validation.adoptedInFuture"] } },
    });

    await setFourEyes(false);
    as("officer");
    ok(await move(d.id, await dv(d.id), "adopted", adoption));
    expect(await db().declaration.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ status: "adopted", councilResolutionRef: "RB-2025-9" });
    await setFourEyes(true);
  });
});

describe("isolation", () => {
  it("another city's report cannot be submitted, narrowed or have a section left out, even with its id", async () => {
    const other = await createTestCity("apo");
    session.user = other.users.officer;
    const theirs = ok(await actions.createReportAction(other.slug, { year: 2025, locales: ["en"] })).id;
    as("city_admin");
    for (const result of [
      await actions.requestReportApprovalAction(city.slug, { id: theirs, version: 1 }),
      await actions.setReportLanguagesAction(city.slug, { id: theirs, version: 1, locales: ["en"] }),
      await actions.setSectionOmittedAction(city.slug, { id: theirs, version: 1, topic: "report", kind: "foreword", omitted: true }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: "not_found" } });
    }
    expect(await cityDbForSchema(other.schemaName).annualReport.findUniqueOrThrow({ where: { id: theirs } })).toMatchObject({
      version: 1,
      omittedSections: [],
      submittedBy: null,
    });
  });
});
