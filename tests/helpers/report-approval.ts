/**
 * Approving a report in tests that are about something else: what an officer and a colleague
 * would do (issue 13.3/13.4). Sections the test did not write are left out on purpose, a language
 * a written section lacks is not published, a colleague submits, and the scope given records the
 * council's decision — the same write functions the app uses.
 */
import { randomUUID } from "node:crypto";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import type { TestCity } from "./cities";
import { slotKey } from "@/lib/features/reports/policy";
import { sectionSlots } from "@/lib/features/reports/topics";

export const TEST_DECISION = { body: "council", decidedOn: "2026-01-15", reference: "RB-2026-1" } as const;

/**
 * Makes a test report complete the way an officer would: a section written in no language is left
 * out; a language some written section lacks is left out of publication. Writes the report row
 * directly (a fixture), so its version does not change.
 */
export async function completeByLeavingOut(db: CityDb, reportId: string): Promise<void> {
  const report = await db.annualReport.findUniqueOrThrow({ where: { id: reportId }, include: { sections: true } });
  const written = report.sections.filter((s) => s.content.trim() !== "");
  const has = (topic: string, kind: string, locale: string) => written.some((s) => s.topic === topic && s.kind === kind && s.locale === locale);
  const slots = sectionSlots();
  const omittedSections = slots.filter((s) => !report.locales.some((l) => has(s.topic, s.kind, l))).map((s) => slotKey(s.topic, s.kind));
  const kept = slots.filter((s) => !omittedSections.includes(slotKey(s.topic, s.kind)));
  const locales = report.locales.filter((l) => kept.every((s) => has(s.topic, s.kind, l)));
  if (!locales.length) throw new Error("completeByLeavingOut: no language has every written section");
  await db.annualReport.update({ where: { id: reportId }, data: { omittedSections, locales } });
}

/** Completes the report (above), lets a colleague submit it, and records the decision as `approver`. */
export async function approveReport(approver: CityScope, id: string, version: number, note = "Approved.") {
  // Imported here: the tests that use this import the app's modules after their mocks are set up.
  const { requestReportApproval } = await import("@/lib/features/reports/request-approval");
  const { transitionReport } = await import("@/lib/features/reports/transition-report");
  await completeByLeavingOut(approver.db, id);
  const colleague: CityScope = { ...approver, actor: { ...approver.actor, id: randomUUID(), name: "Colleague" } };
  const submitted = await requestReportApproval(colleague, { id, version });
  return transitionReport(approver, { id, version: submitted.version, to: "approved", note, decision: TEST_DECISION });
}

type ReportActions = typeof import("@/app/(app)/[city]/workspace/reports/actions");
type Session = { user: SessionUser | null };

/**
 * The same through the Server Actions: the officer submits, the city admin records the decision;
 * the session is the officer's again afterwards. Returns the report's new version.
 */
export async function approveThroughActions(actions: ReportActions, session: Session, city: TestCity, id: string, note = "Council decision."): Promise<number> {
  const db = (await import("@/lib/kernel/db/city-clients")).cityDbForSchema(city.schemaName);
  await completeByLeavingOut(db, id);
  const { version } = await db.annualReport.findUniqueOrThrow({ where: { id } });
  const must = <T>(r: { ok: true; data: T } | { ok: false; error: unknown }): T => {
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.data;
  };
  session.user = city.users.officer;
  const submitted = must(await actions.requestReportApprovalAction(city.slug, { id, version }));
  session.user = city.users.city_admin;
  const approved = must(await actions.transitionReportAction(city.slug, { id, version: submitted.version, to: "approved", note, decision: TEST_DECISION }));
  session.user = city.users.officer;
  return approved.version;
}
