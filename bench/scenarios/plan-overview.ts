/**
 * The overview of a big action plan: 30 objectives, 300 actions (with milestones and history) and
 * 100 indicators × 10 years × 5 disaggregated values. Times what the server does for one plan
 * page request — loadPlanOverview (lib/features/action-plans/load-plan-overview.ts, all its SQL) plus
 * rendering PlanOverviewView (the page's own tree) to HTML — and counts the SQL statements of one
 * load, which must be the same for a plan a tenth of the size.
 */
import pg from "pg";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import type { CityDb } from "../../lib/kernel/db/city-clients";
import type { Prisma } from "../../lib/generated/city/client";
import { countStatements, median, roundMs, sample, timed } from "../lib/measure";
import { random } from "../lib/random";
import { freshAppDatabase } from "../lib/database";
import { allowServerOnlyImports } from "../../scripts/lib/server-only";
import type { Scenario } from "../lib/types";

const BIG = { objectives: 30, actions: 300, indicators: 100 };
const SMALL = { objectives: 3, actions: 30, indicators: 10 };
const YEARS = 10;
const DIMENSION_VALUES = 5;
const WARMUPS = 3;
const RUNS = 15;
const DAY = 86_400_000;
const STATUSES = ["not_started", "on_track", "at_risk", "delayed", "done", "cancelled"] as const;
const GROUPS = ["children_youth", "older_people", "disabilities", "homeless", "lgbtiq", "migrants_refugees", "women_girls", "poverty"];

async function importApp() {
  const [
    { provisionCity },
    { cityDbForSchema, clearCityClients },
    { disconnectControl },
    { closePool },
    { loadPlanOverview },
    { dictionary },
    { PlanOverviewView },
  ] = await Promise.all([
    import("../../lib/kernel/tenancy/provision-city"),
    import("../../lib/kernel/db/city-clients"),
    import("../../lib/kernel/db/control"),
    import("../../lib/kernel/db/pool"),
    import("../../lib/features/action-plans/load-plan-overview"),
    import("../../lib/features/dictionary"),
    import("../../app/(app)/[city]/workspace/action-plan/_components/plan-overview-view"),
  ]);
  return { provisionCity, cityDbForSchema, clearCityClients, disconnectControl, closePool, loadPlanOverview, dictionary, PlanOverviewView };
}
type Apps = Awaited<ReturnType<typeof importApp>>;

/** A provisioned city with one plan of the given size. */
async function buildPlan(app: Apps, pool: pg.Pool, slug: string, size: typeof BIG, seed: number) {
  const city = await app.provisionCity(pool, { slug, name: `Bench ${slug}`, country: "NL", defaultLocale: "en", adminEmail: `admin@${slug}.example` }, {});
  const db = app.cityDbForSchema(city.schemaName);
  return { ...city, db, planId: await addPlan(db, `Plan of ${slug}`, size, seed) };
}

/**
 * One adopted plan of the given size in a city (with 12 departments unless it has some), as the
 * backup scenario uses it too. Bulk inserts: building the data is not what is measured.
 */
export async function addPlan(db: CityDb, title: string, size: { objectives: number; actions: number; indicators: number } = BIG, seed = 1): Promise<string> {
  const r = random(seed);
  if (!(await db.department.count())) await db.department.createMany({ data: Array.from({ length: 12 }, (_, i) => ({ name: `Department ${i + 1}` })) });
  const departments = (await db.department.findMany({ select: { id: true } })).map((d) => d.id);
  const year = new Date().getUTCFullYear();
  const plan = await db.actionPlan.create({
    data: {
      title,
      periodStart: new Date(Date.UTC(year - 2, 0, 1)),
      periodEnd: new Date(Date.UTC(year + 3, 11, 31)),
      status: "adopted",
      adoptedOn: new Date(Date.UTC(year - 2, 2, 1)),
    },
  });
  await db.planTheme.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ planId: plan.id, title: `Theme ${i + 1}`, position: i })) });
  const themes = (await db.planTheme.findMany({ select: { id: true } })).map((t) => t.id);
  await db.baselineGap.createMany({
    data: Array.from({ length: 10 }, (_, i) => ({
      planId: plan.id,
      theme: `Right ${i + 1}`,
      description: "A gap found by the baseline assessment.",
      position: i,
    })),
  });
  await db.strategyLink.createMany({
    data: Array.from({ length: 5 }, (_, i) => ({ planId: plan.id, title: `Strategy ${i + 1}`, level: "national", position: i })),
  });
  await db.objective.createMany({
    data: Array.from({ length: size.objectives }, (_, i) => ({
      planId: plan.id,
      themeId: r.pick(themes),
      title: `Objective ${i + 1}`,
      term: i % 2 ? "long" : "short",
      intendedChange: "What changes for rights holders.",
      position: i,
    })),
  });
  const objectives = (await db.objective.findMany({ select: { id: true } })).map((o) => o.id);
  const now = Date.now();
  await db.action.createMany({
    data: Array.from({ length: size.actions }, (_, i): Prisma.ActionCreateManyInput => {
      const status = r.pick(STATUSES);
      return {
        objectiveId: objectives[i % objectives.length]!,
        title: `Action ${i + 1}`,
        description: "What the city does.",
        departmentId: r.pick(departments),
        status,
        statusReason: status === "at_risk" || status === "delayed" ? "Waiting for a decision." : "",
        progress: r.int(0, 100),
        startDate: new Date(now + r.int(-700, 0) * DAY),
        dueDate: new Date(now + r.int(-100, 900) * DAY),
        budgetPlanned: String(r.int(1_000, 500_000)),
        groups: [r.pick(GROUPS)],
        sdgs: [r.int(1, 17)],
        charterArticles: [r.int(1, 54)],
        position: i,
      };
    }),
  });
  const actions = (await db.action.findMany({ select: { id: true } })).map((a) => a.id);
  await db.milestone.createMany({
    data: actions.flatMap((actionId) => [1, 2].map((k) => ({ actionId, title: `Milestone ${k}`, dueDate: new Date(now + r.int(-300, 600) * DAY) }))),
  });
  await db.indicator.createMany({
    data: Array.from({ length: size.indicators }, (_, i) => ({
      planId: plan.id,
      name: `Indicator ${i + 1}`,
      type: (["structure", "process", "outcome"] as const)[i % 3]!,
      unit: "%",
      direction: i % 2 ? "higher" : "lower",
      baselineValue: "50",
      baselineYear: year - YEARS,
      targetValue: i % 2 ? "80" : "20",
      targetYear: year + 3,
      dimensions: ["district"],
      position: i,
    })),
  });
  const indicators = (await db.indicator.findMany({ select: { id: true } })).map((x) => x.id);
  await db.indicatorObjective.createMany({ data: indicators.map((indicatorId, i) => ({ indicatorId, objectiveId: objectives[i % objectives.length]! })) });
  const measurements: Prisma.MeasurementCreateManyInput[] = indicators.flatMap((indicatorId) =>
    Array.from({ length: YEARS }, (_, k) => {
      const y = year - YEARS + k;
      const district = Object.fromEntries(Array.from({ length: DIMENSION_VALUES }, (_, c) => [`District ${c + 1}`, r.int(0, 100)]));
      return { indicatorId, period: String(y), periodStart: new Date(Date.UTC(y, 0, 1)), value: String(r.int(0, 100)), breakdown: { district } };
    }),
  );
  for (let i = 0; i < measurements.length; i += 500) await db.measurement.createMany({ data: measurements.slice(i, i + 500) });
  return plan.id;
}

