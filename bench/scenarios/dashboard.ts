/**
 * The dashboard of a big city: 200 commitments with five years of history (≈10,000 updates).
 * Times what the server does for one dashboard request — the loader (every SQL statement) plus
 * rendering the dashboard's React tree to HTML — and counts the SQL statements of one load,
 * which must be the same for 20 and for 200 commitments.
 */
import pg from "pg";
import type { Prisma } from "../../lib/generated/city/client";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { countStatements, median, roundMs, sample, timed } from "../lib/measure";
import { random } from "../lib/random";
import { freshAppDatabase } from "../lib/database";
import { allowServerOnlyImports } from "../../scripts/lib/server-only";
import type { Scenario } from "../lib/types";

const COMMITMENTS = 200;
const UPDATES_PER_COMMITMENT = 50;
const YEARS = 5;
const SMALL_COMMITMENTS = 20;
const WARMUPS = 3;
const RUNS = 15;
const DAY = 86_400_000;

const STATUSES = ["not_started", "planned", "in_progress", "in_place", "needs_review"] as const;
const MATURITIES = ["none", "initiated", "established", "embedded", "exemplary"] as const;
const LAYERS = ["foundation", "structure", "tool"] as const;
const GROUPS = ["children_youth", "older_people", "disabilities", "homeless", "lgbtiq", "migrants_refugees", "women_girls", "poverty"];

type Apps = Awaited<ReturnType<typeof importApp>>;
/** What buildCity needs of the app (the report scenarios share it). */
export type CityBuilder = Pick<Apps, "provisionCity" | "cityDbForSchema" | "controlDb">;

async function importApp() {
  const [
    { provisionCity },
    { cityDbForSchema, clearCityClients },
    { controlDb, disconnectControl },
    { closePool },
    { loadDashboard },
    { translator },
    { DashboardView },
  ] = await Promise.all([
    import("../../lib/kernel/tenancy/provision-city"),
    import("../../lib/kernel/db/city-clients"),
    import("../../lib/kernel/db/control"),
    import("../../lib/kernel/db/pool"),
    import("../../lib/features/dashboard/load-dashboard"),
    import("../../lib/features/dictionary"),
    import("../../app/(app)/[city]/workspace/dashboard/_components/dashboard-view"),
  ]);
  return { provisionCity, cityDbForSchema, clearCityClients, controlDb, disconnectControl, closePool, loadDashboard, translator, DashboardView };
}

/**
 * A provisioned city with `total` commitments (the 20 framework elements plus its own), people,
 * departments and `perCommitment` updates each, spread over the last `years` years. Bulk inserts:
 * building the data is not what is measured.
 */
