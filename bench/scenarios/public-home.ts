/**
 * `public-home`: a city's public home page as residents get it — a production build under
 * `next start`, the demo data seeded and published — under load (autocannon) and in Lighthouse's
 * mobile emulation, next to a trivial Next page measured the same way in the same run.
 */
import path from "node:path";
import { runLighthouse, type LighthouseResult } from "../lib/lighthouse";
import { runLoad } from "../lib/load";
import { median } from "../lib/measure";
import { buildBaseline, buildCharta, startNext, type NextServer } from "../lib/next-server";
import type { Scenario } from "../lib/types";
import { migrateEverything } from "../../scripts/lib/launch";

const CITY = "zonnestad";
const PAGE = `/${CITY}/nl`;
const CONNECTIONS = 20;
const DURATION_S = 10;
const WARMUP_S = 3;
const LIGHTHOUSE_RUNS = 3;
const REPORT_DIR = path.resolve(import.meta.dirname, "..", "..", ".data", "bench-public-home");

/** The demo cities, seeded and published as `npm run demo` does (also used by abuse-public.ts). */
export async function seedPublishedDemo(url: string, log: (m: string) => void): Promise<void> {
  process.env.DATABASE_URL = url;
  const [
    { seedDemo },
    { DEMO_PASSWORD, DEMO_CITIES },
    { hashPassword },
    { closePool },
    { controlDb, disconnectControl },
    { cityDbForSchema, clearCityClients },
    { publishCity },
  ] = await Promise.all([
    import("../../scripts/demo-data/seed-demo"),
    import("../../scripts/demo-data/demo-data"),
    import("../../lib/kernel/auth/password"),
    import("../../lib/kernel/db/pool"),
    import("../../lib/kernel/db/control"),
    import("../../lib/kernel/db/city-clients"),
    import("../../lib/features/publication/site/publish-city"),
  ]);
  try {
    await seedDemo(hashPassword, DEMO_PASSWORD);
    for (const demo of DEMO_CITIES) {
      const city = await controlDb().city.findUniqueOrThrow({ where: { slug: demo.slug } });
      const db = cityDbForSchema(city.schemaName);
      if ((await db.publication.count()) > 0) continue;
      // A seed that does not publish (yet) would leave an empty home page: publish every commitment here.
      log(`${demo.slug} has no publication after seedDemo: marking its commitments public and publishing`);
      await db.commitment.updateMany({ data: { isPublic: true } });
      await publishCity({ db, city, actor: { id: null, name: "", role: null } }, { note: "bench" });
    }
  } finally {
    await clearCityClients();
    await disconnectControl();
    await closePool();
  }
}

function lighthouseMedians(results: LighthouseResult[]) {
  return {
    performance: median(results.map((r) => r.performance)),
    lcpMs: Math.round(median(results.map((r) => r.lcpMs))),
    tbtMs: Math.round(median(results.map((r) => r.tbtMs))),
  };
}

