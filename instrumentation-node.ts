/**
 * Fail closed, with a message that says what to do, rather than answer 500 on every sign-in later;
 * then start the scheduled jobs.
 */
export async function startNodeServer(): Promise<void> {
  const { authSecret } = await import("./lib/kernel/auth/secret");
  try {
    authSecret();
    // Links in mails are built from NEXTAUTH_URL only, never from a request's Host (lib/kernel/app-url.ts).
    const url = process.env.NEXTAUTH_URL;
    if (!url || !/^https?:\/\/[^/]/.test(url)) {
      throw new Error(
        "NEXTAUTH_URL is not set to Charta's public URL (e.g. https://charta.example.org). `npm start`, `npm run dev` and `npm run demo` set it to http://localhost:<port> when it is absent.",
      );
    }
  } catch (err) {
    console.error(`\nCharta cannot start: ${(err as Error).message}\n`);
    process.exit(1);
  }
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // PDFs need Chromium; without it the app runs (Word files, a page that says so), but the operator should know.
  const { printerProblem } = await import("./lib/kernel/documents/printer");
  const problem = printerProblem();
  if (problem) {
    const { log } = await import("./lib/kernel/log");
    log("warn", problem);
  }
  // Scheduled jobs (reminders, published documents' files) run inside the server process, kept in
  // PostgreSQL by pg-boss so they survive restarts. Not where CHARTA_JOBS=off (tests, e2e).
  if (process.env.CHARTA_JOBS !== "off") {
    const { ensureJobWorker } = await import("./lib/kernel/jobs/worker");
    const { dailyRun, documentsRun } = await import("./lib/features/jobs");
    // Not awaited: the server answers requests while the worker connects.
    void ensureJobWorker({ handler: dailyRun, documentsHandler: documentsRun });
  }
}
