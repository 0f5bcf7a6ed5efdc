/**
 * Abuse (issue 11): an officer uploads the archive bomb of the issue — an XLSX of about 1 MB
 * whose directory says 2 KB and which unpacks to 1 GiB — through the import's reader
 * (readUpload, what the upload action calls: the reading runs in the upload worker). Reports how
 * much the server's memory grows and how long it takes to refuse the file, and what it does to
 * another city's dashboard: its server render while uploads are being refused, against idle.
 */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { lyingDirectoryBomb } from "../../tests/helpers/zip-bombs";
import { freshAppDatabase } from "../lib/database";
import { median, roundMs, sample, timed } from "../lib/measure";
import { allowServerOnlyImports } from "../../scripts/lib/server-only";
import type { BenchContext, Measurement, Scenario } from "../lib/types";
import { measurePublicAbuse } from "./abuse-public";
import { buildCity } from "./dashboard";

const COMMITMENTS = 200;
const UPDATES_PER_COMMITMENT = 50;
const BOMB_RUNS = 5;
const WARMUPS = 3;
const RUNS = 15;
const ATTACKERS = 2;
const RSS_SAMPLE_MS = 2;

async function importApp() {
  const [
    { provisionCity },
    { cityDbForSchema, clearCityClients },
    { controlDb, disconnectControl },
    { closePool },
    { loadDashboard },
    { translator },
    { DashboardView },
    { readUpload },
  ] = await Promise.all([
    import("../../lib/kernel/tenancy/provision-city"),
    import("../../lib/kernel/db/city-clients"),
    import("../../lib/kernel/db/control"),
    import("../../lib/kernel/db/pool"),
    import("../../lib/features/dashboard/load-dashboard"),
    import("../../lib/features/dictionary"),
    import("../../app/(app)/[city]/workspace/dashboard/_components/dashboard-view"),
    import("../../lib/features/commitments/spreadsheet/read-upload"),
  ]);
  return { provisionCity, cityDbForSchema, clearCityClients, controlDb, disconnectControl, closePool, loadDashboard, translator, DashboardView, readUpload };
}

/** Resident memory of the whole process (the upload worker's thread included), sampled while `fn` runs. */
async function peakRssGrowth<T>(fn: () => Promise<T>): Promise<{ mb: number; ms: number; result: T }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, RSS_SAMPLE_MS);
  try {
    const { ms, result } = await timed(fn);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { mb: (peak - before) / 1024 / 1024, ms, result };
  } finally {
    clearInterval(timer);
  }
}

export const scenario: Scenario = {
  name: "abuse",
  description: `Abuse: an archive bomb uploaded for import (an XLSX of ${Math.round(lyingDirectoryBomb().length / 1024)} KB whose central directory declares 2 KB and which unpacks to 1 GiB), read as the upload action reads it (\`readUpload\`: a worker thread, lib/kernel/uploads/run-upload-task.ts). \`bomb_refuse_ms\` is the time until the upload is refused, \`bomb_peak_mb\` the largest growth of the server process's resident memory while it is read (worker included). \`dashboard_idle_ms\` is another city's dashboard (${COMMITMENTS} commitments, ${COMMITMENTS * UPDATES_PER_COMMITMENT} updates: \`loadDashboard\` plus rendering to HTML) with nothing else running, \`dashboard_attacked_ms\` the same while ${ATTACKERS} uploads of the bomb are refused back to back, and \`dashboard_ratio\` the second over the first. Then anonymous visitors against \`next start\` (bench/scenarios/abuse-public.ts): \`random_urls_bytes_written\` and \`random_urls_files_written\` are what 1,000 random public URLs (every route shape, both languages, all 404) leave under .next and the data folder; \`report_pdf_p99_ms\` is the 99th percentile of 20 concurrent anonymous downloads of a published report's PDF, served from the stored file with no Chromium on the path.`,
  method: `Setup (not timed): a fresh database and the dashboard scenario's city. Bomb: 1 warm-up (it also bundles the worker once, as the Next build does), then ${BOMB_RUNS} refusals one after another; \`bomb_refuse_ms\` is their median, \`bomb_peak_mb\` the highest of their peaks (resident memory sampled every ${RSS_SAMPLE_MS} ms, minus the value just before). Dashboard: ${WARMUPS} warm-ups and ${RUNS} measured requests idle, then ${RUNS} measured requests while ${ATTACKERS} loops upload the bomb without pause (each request starts while an upload is being read); medians. Every refusal is checked to be the "too big" message.`,
  targets: [
    { metric: "bomb_peak_mb", below: 100 },
    { metric: "bomb_refuse_ms", below: 3000 },
    { metric: "dashboard_ratio", below: 1.5 },
    { metric: "random_urls_bytes_written", below: 1 },
    { metric: "report_pdf_p99_ms", below: 200 },
  ],
  async run(ctx) {
    return [...(await measureUploadAbuse(ctx)), ...(await measurePublicAbuse(ctx))];
  },
};