export async function buildCity(app: CityBuilder, pool: pg.Pool, slug: string, total: number, perCommitment: number, years: number, seed: number) {
  const r = random(seed);
  const city = await app.provisionCity(pool, { slug, name: `Bench ${slug}`, country: "NL", defaultLocale: "en", adminEmail: `admin@${slug}.example` }, {});
  const db = app.cityDbForSchema(city.schemaName);
  const control = app.controlDb();
  const users = [city.adminUserId];
  for (let i = 0; i < 8; i++) {
    const u = await control.user.create({ data: { email: `member-${i}@${slug}.example`, name: `Member ${i} of ${slug}` } });
    await control.membership.create({ data: { userId: u.id, cityId: city.cityId, role: i % 2 ? "officer" : "council_member" } });
    users.push(u.id);
  }
  await db.department.createMany({ data: Array.from({ length: 12 }, (_, i) => ({ name: `Department ${i + 1}` })) });
  const departments = (await db.department.findMany({ select: { id: true } })).map((d) => d.id);

  const now = Date.now();
  const start = now - years * 365 * DAY;
  await db.commitment.updateMany({ data: { createdAt: new Date(start), lastUpdateAt: new Date(start) } });
  await db.commitment.createMany({
    data: Array.from({ length: total - 20 }, (_, i) => ({
      layer: r.pick(LAYERS),
      title: `Own commitment ${i + 1}`,
      createdAt: new Date(start + r.next() * (now - start) * 0.4),
    })),
  });
  const commitments = await db.commitment.findMany({ select: { id: true, createdAt: true } });
  if (commitments.length !== total) throw new Error(`expected ${total} commitments, found ${commitments.length}`);

  const updates: Prisma.CommitmentUpdateCreateManyInput[] = [];
  const finals: { id: string; status: string; progress: number; maturity: string; at: Date }[] = [];
  for (const c of commitments) {
    const from = c.createdAt.getTime();
    const times = Array.from({ length: perCommitment }, () => from + r.next() * (now - from)).sort((a, b) => a - b);
    let status: (typeof STATUSES)[number] = "not_started";
    let progress = 0;
    let maturity: (typeof MATURITIES)[number] = "none";
    for (const t of times) {
      const nextProgress = Math.min(100, Math.max(0, progress + r.int(-5, 12)));
      const nextStatus: (typeof STATUSES)[number] = r.next() < 0.3 ? r.pick(STATUSES) : status;
      const nextMaturity: (typeof MATURITIES)[number] = r.next() < 0.15 ? MATURITIES[Math.min(4, MATURITIES.indexOf(maturity) + 1)]! : maturity;
      updates.push({
        commitmentId: c.id,
        at: new Date(t),
        authorId: r.pick(users),
        note: `Update on ${new Date(t).toISOString().slice(0, 10)}: progress reviewed with the department.`,
        ...(nextStatus !== status ? { fromStatus: status, toStatus: nextStatus } : {}),
        ...(nextProgress !== progress || (nextStatus === status && nextMaturity === maturity) ? { fromProgress: progress, toProgress: nextProgress } : {}),
        ...(nextMaturity !== maturity ? { fromMaturity: maturity, toMaturity: nextMaturity } : {}),
      });
      status = nextStatus;
      progress = nextProgress;
      maturity = nextMaturity;
    }
    finals.push({ id: c.id, status, progress, maturity, at: new Date(times.at(-1) ?? from) });
  }
  for (let i = 0; i < updates.length; i += 2000) await db.commitmentUpdate.createMany({ data: updates.slice(i, i + 2000) });

  // Today's row is the last state of its history, with owner, department, dates and links.
  const q = `"${city.schemaName}"`;
  await pool.query(
    `UPDATE ${q}."Commitment" c
        SET status = v.status::${q}."CommitmentStatus", progress = v.progress, maturity = v.maturity::${q}."Maturity", "lastUpdateAt" = v.at,
            "ownerId" = v.owner, "departmentId" = v.department, "targetDate" = v.target,
            "charterArticles" = ARRAY(SELECT jsonb_array_elements_text(v.charter)::int), sdgs = ARRAY(SELECT jsonb_array_elements_text(v.sdgs)::int),
            groups = ARRAY(SELECT jsonb_array_elements_text(v.groups))
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, status text, progress int, maturity text, at timestamptz, owner uuid, department uuid, target date, charter jsonb, sdgs jsonb, groups jsonb)
      WHERE c.id = v.id`,
    [
      JSON.stringify(
        finals.map((f) => ({
          ...f,
          owner: r.pick(users),
          department: r.next() < 0.9 ? r.pick(departments) : null,
          target: new Date(now + r.int(-365, 730) * DAY).toISOString().slice(0, 10),
          charter: r.some(
            Array.from({ length: 50 }, (_, i) => i + 1),
            3,
          ),
          sdgs: r.some(
            Array.from({ length: 17 }, (_, i) => i + 1),
            3,
          ),
          groups: r.some(GROUPS, 2),
        })),
      ),
    ],
  );
  return { ...city, db, updates: updates.length };
}

