/**
 * The annual report of a big city: 200 commitments with five years of history (the dashboard
 * scenario's city) plus an adopted action plan with 12 objectives, 120 actions with a year of
 * updates and 60 indicators with ten years of quarterly measurements. `report-generate` times
 * generating the draft from that record; `report-pdf` times printing it with Chromium.
 */
import type { Prisma } from "../../lib/generated/city/client";
import { median, roundMs, sample, timed } from "../lib/measure";
import type { BenchContext, Scenario } from "../lib/types";
import { random } from "../lib/random";
import { freshAppDatabase } from "../lib/database";
import { allowServerOnlyImports } from "../../scripts/lib/server-only";
import { buildCity } from "./dashboard";

const COMMITMENTS = 200;
const UPDATES_PER_COMMITMENT = 50;
const OBJECTIVES = 12;
const ACTIONS = 120;
const ACTION_UPDATES = 10;
const INDICATORS = 60;
const MEASUREMENT_YEARS = 10;
const ACTION_STATUSES = ["not_started", "on_track", "at_risk", "delayed", "done", "cancelled"] as const;

async function importApp() {
  const [
    { provisionCity },
    { cityDbForSchema, clearCityClients },
    { controlDb, disconnectControl },
    { closePool },
    generate,
    { buildReportView },
    { reportHtml },
  ] = await Promise.all([
    import("../../lib/kernel/tenancy/provision-city"),
    import("../../lib/kernel/db/city-clients"),
    import("../../lib/kernel/db/control"),
    import("../../lib/kernel/db/pool"),
    import("../../lib/features/reports/generate-report"),
    import("../../lib/features/reports/report-view"),
    import("../../lib/features/reports/report-html"),
  ]);
  return { provisionCity, cityDbForSchema, clearCityClients, controlDb, disconnectControl, closePool, ...generate, buildReportView, reportHtml };
}
type App = Awaited<ReturnType<typeof importApp>>;

/** Last year, the most recent complete one: the report every city writes in spring. */
const YEAR = new Date().getUTCFullYear() - 1;