export const scenario: Scenario = {
  name: "public-home",
  description: `The public home page of a demo city (\`${PAGE}\`, seeded and published) served by \`next start\` from a production build. \`requests_per_s\` and \`p99_ms\`: autocannon, ${CONNECTIONS} connections for ${DURATION_S} s — mean requests per second and 99th-percentile latency. \`lighthouse_performance\`, \`lcp_ms\` and \`tbt_ms\`: Lighthouse 12's performance score, Largest Contentful Paint and Total Blocking Time on mobile emulation (default config: simulated slow 4G, CPU 4× slower). \`baseline_…\`: the same measurements (load and Lighthouse) of a trivial Next page (bench/baseline-app: one heading, built and served by the same \`next\`), so the score says what Charta adds, not what this host costs.`,
  method: `Setup (not timed): a fresh database, migrated, the demo seeded (both cities published), Charta built when its sources changed (\`next build\`, as e2e/server.ts does), the baseline app built, \`next start\` on free ports (CHARTA_JOBS=off). Two requests fill the page cache, then ${WARMUP_S} s of unmeasured load, then ${DURATION_S} s measured, for Charta and then for the baseline (autocannon runs in the bench process on the same machine, so it takes CPU from the server: the figure is a floor). Lighthouse (system Chromium, --headless=new --no-sandbox --disable-gpu): one unmeasured run per page, then ${LIGHTHOUSE_RUNS} measured runs alternating between Charta and the baseline; the values are the medians; the last full Lighthouse report of each page is kept in \`.data/bench-public-home/\` for a closer look. Any failed request fails the scenario.`,
  targets: [
    { metric: "requests_per_s", above: 1000 },
    { metric: "p99_ms", below: 100 },
    { metric: "lighthouse_performance", above: 95 },
    { metric: "lcp_ms", below: 2500 },
  ],
  async run(ctx) {
    const pool = await ctx.freshDatabase();
    const url = pool.options.connectionString;
    if (!url) throw new Error("the bench pool has no connection string");
    ctx.log("migrating and seeding the demo…");
    await migrateEverything(url);
    await seedPublishedDemo(url, ctx.log);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      NEXTAUTH_URL: "http://localhost:3000",
      CHARTA_LOG_LEVEL: "warn",
      CHARTA_JOBS: "off",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    await buildCharta(env, ctx.log);
    const baselineDir = buildBaseline(ctx.log);

    let charta: NextServer | null = null;
    let baseline: NextServer | null = null;
    try {
      charta = await startNext({ env, readyPath: "/api/health", log: ctx.log });
      const page = charta.url + PAGE;
      for (let i = 0; i < 2; i++) {
        const res = await fetch(page);
        const html = await res.text();
        if (res.status !== 200 || !html.includes("Zonnestad")) throw new Error(`${PAGE} answered ${res.status} without the city's name`);
        if (i === 1) ctx.log(`${PAGE}: ${html.length} bytes, x-nextjs-cache ${res.headers.get("x-nextjs-cache") ?? "absent (rendered per request)"}`);
      }

      baseline = await startNext({ dir: baselineDir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, readyPath: "/", log: ctx.log });
      const measureLoad = async (label: string, url: string) => {
        await runLoad(url, CONNECTIONS, WARMUP_S);
        const load = await runLoad(url, CONNECTIONS, DURATION_S);
        ctx.log(`autocannon ${label}: ${load.total} requests, ${Math.round(load.requestsPerSecond)} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms`);
        if (load.failures) throw new Error(`${label}: ${load.failures} requests failed (errors, timeouts or non-2xx)`);
        return load;
      };
      const load = await measureLoad("Charta", page);
      const baselineLoad = await measureLoad("baseline", baseline.url + "/");
      const targets = [
        { label: "Charta", url: page, results: [] as LighthouseResult[] },
        { label: "baseline", url: baseline.url + "/", results: [] as LighthouseResult[] },
      ];
      for (const t of targets) {
        const r = await runLighthouse(t.url);
        ctx.log(`lighthouse ${t.label} warm-up: ${r.performance}, LCP ${r.lcpMs} ms, TBT ${r.tbtMs} ms`);
      }
      for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
        for (const t of targets) {
          const r = await runLighthouse(t.url, path.join(REPORT_DIR, `${t.label.toLowerCase()}.report.json`));
          t.results.push(r);
          ctx.log(`lighthouse ${t.label} run ${run}/${LIGHTHOUSE_RUNS}: ${r.performance}, LCP ${r.lcpMs} ms, TBT ${r.tbtMs} ms, FCP ${r.fcpMs} ms`);
        }
      }
      const [c, b] = targets.map((t) => lighthouseMedians(t.results));

      return [
        { metric: "requests_per_s", value: Math.round(load.requestsPerSecond), unit: "req/s" },
        { metric: "p99_ms", value: load.p99Ms, unit: "ms" },
        { metric: "lighthouse_performance", value: c!.performance, unit: "of 100" },
        { metric: "lcp_ms", value: c!.lcpMs, unit: "ms" },
        { metric: "tbt_ms", value: c!.tbtMs, unit: "ms" },
        { metric: "baseline_requests_per_s", value: Math.round(baselineLoad.requestsPerSecond), unit: "req/s" },
        { metric: "baseline_p99_ms", value: baselineLoad.p99Ms, unit: "ms" },
        { metric: "baseline_lighthouse_performance", value: b!.performance, unit: "of 100" },
        { metric: "baseline_lcp_ms", value: b!.lcpMs, unit: "ms" },
        { metric: "baseline_tbt_ms", value: b!.tbtMs, unit: "ms" },
      ];
    } finally {
      await baseline?.stop();
      await charta?.stop();
    }
  },
};