async function measureUploadAbuse(ctx: BenchContext): Promise<Measurement[]> {
  const pool = await freshAppDatabase(ctx);
  allowServerOnlyImports();
  const app = await importApp();
  const bomb = lyingDirectoryBomb();
  const upload = async () => {
    const refused = await app.readUpload("commitments.xlsx", bomb).then(
      () => null,
      (err: { messageKey?: string }) => err.messageKey ?? String(err),
    );
    if (refused !== "spreadsheet.file.tooBig") throw new Error(`the bomb was not refused as too big: ${refused ?? "accepted"}`);
  };
  try {
    ctx.log(`building another city with ${COMMITMENTS} commitments…`);
    const other = await buildCity(app, pool, "bench-abuse-other", COMMITMENTS, UPDATES_PER_COMMITMENT, 5, 3);
    const t = app.translator("en");
    const dashboard = async () => {
      const data = await app.loadDashboard({ db: other.db, city: { id: other.cityId } });
      const html = renderToString(createElement(app.DashboardView, { dashboard: data, locale: "en", t, citySlug: other.slug, charts: true }));
      if (!html.includes("Overall progress is")) throw new Error("the dashboard did not render its summary");
    };

    await upload();
    const refusals: { mb: number; ms: number }[] = [];
    for (let n = 1; n <= BOMB_RUNS; n++) {
      const r = await peakRssGrowth(upload);
      refusals.push(r);
      ctx.log(`bomb ${n}/${BOMB_RUNS}: refused in ${roundMs(r.ms)} ms, memory +${r.mb.toFixed(1)} MB`);
    }

    const idle = await sample({ label: "dashboard idle", warmups: WARMUPS, runs: RUNS, log: ctx.log }, dashboard);

    let attacking = true;
    let inFlight = 0;
    let refused = 0;
    const attacker = async () => {
      while (attacking) {
        inFlight += 1;
        try {
          await upload();
          refused += 1;
        } finally {
          inFlight -= 1;
        }
      }
    };
    const attackers = Array.from({ length: ATTACKERS }, attacker);
    let attacked: number[];
    try {
      attacked = await sample({ label: "dashboard during uploads", warmups: 0, runs: RUNS, log: ctx.log }, async () => {
        if (inFlight === 0) throw new Error("no upload was being read during a dashboard request");
        await dashboard();
      });
    } finally {
      attacking = false;
      await Promise.all(attackers);
    }
    ctx.log(`${refused} bomb uploads refused while the dashboard was measured`);

    const idleMs = median(idle);
    const attackedMs = median(attacked);
    return [
      { metric: "bomb_peak_mb", value: Math.round(Math.max(...refusals.map((r) => r.mb)) * 10) / 10, unit: "MB" },
      { metric: "bomb_refuse_ms", value: roundMs(median(refusals.map((r) => r.ms))), unit: "ms" },
      { metric: "dashboard_idle_ms", value: roundMs(idleMs), unit: "ms" },
      { metric: "dashboard_attacked_ms", value: roundMs(attackedMs), unit: "ms" },
      { metric: "dashboard_ratio", value: Math.round((attackedMs / idleMs) * 100) / 100, unit: "×" },
    ];
  } finally {
    await app.clearCityClients();
    await app.disconnectControl();
    await app.closePool();
  }
}