export const scenario: Scenario = {
  name: "plan-overview",
  description: `The overview page of an action plan with ${BIG.objectives} objectives, ${BIG.actions} actions and ${BIG.indicators} indicators × ${YEARS} years × ${DIMENSION_VALUES} disaggregated values: \`server_render_ms\` is the server's work for one request — \`loadPlanOverview\` (lib/features/action-plans/load-plan-overview.ts, all its SQL, roll-ups and target statuses) plus \`renderToString\` of PlanOverviewView, the page's own tree (as a council member sees it). \`load_ms\` and \`render_ms\` are its two parts. \`queries_per_request\` is the number of SQL statements of one load; the scenario fails when a plan of ${SMALL.objectives}/${SMALL.actions}/${SMALL.indicators} needs a different number.`,
  method: `Setup (not timed): a fresh database, two provisioned cities, one plan each built with bulk inserts (fixed random seed): 5 themes, 10 baseline gaps, 5 strategies, the objectives, actions with two milestones each, indicators linked to objectives with ${YEARS} yearly measurements of ${DIMENSION_VALUES} districts each. Then ${WARMUPS} warm-up requests and ${RUNS} measured ones (English). The values are the medians. \`queries_per_request\` counts calls of \`pg.Client.prototype.query\` during one load (after warm-up), for both plans.`,
  targets: [{ metric: "server_render_ms", below: 300 }],
  async run(ctx) {
    const pool = await freshAppDatabase(ctx);
    allowServerOnlyImports();
    const app = await importApp();
    try {
      ctx.log(`building a plan with ${BIG.actions} actions and ${BIG.indicators * YEARS} measurements…`);
      const big = await buildPlan(app, pool, "bench-plan", BIG, 1);
      const small = await buildPlan(app, pool, "bench-plan-small", SMALL, 2);
      const d = app.dictionary("en");
      const loadTimes: number[] = [];
      const renderTimes: number[] = [];
      const times = await sample({ label: "plan overview", warmups: WARMUPS, runs: RUNS, log: ctx.log }, async (n) => {
        const load = await timed(() => app.loadPlanOverview(big.db, big.cityId, big.planId));
        const overview = load.result!;
        const render = await timed(async () =>
          renderToString(createElement(app.PlanOverviewView, { overview, d, locale: "en", citySlug: big.slug, canEdit: false, options: null })),
        );
        if (overview.actions.length !== BIG.actions || overview.indicators.length !== BIG.indicators)
          throw new Error("the overview did not load the whole plan");
        if (!render.result.includes("Objective 30")) throw new Error("the overview did not render its objectives");
        if (n > WARMUPS) {
          loadTimes.push(load.ms);
          renderTimes.push(render.ms);
        }
      });
      const queriesBig = await countStatements(() => app.loadPlanOverview(big.db, big.cityId, big.planId));
      await app.loadPlanOverview(small.db, small.cityId, small.planId);
      const queriesSmall = await countStatements(() => app.loadPlanOverview(small.db, small.cityId, small.planId));
      ctx.log(`SQL statements per load: ${queriesSmall} for the small plan, ${queriesBig} for the big one`);
      if (queriesBig !== queriesSmall) throw new Error(`queries per request grow with the plan: ${queriesSmall} small, ${queriesBig} big`);
      return [
        { metric: "server_render_ms", value: roundMs(median(times)), unit: "ms" },
        { metric: "load_ms", value: roundMs(median(loadTimes)), unit: "ms" },
        { metric: "render_ms", value: roundMs(median(renderTimes)), unit: "ms" },
        { metric: "queries_per_request", value: queriesBig, unit: "queries" },
      ];
    } finally {
      await app.clearCityClients();
      await app.disconnectControl();
      await app.closePool();
    }
  },
};
