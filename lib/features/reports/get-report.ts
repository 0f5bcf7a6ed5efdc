/** What the workspace pages read: the list of reports and one report with everything to write it. */
import { z } from "zod";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { userNames } from "@/lib/kernel/records/people";
import { NotFoundError } from "@/lib/kernel/errors";
import { missingSections } from "./policy";
import { buildReportView } from "./report-view";

export async function listReports(db: CityDb) {
  return db.annualReport.findMany({
    select: { id: true, year: true, status: true, locales: true, updatedAt: true, publishedAt: true },
    orderBy: { year: "desc" },
  });
}

export async function getReportForEditing(db: CityDb, id: string) {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const report = await db.annualReport.findUnique({
    where: { id },
    select: {
      id: true,
      year: true,
      status: true,
      version: true,
      locales: true,
      generatedAt: true,
      approvedAt: true,
      approvedBy: true,
      approvalNote: true,
      decisionOn: true,
      submittedAt: true,
      submittedBy: true,
      omittedSections: true,
      publishedAt: true,
    },
  });
  if (!report) throw new NotFoundError();
  const [view, sections, recommendations, earlier, transitions, departments] = await Promise.all([
    buildReportView(db, id),
    db.reportSection.findMany({ where: { reportId: id }, select: { id: true, topic: true, kind: true, locale: true, content: true, version: true } }),
    db.recommendation.findMany({
      where: { reportId: id },
      select: { id: true, topic: true, text: true, version: true, department: { select: { name: true } } },
      orderBy: { position: "asc" },
    }),
    db.recommendation.findMany({
      where: { yearMade: { lt: report.year } },
      select: {
        id: true,
        text: true,
        yearMade: true,
        department: { select: { name: true } },
        evaluations: { select: { reportId: true, year: true, outcome: true, note: true, version: true }, orderBy: { year: "asc" } },
      },
      orderBy: [{ yearMade: "asc" }, { position: "asc" }],
    }),
    db.reportTransition.findMany({ where: { reportId: id }, orderBy: { at: "asc" } }),
    db.department.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const nameOf = await userNames([...transitions.map((t) => t.byId), report.submittedBy, report.approvedBy], { orEmail: true });
  const missing = report.status === "draft" || report.status === "consultation" ? missingSections(report, sections) : [];
  return {
    report,
    view,
    sections,
    recommendations,
    earlier: earlier.map((r) => ({
      ...r,
      department: r.department?.name ?? null,
      current: r.evaluations.find((e) => e.reportId === id) ?? null,
      history: r.evaluations.filter((e) => e.reportId !== id && e.year < report.year),
    })),
    transitions: transitions.map((t) => ({ ...t, byName: t.byId ? (nameOf.get(t.byId) ?? null) : null })),
    /** What approval still needs (policy.ts), shown before anyone clicks. */
    missing,
    submittedByName: report.submittedBy ? (nameOf.get(report.submittedBy) ?? null) : null,
    approvedByName: report.approvedBy ? (nameOf.get(report.approvedBy) ?? null) : null,
    departments,
  };
}
export type ReportForEditing = Awaited<ReturnType<typeof getReportForEditing>>;
