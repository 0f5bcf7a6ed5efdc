/**
 * A published annual report never reveals a commitment the city has not made public without the
 * officer deciding on exactly those: publishing is refused without a decision, and refused when
 * the list changed between showing and confirming (a stale page). "Leave them out" publishes a
 * report that lists none of them (table, stale list, public page, stored files) but counts them
 * in the figures and says so; "publish them" lists them, and the audit log holds the decision.
 */
import type { ReactElement } from "react";
import { prerender } from "react-dom/static";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";
import { inspectDocx } from "../helpers/documents";
import { approveThroughActions } from "../helpers/report-approval";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const actions = await import("@/app/(app)/[city]/workspace/reports/actions");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { undisclosedCommitments } = await import("@/lib/features/reports/report-disclosure");
const { buildReportView } = await import("@/lib/features/reports/report-view");
const { readStoredFile } = await import("@/lib/kernel/storage/stored-files");
const { reportDocumentKey } = await import("@/lib/features/publication/documents/keys");
const { closePdfBrowser } = await import("@/lib/kernel/documents/print-pdf");
const ReportPage = (await import("@/app/(public)/[city]/[locale]/reports/[year]/page")).default as (p: {
  params: Promise<Record<string, string>>;
}) => Promise<ReactElement>;

let city: TestCity;
const db = () => cityDbForSchema(city.schemaName);
type Result<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
const ok = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};
const PRIVATE = "PRIVATE-OWN-COMMITMENT";
let f1Label = "";
let f2Label = "";

async function approvedReport(year: number): Promise<{ id: string; version: number }> {
  session.user = city.users.officer;
  const { id } = ok(await actions.createReportAction(city.slug, { year, locales: ["en"] }));
  return { id, version: await approveThroughActions(actions, session, city, id) };
}
const publish = (r: { id: string; version: number }, disclosure?: { decision: "include" | "omit"; commitments: string[] }) =>
  actions.transitionReportAction(city.slug, { id: r.id, version: r.version, to: "published", note: "", disclosure }) as Promise<Result<{ status: string }>>;
const listOf = async (id: string) => undisclosedCommitments(db(), await buildReportView(db(), id));

beforeAll(async () => {
  city = await createTestCity("disc");
  // Every commitment existed through 2024 and 2025; all public except F1, F2 and the city's own one.
  await db().commitment.create({ data: { layer: "structure", title: PRIVATE, isPublic: false } });
  await db().commitment.updateMany({ data: { createdAt: new Date("2023-03-01T00:00:00Z"), isPublic: true } });
  await db().commitment.updateMany({ where: { OR: [{ elementKey: { in: ["F1", "F2"] } }, { title: PRIVATE }] }, data: { isPublic: false } });
  const [f1, f2] = await Promise.all(["F1", "F2"].map((k) => db().commitment.findUniqueOrThrow({ where: { elementKey: k } })));
  f1Label = `F1 ${f1!.title}`;
  f2Label = `F2 ${f2!.title}`;
});
afterAll(closePdfBrowser);

describe("publishing a report that names commitments the city has not made public", () => {
  it("lists exactly those commitments", async () => {
    const r = await approvedReport(2025);
    expect((await listOf(r.id)).map((u) => u.label)).toEqual([f1Label, f2Label, PRIVATE]);
  });

  it("is refused without a decision, and for a list that is not exactly the one the report would reveal", async () => {
    const report = await db().annualReport.findFirstOrThrow({ where: { year: 2025 } });
    const r = { id: report.id, version: report.version };
    const keys = (await listOf(r.id)).map((u) => u.key);
    expect(await publish(r)).toMatchObject({ ok: false, error: { code: "validation", message: expect.stringContaining("not public") } });
    expect(await publish(r, { decision: "include", commitments: keys.slice(0, 2) })).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(await publish(r, { decision: "omit", commitments: [...keys, "00000000-0000-4000-8000-000000000000"] })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    expect((await db().annualReport.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("approved");
  });

  it("is refused when the list changed between showing and confirming (stale page), and goes through with the new list", async () => {
    const report = await db().annualReport.findFirstOrThrow({ where: { year: 2025 } });
    const r = { id: report.id, version: report.version };
    const shown = (await listOf(r.id)).map((u) => u.key);
    // Meanwhile someone takes F3 off the public pages.
    await db().commitment.update({ where: { elementKey: "F3" }, data: { isPublic: false } });
    const stale = await publish(r, { decision: "omit", commitments: shown });
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict", message: expect.stringContaining("changed since you opened this page") } });
    const now = await listOf(r.id);
    expect(now).toHaveLength(4);
    ok(await publish(r, { decision: "omit", commitments: now.map((u) => u.key) }));
  }, 60_000);

  it("leaving them out publishes a report that lists none of them, counts them, and says so", async () => {
    const report = await db().annualReport.findFirstOrThrow({ where: { year: 2025 } });
    const published = JSON.stringify(report.published);
    const f3 = await db().commitment.findUniqueOrThrow({ where: { elementKey: "F3" } });
    for (const hidden of [f1Label, f2Label, PRIVATE, f3.title]) expect(published, hidden).not.toContain(hidden);
    const view = report.published as unknown as { generated: { framework: { withheld: number; overall: { count: number }; commitments: unknown[] } } };
    expect(view.generated.framework.withheld).toBe(4);
    expect(view.generated.framework.overall.count).toBe(view.generated.framework.commitments.length + 4);

    const { prelude } = await prerender(await ReportPage({ params: Promise.resolve({ city: city.slug, locale: "en", year: "2025" }) }));
    const page = await new Response(prelude).text();
    expect(page).toContain("Not listed: commitments the city has not made public (4)");
    for (const hidden of [PRIVATE, f1Label]) expect(page).not.toContain(hidden);
    const docx = await inspectDocx(Buffer.from((await readStoredFile(db(), { key: reportDocumentKey(report.id, "en", "docx") }))!.bytes));
    expect(docx.paragraphs.join("\n")).not.toContain(PRIVATE);
    expect(docx.paragraphs.join("\n")).toContain("Not listed: commitments the city has not made public (4)");
  });

  it("publishing them lists them, and the audit log holds the decision on exactly that list", async () => {
    const r = await approvedReport(2024);
    const list = await listOf(r.id);
    ok(await publish(r, { decision: "include", commitments: list.map((u) => u.key) }));
    const report = await db().annualReport.findUniqueOrThrow({ where: { id: r.id } });
    expect(JSON.stringify(report.published)).toContain(PRIVATE);
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: r.id, action: "status:published" } });
    expect(entry.after).toMatchObject({ disclosure: { decision: "include", commitments: list.map((u) => u.label) } });
  }, 60_000);

  it("recognises the commitments of a report generated before ids were kept (by element key or title)", async () => {
    const r = await approvedReport(2023);
    const report = await db().annualReport.findUniqueOrThrow({ where: { id: r.id } });
    const generated = JSON.parse(JSON.stringify(report.generated).replace(/"id":"[0-9a-f-]{36}",/g, ""));
    await db().annualReport.update({ where: { id: r.id }, data: { generated } });
    expect((await listOf(r.id)).map((u) => u.label).sort()).toEqual(
      [f1Label, f2Label, `F3 ${(await db().commitment.findUniqueOrThrow({ where: { elementKey: "F3" } })).title}`, PRIVATE].sort(),
    );
  });
});