export const scenario: Scenario = {
  name: "dashboard",
  description: `The dashboard of a city with ${COMMITMENTS} commitments and ${YEARS} years of history (${COMMITMENTS * UPDATES_PER_COMMITMENT} updates): \`server_render_ms\` is the server's work for one request — \`loadDashboard\` (lib/features/dashboard/load-dashboard.ts, all its SQL) plus \`renderToString\` of the dashboard's React tree (DashboardView, every section, the same tree the page renders). \`load_ms\` and \`render_ms\` are its two parts, and \`past_server_render_ms\` the same request for the dashboard as it stood two years earlier (\`?at=\`), for context. \`queries_per_request\` is the number of SQL statements of one load; the scenario fails when a city with ${SMALL_COMMITMENTS} commitments needs a different number.`,
  method: `Setup (not timed): a fresh database, a city provisioned as usual, 180 more commitments, 12 departments, 9 members, ${UPDATES_PER_COMMITMENT} updates per commitment at random instants since the commitment was created (bulk inserts, fixed random seed), and a second city with ${SMALL_COMMITMENTS} commitments. Then ${WARMUPS} warm-up requests and ${RUNS} measured ones, each loading the dashboard of today and rendering it to HTML (English), then 1 + ${RUNS} the same for two years ago. The values are the medians. \`queries_per_request\` counts calls of \`pg.Client.prototype.query\` during one load (after warm-up), for both cities.`,
  targets: [{ metric: "server_render_ms", below: 300 }],
  async run(ctx) {
    const pool = await freshAppDatabase(ctx);
    allowServerOnlyImports();
    const app = await importApp();
    try {
      ctx.log(`building a city with ${COMMITMENTS} commitments and ${COMMITMENTS * UPDATES_PER_COMMITMENT} updates…`);
      const big = await buildCity(app, pool, "bench-dashboard", COMMITMENTS, UPDATES_PER_COMMITMENT, YEARS, 1);
      const small = await buildCity(app, pool, "bench-dashboard-small", SMALL_COMMITMENTS, 10, 1, 2);
      ctx.log(`built: ${big.updates} updates`);

      const t = app.translator("en");
      const loadTimes: number[] = [];
      const renderTimes: number[] = [];
      const request = async (c: typeof big, asOf?: string) => {
        const load = await timed(() => app.loadDashboard({ db: c.db, city: { id: c.cityId } }, { asOf }));
        const render = await timed(async () =>
          renderToString(createElement(app.DashboardView, { dashboard: load.result, locale: "en", t, citySlug: c.slug, charts: true })),
        );
        if (!render.result.includes("Overall progress is")) throw new Error("the dashboard did not render its summary");
        return { load: load.ms, render: render.ms, count: load.result.overall.count };
      };
      const times = await sample({ label: "dashboard", warmups: WARMUPS, runs: RUNS, log: ctx.log }, async (n) => {
        const r = await request(big);
        if (r.count !== COMMITMENTS) throw new Error(`the dashboard counted ${r.count} commitments, expected ${COMMITMENTS}`);
        if (n > WARMUPS) {
          loadTimes.push(r.load);
          renderTimes.push(r.render);
        }
      });

      // The dashboard as it stood two years ago: the state and the trend from the history.
      const pastDay = new Date(Date.now() - 730 * DAY).toISOString().slice(0, 10);
      const past = await sample({ label: "dashboard two years ago", warmups: 1, runs: RUNS, log: ctx.log }, () => request(big, pastDay));

      const loadBig = () => app.loadDashboard({ db: big.db, city: { id: big.cityId } });
      const loadSmall = () => app.loadDashboard({ db: small.db, city: { id: small.cityId } });
      await loadSmall();
      const queriesBig = await countStatements(loadBig);
      const queriesSmall = await countStatements(loadSmall);
      ctx.log(`SQL statements per load: ${queriesSmall} for ${SMALL_COMMITMENTS} commitments, ${queriesBig} for ${COMMITMENTS}`);
      if (queriesBig !== queriesSmall) {
        throw new Error(`queries per request grow with the commitments: ${queriesSmall} for ${SMALL_COMMITMENTS}, ${queriesBig} for ${COMMITMENTS}`);
      }

      return [
        { metric: "server_render_ms", value: roundMs(median(times)), unit: "ms" },
        { metric: "load_ms", value: roundMs(median(loadTimes)), unit: "ms" },
        { metric: "render_ms", value: roundMs(median(renderTimes)), unit: "ms" },
        { metric: "past_server_render_ms", value: roundMs(median(past)), unit: "ms" },
        { metric: "queries_per_request", value: queriesBig, unit: "queries" },
      ];
    } finally {
      await app.clearCityClients();
      await app.disconnectControl();
      await app.closePool();
    }
  },
};
