/**
 * The demo cities' annual reports for last year, written through the same domain functions the
 * workspace uses (generation as of year end, sections, recommendations, lifecycle), so the audit
 * log and the frozen publication are what a real city would have. Run only for a city just created
 * (the caller checks), like the records.
 */
import { systemCityScope, type SystemScopeCity } from "@/lib/kernel/tenancy/city-scope";
import { createReport } from "@/lib/features/reports/generate-report";
import { addRecommendation } from "@/lib/features/reports/recommendations";
import { saveSection } from "@/lib/features/reports/save-section";
import { undisclosedCommitments } from "@/lib/features/reports/report-disclosure";
import { buildReportView } from "@/lib/features/reports/report-view";
import { transitionReport } from "@/lib/features/reports/transition-report";
import { requestReportApproval } from "@/lib/features/reports/request-approval";
import { setSectionOmitted } from "@/lib/features/reports/report-contents";
import { sectionSlots } from "@/lib/features/reports/topics";
import { isoDate } from "@/lib/kernel/dates";
import type { DemoCity, DemoEditors } from "./demo-types";

/**
 * The officer writes, leaves out on purpose what the demo does not write, and submits; the city
 * admin records the council's decision (four-eyes, the city's default).
 */
export async function seedDemoReport(city: DemoCity, target: SystemScopeCity, editors: DemoEditors, now = new Date()): Promise<void> {
  const demo = city.report;
  if (!demo) return;
  const scope = systemCityScope(target, "demo-seed", { id: editors.officer });
  const admin = systemCityScope(target, "demo-seed", { id: editors.admin });
  const db = scope.db;
  // Last year: the most recent year that has ended, so the report's figures are complete.
  const year = now.getUTCFullYear() - 1;
  const { id } = await createReport(scope, { year, locales: [...demo.locales] });
  for (const s of demo.sections) {
    for (const locale of demo.locales) {
      const content = s.content[locale];
      if (content === undefined) continue;
      await saveSection(scope, { reportId: id, topic: s.topic, kind: s.kind, locale, content, version: 0 });
    }
  }
  const departments = new Map((await db.department.findMany({ select: { id: true, name: true } })).map((d) => [d.name, d.id]));
  for (const r of demo.recommendations) {
    await addRecommendation(scope, { reportId: id, topic: r.topic, text: r.text, departmentId: (r.department && departments.get(r.department)) || "" });
  }
  let version = (await db.annualReport.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
  if (demo.lifecycle.some((s) => s.to === "approved")) {
    // A report goes to the council complete: the parts the demo does not write are left out on purpose.
    const written = (topic: string, kind: string) => demo.sections.some((s) => s.topic === topic && s.kind === kind);
    for (const slot of sectionSlots().filter((s) => !written(s.topic, s.kind))) {
      version = (await setSectionOmitted(scope, { id, version, topic: slot.topic, kind: slot.kind, omitted: true })).version;
    }
  }
  for (const step of demo.lifecycle) {
    if (step.to === "approved") {
      version = (await requestReportApproval(scope, { id, version })).version;
      // The council decided in mid-February after the year ended (or today, if that is still ahead).
      const decidedOn = [`${year + 1}-02-12`, isoDate(now)].sort()[0]!;
      const decision = { body: "council" as const, decidedOn, reference: step.decisionRef ?? `${year + 1}/07` };
      version = (await transitionReport(admin, { id, version, to: "approved", note: step.note, decision })).version;
      continue;
    }
    // The demo keeps one commitment internal; when the report names it (that depends on today's
    // date), the demo's officer leaves it out of the published report, as a city would.
    const undisclosed = step.to === "published" ? await undisclosedCommitments(db, await buildReportView(db, id)) : [];
    const disclosure = undisclosed.length ? { decision: "omit" as const, commitments: undisclosed.map((u) => u.key) } : undefined;
    version = (await transitionReport(scope, { id, version, to: step.to, note: step.note, disclosure })).version;
  }
}