/** The dashboard's city plus the action plan, its indicators and measurements, and the year's draft report. */
async function buildReportCity(ctx: BenchContext, app: App) {
  const pool = await ctx.freshDatabase();
  ctx.log(`building a city with ${COMMITMENTS} commitments, ${ACTIONS} actions and ${INDICATORS} indicators × ${MEASUREMENT_YEARS} years…`);
  const city = await buildCity(app, pool, "bench-report", COMMITMENTS, UPDATES_PER_COMMITMENT, 5, 3);
  const r = random(4);
  const db = city.db;
  const departments = (await db.department.findMany({ select: { id: true } })).map((d) => d.id);
  const plan = await db.actionPlan.create({
    data: {
      title: "Human rights action plan",
      periodStart: new Date(Date.UTC(YEAR - 2, 0, 1)),
      periodEnd: new Date(Date.UTC(YEAR + 2, 11, 31)),
      status: "adopted",
      createdAt: new Date(Date.UTC(YEAR - 2, 0, 5)),
    },
  });
  await db.objective.createMany({ data: Array.from({ length: OBJECTIVES }, (_, i) => ({ planId: plan.id, title: `Objective ${i + 1}`, position: i })) });
  const objectives = (await db.objective.findMany({ select: { id: true } })).map((o) => o.id);
  await db.action.createMany({
    data: Array.from({ length: ACTIONS }, (_, i) => {
      const status = r.pick(ACTION_STATUSES);
      return {
        objectiveId: objectives[i % OBJECTIVES]!,
        title: `Action ${i + 1}: a measure of the plan with a title of ordinary length`,
        departmentId: r.pick(departments),
        status,
        statusReason: status === "delayed" || status === "at_risk" ? "Waiting for the budget decision of the council." : "",
        progress: status === "done" ? 100 : r.int(0, 90),
        dueDate: new Date(Date.UTC(YEAR + r.int(-1, 2), r.int(0, 11), 1)),
        position: i,
        createdAt: new Date(Date.UTC(YEAR - 2, 1, 1)),
      };
    }),
  });
  const actions = (await db.action.findMany({ select: { id: true, status: true, progress: true } })).map((a) => a);
  const updates: Prisma.ActionUpdateCreateManyInput[] = actions.flatMap((a) =>
    Array.from({ length: ACTION_UPDATES }, (_, k) => ({
      actionId: a.id,
      at: new Date(Date.UTC(YEAR, k, r.int(1, 28))),
      note: "Progress discussed with the department.",
      fromStatus: k === ACTION_UPDATES - 1 ? "on_track" : null,
      toStatus: k === ACTION_UPDATES - 1 ? a.status : null,
      fromProgress: Math.max(0, a.progress - (ACTION_UPDATES - k) * 3),
      toProgress: Math.max(0, a.progress - (ACTION_UPDATES - k - 1) * 3),
    })),
  );
  await db.actionUpdate.createMany({ data: updates });
  await db.indicator.createMany({
    data: Array.from({ length: INDICATORS }, (_, i) => ({
      planId: plan.id,
      name: `Indicator ${i + 1}: share of residents reached`,
      type: "outcome" as const,
      unit: "%",
      direction: i % 3 ? ("higher" as const) : ("lower" as const),
      baselineValue: 40,
      baselineYear: YEAR - MEASUREMENT_YEARS + 1,
      targetValue: 80,
      targetYear: YEAR + 3,
      frequency: "quarterly" as const,
      position: i,
      createdAt: new Date(Date.UTC(YEAR - MEASUREMENT_YEARS, 11, 1)),
    })),
  });
  const indicators = (await db.indicator.findMany({ select: { id: true } })).map((i) => i.id);
  const measurements: Prisma.MeasurementCreateManyInput[] = [];
  for (const id of indicators) {
    let value = 40;
    for (let y = YEAR - MEASUREMENT_YEARS + 1; y <= YEAR; y++) {
      for (let q = 0; q < 4; q++) {
        value = Math.max(0, Math.min(100, value + r.int(-2, 4)));
        measurements.push({
          indicatorId: id,
          period: `${y}-Q${q + 1}`,
          periodStart: new Date(Date.UTC(y, q * 3, 1)),
          value,
          createdAt: new Date(Date.UTC(y, q * 3 + 3, 10)),
        });
      }
    }
  }
  for (let i = 0; i < measurements.length; i += 2000) await db.measurement.createMany({ data: measurements.slice(i, i + 2000) });
  ctx.log(`built: ${city.updates} commitment updates, ${updates.length} action updates, ${measurements.length} measurements`);

  const actorId = (await app.controlDb().membership.findFirstOrThrow({ where: { cityId: city.cityId, role: "city_admin" } })).userId;
  const row = await app.controlDb().city.findUniqueOrThrow({ where: { id: city.cityId } });
  const scope = { db, city: { ...row, locales: ["en", "nl"] }, actor: { id: actorId, name: "", role: "city_admin" as const } };
  const report = await app.createReport(scope, { year: YEAR, locales: ["en"] });
  return { ...city, actorId, reportId: report.id, scope };
}

async function withApp<T>(fn: (app: App) => Promise<T>): Promise<T> {
  allowServerOnlyImports();
  const app = await importApp();
  try {
    return await fn(app);
  } finally {
    await app.clearCityClients();
    await app.disconnectControl();
    await app.closePool();
  }
}

/** Points the app's own pool at the bench database (the code runs exactly as in a request). */
function onBenchDatabase(ctx: BenchContext): BenchContext {
  return {
    ...ctx,
    freshDatabase: () => freshAppDatabase(ctx),
  };
}

const GENERATE_WARMUPS = 2;
const GENERATE_RUNS = 10;

