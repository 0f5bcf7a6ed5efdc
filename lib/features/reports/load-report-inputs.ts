/**
 * Reads what ./assemble-report.ts needs for one year, in a fixed number of queries whatever the
 * size of the record: today's rows plus the history after the end of the previous year (the state
 * at year end is read backwards from today, so older history is not needed).
 */
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import { isoDate } from "@/lib/kernel/dates";
import type { ReportInputs } from "./assemble-report";
import { yearEnd } from "./assemble-report";

const day = (d: Date | null) => (d ? isoDate(d) : null);
const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

export async function loadReportInputs(db: CityDb, cityId: string, year: number, now = new Date()): Promise<ReportInputs> {
  const since = yearEnd(year - 1);
  const [commitments, commitmentUpdates, plans, actions, actionUpdates, indicators, measurements, declarations, reportComments, advisory] = await Promise.all([
    db.commitment.findMany({ orderBy: [{ layer: "asc" }, { elementKey: "asc" }, { createdAt: "asc" }] }),
    db.commitmentUpdate.findMany({
      where: { at: { gt: since } },
      select: { commitmentId: true, at: true, fromStatus: true, fromProgress: true, fromMaturity: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    }),
    db.actionPlan.findMany({ orderBy: { periodStart: "asc" } }),
    db.action.findMany({
      include: { objective: { select: { plan: { select: { title: true } } } }, department: { select: { name: true } } },
      orderBy: [{ objective: { plan: { periodStart: "asc" } } }, { position: "asc" }, { createdAt: "asc" }],
    }),
    db.actionUpdate.findMany({
      where: { at: { gt: since } },
      select: { actionId: true, at: true, fromStatus: true, toStatus: true, fromProgress: true, statusReason: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    }),
    db.indicator.findMany({ include: { plan: { select: { title: true } } }, orderBy: [{ plan: { periodStart: "asc" } }, { position: "asc" }] }),
    db.measurement.findMany({
      where: { periodStart: { gte: new Date(Date.UTC(year - 1, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) } },
      include: { revisions: { select: { value: true, changedAt: true } } },
    }),
    db.declaration.findMany({
      include: {
        transitions: { select: { fromStatus: true, toStatus: true, at: true } },
        comments: { select: { authorId: true, parentId: true, createdAt: true, deletedAt: true, hiddenAt: true, outcome: true, outcomeAt: true } },
      },
    }),
    db.reportComment.findMany({ select: { authorId: true, createdAt: true, deletedAt: true, hiddenAt: true } }),
    controlDb().membership.findMany({ where: { cityId, role: "advisory_member" }, select: { userId: true } }),
  ]);

  return {
    year,
    now,
    commitments: commitments.map((c) => ({
      id: c.id,
      elementKey: c.elementKey,
      layer: c.layer,
      title: c.title,
      status: c.status,
      progress: c.progress,
      maturity: c.maturity,
      ownerId: c.ownerId,
      departmentId: c.departmentId,
      startDate: day(c.startDate),
      targetDate: day(c.targetDate),
      charterArticles: c.charterArticles,
      udhrArticles: c.udhrArticles,
      sdgs: c.sdgs,
      groups: c.groups,
      createdAt: c.createdAt,
    })),
    commitmentUpdates,
    plans: plans.map((p) => ({
      title: p.title,
      periodStart: isoDate(p.periodStart),
      periodEnd: isoDate(p.periodEnd),
      status: p.status,
      createdAt: p.createdAt,
    })),
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      plan: a.objective.plan.title,
      department: a.department?.name ?? null,
      status: a.status,
      progress: a.progress,
      statusReason: a.statusReason,
      dueDate: day(a.dueDate),
      createdAt: a.createdAt,
    })),
    actionUpdates,
    indicators: indicators.map((i) => ({
      id: i.id,
      name: i.name,
      plan: i.plan.title,
      unit: i.unit,
      direction: i.direction,
      baselineValue: num(i.baselineValue),
      baselineYear: i.baselineYear,
      targetValue: num(i.targetValue),
      targetYear: i.targetYear,
      createdAt: i.createdAt,
    })),
    measurements: measurements.map((m) => ({
      indicatorId: m.indicatorId,
      period: m.period,
      periodStart: isoDate(m.periodStart),
      value: m.value.toNumber(),
      createdAt: m.createdAt,
      revisions: m.revisions.map((r) => ({ value: r.value.toNumber(), changedAt: r.changedAt })),
    })),
    declarations: declarations.map((d) => ({
      title: d.title,
      createdAt: d.createdAt,
      transitions: d.transitions.map((t) => ({ from: t.fromStatus, to: t.toStatus, at: t.at })),
      comments: d.comments,
    })),
    reportComments,
    advisoryMemberIds: new Set(advisory.map((m) => m.userId)),
  };
}
