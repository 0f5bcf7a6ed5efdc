/**
 * Writes a demo city's action plan through the same paths the app uses where history matters:
 * action changes through applyActionChange (so each action has its history), commitments switched
 * to progress mode "actions" through applyCommitmentChange, a correction kept as a revision.
 * Run only for a city just created (see seed-demo.ts).
 */
import { applyActionChange } from "@/lib/features/action-plans/apply-action-change";
import { syncCommitmentsOfActions } from "@/lib/features/action-plans/sync-commitments";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { applyCommitmentChange } from "@/lib/features/commitments/apply-change";
import { systemCityDb } from "@/lib/kernel/tenancy/system-city-db";
import type { Prisma } from "@/lib/generated/city/client";
import type { DemoPlan } from "./demo-plan-types";
import type { DemoEditors } from "./demo-types";

const DAY = 86_400_000;

export async function seedDemoPlan(plan: DemoPlan, schemaName: string, editors: DemoEditors): Promise<void> {
  const db = systemCityDb({ schemaName }, "demo-seed");
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const year = now.getUTCFullYear();
  const daysAgo = (n: number) => new Date(today - n * DAY + 10 * 3_600_000);
  const day = (offset: number) => new Date(today + offset * DAY);
  const jan = (y: number) => new Date(Date.UTC(y, 0, 1));
  const admin = editors.admin;

  // Many small writes: a generous timeout, one transaction, all or nothing.
  await auditedTransaction(
    db,
    admin,
    async (tx, audit) => {
      const by = (who: "officer" | "admin" = "officer") => ({ createdBy: editors[who], updatedBy: editors[who] });
      const created = daysAgo(plan.adoptedDaysAgo + 60);
      const row = await tx.actionPlan.create({
        data: {
          title: plan.title,
          summary: plan.summary,
          periodStart: jan(year + plan.startYearOffset),
          periodEnd: new Date(Date.UTC(year + plan.startYearOffset + plan.years - 1, 11, 31)),
          status: "adopted",
          adoptedOn: day(-plan.adoptedDaysAgo),
          adoptionReference: plan.adoptionReference,
          adoptionNote: plan.adoptionNote,
          currency: plan.currency,
          createdAt: created,
          ...by("admin"),
        },
      });
      await audit({ action: "create", entity: "ActionPlan", entityId: row.id, after: row });
      const planId = row.id;

      for (const [position, g] of plan.gaps.entries()) {
        await tx.baselineGap.create({
          data: {
            planId,
            position,
            theme: g.theme,
            description: g.description,
            sourceText: g.sourceText,
            sourceUrl: g.sourceUrl ?? null,
            charterArticles: g.charter ?? [],
            udhrArticles: g.udhr ?? [],
            groups: g.groups ?? [],
            createdAt: created,
            ...by(),
          },
        });
      }
      for (const [position, s] of plan.strategies.entries()) {
        await tx.strategyLink.create({
          data: { planId, position, title: s.title, level: s.level, url: s.url ?? null, note: s.note ?? "", createdAt: created, ...by() },
        });
      }
      const themeIds: string[] = [];
      for (const [position, title] of plan.themes.entries())
        themeIds.push((await tx.planTheme.create({ data: { planId, position, title, createdAt: created, ...by() } })).id);

      const departments = new Map((await tx.department.findMany({ select: { id: true, name: true } })).map((d) => [d.name, d.id]));
      const commitments = new Map(
        (await tx.commitment.findMany({ where: { elementKey: { not: null } }, select: { id: true, elementKey: true } })).map((c) => [c.elementKey!, c.id]),
      );
      const objectiveIds: string[] = [];
      for (const [position, o] of plan.objectives.entries()) {
        const objective = await tx.objective.create({
          data: {
            planId,
            position,
            title: o.title,
            term: o.term,
            intendedChange: o.intendedChange,
            themeId: o.theme === undefined ? null : themeIds[o.theme],
            createdAt: created,
            ...by(),
          },
        });
        objectiveIds.push(objective.id);
        for (const [i, a] of o.actions.entries()) {
          const owner = editors[a.owner ?? "officer"];
          let action = await tx.action.create({
            data: {
              objectiveId: objective.id,
              position: i,
              title: a.title,
              description: a.description,
              departmentId: a.department ? (departments.get(a.department) ?? null) : null,
              ownerId: owner,
              partners: a.partners ?? [],
              startDate: day(a.startInDays),
              dueDate: day(a.dueInDays),
              budgetPlanned: a.budgetPlanned ?? null,
              budgetSpent: a.budgetSpent ?? null,
              elementKeys: a.elements ?? [],
              charterArticles: a.charter ?? [],
              sdgs: a.sdgs ?? [],
              groups: a.groups ?? [],
              createdAt: created,
              lastUpdateAt: created,
              createdBy: owner,
              updatedBy: owner,
              commitmentLinks: { create: (a.commitments ?? []).map((k) => ({ commitmentId: commitments.get(k)!, createdBy: owner })) },
            },
          });
          await audit({ action: "create", entity: "Action", entityId: action.id, after: action });
          for (const step of a.history) {
            const change = {
              status: step.status,
              progress: step.progress,
              statusReason: step.reason ?? (step.status && step.status !== "at_risk" && step.status !== "delayed" ? "" : undefined),
              note: step.note,
              source: "web" as const,
            };
            action = (await applyActionChange(tx, audit, owner, action, action.version, change, {}, daysAgo(step.daysAgo))).action;
          }
          for (const mi of a.milestones ?? []) {
            await tx.milestone.create({
              data: {
                actionId: action.id,
                title: mi.title,
                dueDate: day(mi.dueInDays),
                completedOn: mi.doneDaysAgo === undefined ? null : day(-mi.doneDaysAgo),
                createdAt: created,
                createdBy: owner,
                updatedBy: owner,
              },
            });
          }
        }
      }

      for (const [position, ind] of plan.indicators.entries()) {
        const indicator = await tx.indicator.create({
          data: {
            planId,
            position,
            name: ind.name,
            definition: ind.definition,
            type: ind.type,
            unit: ind.unit,
            direction: ind.direction,
            baselineValue: String(ind.baseline[0]),
            baselineYear: year + ind.baseline[1],
            targetValue: String(ind.target[0]),
            targetYear: year + ind.target[1],
            dataSource: ind.dataSource,
            ownerId: editors.officer,
            frequency: "yearly",
            dimensions: ind.dimensions,
            sdgs: ind.sdgs ?? [],
            charterArticles: ind.charter ?? [],
            groups: ind.groups ?? [],
            createdAt: created,
            ...by(),
            objectiveLinks: { create: ind.objectives.map((k) => ({ objectiveId: objectiveIds[k]!, createdBy: editors.officer })) },
          },
        });
        for (const [k, m] of ind.measurements.entries()) {
          const y = year + m.year;
          const entered = new Date(Date.UTC(y + 1, 1, 15, 10));
          const last = k === ind.measurements.length - 1;
          const first = last && ind.correction ? ind.correction.from : m.value;
          const measurement = await tx.measurement.create({
            data: {
              indicatorId: indicator.id,
              period: String(y),
              periodStart: jan(y),
              value: String(first),
              breakdown: (m.breakdown ?? {}) as Prisma.InputJsonValue,
              sourceNote: ind.dataSource,
              createdAt: entered,
              createdBy: editors.officer,
              updatedBy: editors.officer,
            },
          });
          if (last && ind.correction) {
            await tx.measurementRevision.create({
              data: {
                measurementId: measurement.id,
                value: String(first),
                breakdown: (m.breakdown ?? {}) as Prisma.InputJsonValue,
                sourceNote: ind.dataSource,
                enteredBy: editors.officer,
                enteredAt: entered,
                changedBy: admin,
                changedAt: new Date(entered.getTime() + 20 * DAY),
                reason: ind.correction.reason,
              },
            });
            await tx.measurement.update({ where: { id: measurement.id }, data: { value: String(m.value), version: 2, updatedBy: admin } });
          }
        }
        await audit({ action: "create", entity: "Indicator", entityId: indicator.id, after: indicator });
      }

      // Switched once the actions exist, so the commitment's history gets one derived step, today.
      for (const key of plan.fromActions) {
        const before = await tx.commitment.findUnique({ where: { elementKey: key } });
        if (!before) continue;
        const switched = await applyCommitmentChange(tx, audit, admin, before, before.version, { note: "", source: "web" }, { progressMode: "actions" });
        await syncCommitmentsOfActions(tx, audit, admin, [switched.commitment.id]);
      }
    },
    { timeout: 60_000 },
  );
}
