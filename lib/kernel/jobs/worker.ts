import PgBoss from "pg-boss";
import { databaseUrl } from "@/lib/kernel/db/pool";
import { log } from "@/lib/kernel/log";

/**
 * Scheduled jobs, kept in PostgreSQL by pg-boss (schema "pgboss"): the schedule and every job are
 * rows, so they survive restarts, and with several app instances a cron tick makes one job that
 * one worker takes (pg-boss locks rows with SKIP LOCKED). Started by instrumentation.ts in the
 * Next.js server process with the features' handlers (lib/features/jobs.ts: the kernel knows no
 * feature); CHARTA_JOBS=off leaves it out (tests, e2e, a web-only instance).
 *
 * REMINDER_CRON (default "0 7 * * *") and REMINDER_TZ (default "UTC") set when the daily run
 * (reminders, then the consultation's notices) happens.
 */
export const REMINDERS_QUEUE = "reminders";
export const DEFAULT_REMINDER_CRON = "0 7 * * *";
/**
 * Published documents' files that are not stored yet (what the job does is given by the caller):
 * once at every start and then every hour, so a PDF that could not be printed at publication is
 * made soon after printing works again.
 */
export const DOCUMENTS_QUEUE = "published-documents";
export const DOCUMENTS_CRON = "23 * * * *";

export interface JobWorkerOptions {
  connectionString?: string;
  /** pg-boss's own schema; tests use their own. */
  schema?: string;
  cron?: string;
  tz?: string;
  /** What the daily job does (the features' daily run, lib/features/jobs.ts). */
  handler: () => Promise<unknown>;
  /** What the documents job does (filling the gaps in published documents' files). */
  documentsHandler: () => Promise<unknown>;
  pollingIntervalSeconds?: number;
}

export interface JobWorker {
  boss: PgBoss;
  stop: () => Promise<void>;
}

export async function startJobWorker(opts: JobWorkerOptions): Promise<JobWorker> {
  const cron = opts.cron ?? (process.env.REMINDER_CRON?.trim() || DEFAULT_REMINDER_CRON);
  const tz = opts.tz ?? (process.env.REMINDER_TZ?.trim() || "UTC");
  const handler = opts.handler;
  const boss = new PgBoss({
    connectionString: opts.connectionString ?? databaseUrl(),
    schema: opts.schema ?? "pgboss",
    // A small pool of its own: the app's pool serves requests.
    max: 3,
    application_name: "charta-jobs",
  });
  // Without a listener an 'error' event would crash the server; pg-boss recovers by itself.
  boss.on("error", (err) => log("error", "job queue error", { err }));
  await boss.start();
  // A run covers every city; one at a time is enough, and a crashed one is retried.
  await boss.createQueue(REMINDERS_QUEUE, { name: REMINDERS_QUEUE, policy: "singleton", retryLimit: 2, retryDelay: 300, expireInSeconds: 30 * 60 });
  // Upserts by name: a changed REMINDER_CRON takes effect at the next start.
  await boss.schedule(REMINDERS_QUEUE, cron, {}, { tz });
  await boss.work(REMINDERS_QUEUE, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 30 }, async ([job]) => {
    log("info", "job started", { queue: REMINDERS_QUEUE, id: job?.id });
    return handler();
  });
  // Stately: one waiting and one running at most, however many instances start at once.
  await boss.createQueue(DOCUMENTS_QUEUE, { name: DOCUMENTS_QUEUE, policy: "stately", retryLimit: 1, retryDelay: 600, expireInSeconds: 60 * 60 });
  await boss.schedule(DOCUMENTS_QUEUE, DOCUMENTS_CRON, {}, { tz: "UTC" });
  const documents = opts.documentsHandler;
  await boss.work(DOCUMENTS_QUEUE, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 30 }, async ([job]) => {
    log("info", "job started", { queue: DOCUMENTS_QUEUE, id: job?.id });
    return documents();
  });
  // Publications from before files were stored (an upgrade, a restored backup) get theirs now.
  await boss.send(DOCUMENTS_QUEUE, {});
  log("info", "job worker started", { queue: REMINDERS_QUEUE, cron, tz });
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}

const globalForJobs = globalThis as unknown as { chartaJobs?: Promise<JobWorker | null> };

/**
 * Starts the worker once per process (dev reloads call register() again). Failures are logged,
 * not thrown: the app still serves pages; reminders wait until the next start.
 */
export function ensureJobWorker(handlers: Pick<JobWorkerOptions, "handler" | "documentsHandler">): Promise<JobWorker | null> {
  globalForJobs.chartaJobs ??= startJobWorker(handlers).catch((err) => {
    log("error", "job worker not started: reminders will not run until the server restarts", { err: String(err) });
    globalForJobs.chartaJobs = undefined;
    return null;
  });
  return globalForJobs.chartaJobs;
}
