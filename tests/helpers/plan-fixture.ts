/**
 * A small action plan written straight into a city's tables (not through the plan editor), so the
 * tests of import, reminders, documents and publication start from known rows.
 */
import { Prisma } from "@/lib/generated/city/client";
import { cityDbForSchema } from "@/lib/kernel/db/city-clients";
import type { TestCity } from "./cities";

export interface PlanFixture {
  planId: string;
  objectiveId: string;
  actionIds: [string, string];
  indicatorId: string;
}

const day = (s: string) => new Date(`${s}T00:00:00Z`);

export async function createPlanFixture(
  city: TestCity,
  opts: { status?: "draft" | "adopted" | "closed"; title?: string; isPublic?: boolean; ownerId?: string | null; departmentId?: string | null } = {},
): Promise<PlanFixture> {
  const db = cityDbForSchema(city.schemaName);
  const ownerId = opts.ownerId === undefined ? city.users.officer.id : opts.ownerId;
  const plan = await db.actionPlan.create({
    data: {
      title: opts.title ?? "Equal access plan",
      summary: "Make the city's services reachable for everyone.",
      periodStart: day("2023-01-01"),
      periodEnd: day("2027-12-31"),
      status: opts.status ?? "adopted",
      adoptedOn: opts.status === "draft" ? null : day("2023-02-14"),
      adoptionReference: opts.status === "draft" ? "" : "Council resolution 2023/17",
      isPublic: opts.isPublic ?? false,
    },
  });
  const objective = await db.objective.create({
    data: {
      planId: plan.id,
      title: "Accessible public buildings",
      term: "short",
      intendedChange: "People with disabilities enter every public building unaided.",
    },
  });
  const a1 = await db.action.create({
    data: {
      objectiveId: objective.id,
      title: "Audit all public buildings",
      description: "Walk every building with disabled residents.",
      ownerId,
      departmentId: opts.departmentId ?? null,
      startDate: day("2023-03-01"),
      dueDate: day("2024-06-30"),
      status: "on_track",
      progress: 40,
      budgetPlanned: new Prisma.Decimal("25000.00"),
      position: 0,
    },
  });
  const a2 = await db.action.create({
    data: {
      objectiveId: objective.id,
      title: "Install ramps and automatic doors",
      ownerId,
      startDate: day("2024-01-01"),
      dueDate: day("2027-06-30"),
      status: "not_started",
      progress: 0,
      position: 1,
    },
  });
  const indicator = await db.indicator.create({
    data: {
      planId: plan.id,
      name: "Accessible public buildings",
      definition: "Share of public buildings a wheelchair user can enter unaided.",
      type: "outcome",
      unit: "%",
      direction: "higher",
      baselineValue: new Prisma.Decimal("40"),
      baselineYear: 2022,
      targetValue: new Prisma.Decimal("90"),
      targetYear: 2027,
      dataSource: "Building audit",
      ownerId,
      frequency: "yearly",
      dimensions: ["district"],
      createdAt: day("2023-01-10"),
    },
  });
  await db.indicatorObjective.create({ data: { indicatorId: indicator.id, objectiveId: objective.id } });
  return { planId: plan.id, objectiveId: objective.id, actionIds: [a1.id, a2.id], indicatorId: indicator.id };
}
