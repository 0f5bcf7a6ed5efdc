/**
 * What anonymous visitors can cost the server (issue 11 item 2), as residents' requests reach it:
 * a production build under `next start`, the demo seeded and published, its published documents
 * stored. Two measurements, for the `abuse` scenario (bench/run.ts wires this function in):
 *  - the bytes 1,000 random public URLs write under .next and the data directory (target 0):
 *    unknown cities, commitment keys, report years, open-data files and downloads, both languages;
 *    every answer must be a 404;
 *  - the 99th-percentile latency of 20 concurrent anonymous downloads of a published report's PDF
 *    (target < 200 ms), with CHROMIUM_PATH pointing at nothing: a download that printed would fail.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { bytesWritten, diskChanges, diskSnapshot } from "../../e2e/helpers/disk";
import { migrateEverything } from "../../scripts/lib/launch";
import { runLoad } from "../lib/load";
import { buildCharta, startNext, type NextServer } from "../lib/next-server";
import { allowServerOnlyImports } from "../../scripts/lib/server-only";
import type { BenchContext, Measurement } from "../lib/types";
import { seedPublishedDemo } from "./public-home";

const RANDOM_URLS = 1_000;
const URL_CONCURRENCY = 10;
const DOWNLOADS = 20;
const DOWNLOAD_WARMUP_S = 2;
const DOWNLOAD_S = 5;
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const ROOTS = [path.join(ROOT, ".next"), path.resolve(ROOT, process.env.CHARTA_DATA_DIR ?? ".data")];

/** The demo's published documents, stored as the job does at every start of a server with jobs. */
async function storePublishedDocuments(url: string, log: (m: string) => void): Promise<void> {
  process.env.DATABASE_URL = url;
  allowServerOnlyImports();
  const { produceMissingDocuments } = await import("../../lib/features/publication/documents/produce-missing");
  const { closePdfBrowser } = await import("../../lib/kernel/documents/print-pdf");
  const { clearCityClients } = await import("../../lib/kernel/db/city-clients");
  const { disconnectControl } = await import("../../lib/kernel/db/control");
  const { closePool } = await import("../../lib/kernel/db/pool");
  try {
    const made = await produceMissingDocuments();
    log(`published documents stored: ${made.made} files in ${made.cities} cities (${made.failed} failed)`);
    if (made.failed) throw new Error("some published documents could not be made (is Chromium installed?)");
  } finally {
    await closePdfBrowser();
    await clearCityClients();
    await disconnectControl();
    await closePool();
  }
}

const token = () => `x${randomBytes(6).toString("hex")}`;
const year = () => String(1000 + (randomBytes(2).readUInt16BE(0) % 900));

/** Paths that name nothing, in the shapes of every public route. */
function randomPublicPaths(count: number): string[] {
  const shapes: (() => string)[] = [
    () => `/${token()}/nl`,
    () => `/${token()}/en/commitments`,
    () => `/zonnestad/nl/commitments/${token()}`,
    () => `/riverton/en/commitments/${token()}`,
    () => `/zonnestad/en/reports/${year()}`,
    () => `/riverton/nl/reports/${year()}/pdf`,
    () => `/${token()}/en/declaration/docx`,
    () => `/api/public/zonnestad/${token()}.csv`,
    () => `/api/public/${token()}/commitments.json`,
    () => `/${token()}`,
  ];
  return Array.from({ length: count }, (_, i) => shapes[i % shapes.length]!());
}

async function requestAll(base: string, paths: string[]): Promise<string[]> {
  const unexpected: string[] = [];
  for (let i = 0; i < paths.length; i += URL_CONCURRENCY) {
    await Promise.all(
      paths.slice(i, i + URL_CONCURRENCY).map(async (p) => {
        const res = await fetch(base + p, { redirect: "manual" });
        await res.arrayBuffer();
        if (res.status !== 404) unexpected.push(`${p} → ${res.status}`);
      }),
    );
  }
  return unexpected;
}

export async function measurePublicAbuse(ctx: BenchContext): Promise<Measurement[]> {
  const pool = await ctx.freshDatabase();
  const url = pool.options.connectionString;
  if (!url) throw new Error("the bench pool has no connection string");
  ctx.log("migrating, seeding and publishing the demo…");
  await migrateEverything(url);
  await seedPublishedDemo(url, ctx.log);
  await storePublishedDocuments(url, ctx.log);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
    NEXTAUTH_URL: "http://localhost:3000",
    CHARTA_LOG_LEVEL: "warn",
    CHARTA_JOBS: "off",
    NEXT_TELEMETRY_DISABLED: "1",
    // Anonymous downloads must never print: with no Chromium, one that tried would fail the load run.
    CHROMIUM_PATH: "/nonexistent/chromium",
  };
  await buildCharta(env, ctx.log);

  let server: NextServer | null = null;
  try {
    server = await startNext({ env, readyPath: "/api/health", log: ctx.log });
    // The demo publishes last year's report for Riverton (scripts/demo-data/seed-demo-report.ts).
    const pdf = `${server.url}/riverton/en/reports/${new Date().getUTCFullYear() - 1}/pdf`;
    for (const page of ["/zonnestad/nl", "/riverton/en", "/api/public/zonnestad/commitments.csv"]) {
      const res = await fetch(server.url + page);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${page} answered ${res.status}`);
    }
    const first = await fetch(pdf);
    const bytes = (await first.arrayBuffer()).byteLength;
    if (first.status !== 200 || first.headers.get("content-type") !== "application/pdf") throw new Error(`${pdf} answered ${first.status}`);
    ctx.log(`report PDF: ${bytes} bytes, ETag ${first.headers.get("etag")}`);

    const before = diskSnapshot(ROOTS);
    const unexpected = await requestAll(server.url, randomPublicPaths(RANDOM_URLS));
    if (unexpected.length) throw new Error(`random URLs that did not answer 404: ${unexpected.slice(0, 5).join(", ")}`);
    const after = diskSnapshot(ROOTS);
    const written = bytesWritten(before, after);
    const changes = diskChanges(before, after);
    ctx.log(
      `${RANDOM_URLS} random public URLs: all 404, ${changes.length} files changed, ${written} bytes written${changes.length ? ` (first: ${changes[0]})` : ""}`,
    );

    await runLoad(pdf, DOWNLOADS, DOWNLOAD_WARMUP_S);
    const load = await runLoad(pdf, DOWNLOADS, DOWNLOAD_S);
    ctx.log(
      `report PDF, ${DOWNLOADS} at once for ${DOWNLOAD_S} s: ${load.total} downloads, ${Math.round(load.requestsPerSecond)}/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms`,
    );
    if (load.failures) throw new Error(`${load.failures} report PDF downloads failed (errors, timeouts or non-2xx)`);

    return [
      { metric: "random_urls_bytes_written", value: written, unit: "bytes" },
      { metric: "random_urls_files_written", value: changes.length, unit: "files" },
      { metric: "report_pdf_p99_ms", value: load.p99Ms, unit: "ms" },
      { metric: "report_pdf_downloads_per_s", value: Math.round(load.requestsPerSecond), unit: "downloads/s" },
    ];
  } finally {
    await server?.stop();
  }
}