export const generateScenario: Scenario = {
  name: "report-generate",
  description: `Generating the annual report's draft for a city with ${COMMITMENTS} commitments (${COMMITMENTS * UPDATES_PER_COMMITMENT} updates over five years), an action plan with ${ACTIONS} actions (${ACTIONS * ACTION_UPDATES} updates in the year) and ${INDICATORS} indicators with ${MEASUREMENT_YEARS} years of quarterly measurements: \`ms\` is \`regenerateReport\` (lib/features/reports/generate-report.ts) — reading the record, assembling it as of 31 December and storing it in the draft. \`html_ms\` is rendering the whole report to HTML (the public page's and the PDF's template), for context.`,
  method: `Setup (not timed): a fresh database, the dashboard scenario's city (bulk inserts, fixed random seed) plus the plan, actions, updates, indicators and ${INDICATORS * MEASUREMENT_YEARS * 4} measurements, and the year's report created once. Then ${GENERATE_WARMUPS} warm-up and ${GENERATE_RUNS} measured regenerations; \`html_ms\` is the median of ${GENERATE_RUNS} renders of the report view. The values are the medians.`,
  targets: [{ metric: "ms", below: 2000 }],
  async run(outer) {
    const ctx = onBenchDatabase(outer);
    return withApp(async (app) => {
      const city = await buildReportCity(ctx, app);
      let version = (await city.db.annualReport.findUniqueOrThrow({ where: { id: city.reportId } })).version;
      const times = await sample({ label: "report-generate", warmups: GENERATE_WARMUPS, runs: GENERATE_RUNS, log: ctx.log }, async () => {
        ({ version } = await app.regenerateReport(city.scope, { id: city.reportId, version }));
      });
      const view = await app.buildReportView(city.db, city.reportId);
      if (view.generated?.actionPlan.actions.length !== ACTIONS)
        throw new Error(`the report lists ${view.generated?.actionPlan.actions.length} actions, expected ${ACTIONS}`);
      if (view.generated.indicators.length !== INDICATORS)
        throw new Error(`the report lists ${view.generated.indicators.length} indicators, expected ${INDICATORS}`);
      const html: number[] = [];
      for (let i = 0; i < GENERATE_RUNS + 1; i++) {
        const { ms } = await timed(async () => app.reportHtml(view, { locale: "en", cityName: "Bench", withToc: true }));
        if (i > 0) html.push(ms);
      }
      return [
        { metric: "ms", value: roundMs(median(times)), unit: "ms" },
        { metric: "html_ms", value: roundMs(median(html)), unit: "ms" },
      ];
    });
  },
};

const PDF_RUNS = 5;

export const pdfScenario: Scenario = {
  name: "report-pdf",
  description: `Printing that report (the report-generate city) as a tagged PDF with Chromium: \`ms\` is \`reportPdf\` (lib/features/reports/report-files.ts) — the HTML, Chromium's layout and print with outline and tags — with the browser already running; \`cold_ms\` is the first print of the process, browser launch included. \`pages\` is the PDF's page count. Where the time goes (the same report's HTML printed with and without each option, on this machine): the tags (the PDF's structure tree, one element per table cell and paragraph; the report has about 2,200 table cells) about double Chromium's print time, and they stay, because an accessible PDF is the point; Chromium's header and footer templates, laid out again for every page, cost about a third more, so the running header and page numbers are CSS page-margin boxes instead (lib/kernel/documents/print-pdf.ts). Fonts are local and the two charts static SVG: neither shows. Measured on the 2-core machine with nothing else running: an earlier run while parallel builds kept the load average near 20 took 23.5 s for the same print, so a busy host can be twenty times slower.`,
  method: `Setup (not timed): the report-generate city and its generated report. One cold print (\`cold_ms\`), then ${PDF_RUNS} measured prints; the value is their median.`,
  targets: [{ metric: "ms", below: 10_000 }],
  async run(outer) {
    const ctx = onBenchDatabase(outer);
    return withApp(async (app) => {
      const city = await buildReportCity(ctx, app);
      const view = await app.buildReportView(city.db, city.reportId);
      const { reportPdf } = await import("../../lib/features/reports/report-files");
      const { closePdfBrowser } = await import("../../lib/kernel/documents/print-pdf");
      try {
        const cold = await timed(() => reportPdf(view, "en", "Bench"));
        ctx.log(`cold print: ${Math.round(cold.ms)} ms, ${cold.result.length} bytes`);
        let pages = 0;
        const times = await sample({ label: "report-pdf", warmups: 0, runs: PDF_RUNS, log: ctx.log }, async () => {
          const pdf = await reportPdf(view, "en", "Bench");
          if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") throw new Error("the print is not a PDF");
          pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        });
        return [
          { metric: "ms", value: roundMs(median(times)), unit: "ms" },
          { metric: "cold_ms", value: roundMs(cold.ms), unit: "ms" },
          { metric: "pages", value: pages, unit: "pages" },
        ];
      } finally {
        await closePdfBrowser();
      }
    });
  },
};
