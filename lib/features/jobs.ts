import "server-only";

/**
 * What the scheduled jobs do (lib/kernel/jobs/worker.ts schedules them; instrumentation-node.ts
 * passes these in). A feature with a daily duty adds it to the daily run.
 */

/** The daily run: commitment and plan reminders, then the declaration consultation's opened/closing-soon notices. */
export async function dailyRun() {
  const now = new Date();
  const { runReminders } = await import("@/lib/features/reminders/run-reminders");
  const reminders = await runReminders({ now });
  const { runConsultationNotices } = await import("@/lib/features/declaration/consultation-notices");
  const consultation = await runConsultationNotices({ now });
  return { reminders, consultation };
}

/** Once at every start and hourly: the published documents' files that are not stored yet. */
export async function documentsRun() {
  const { produceMissingDocuments } = await import("@/lib/features/publication/documents/produce-missing");
  return produceMissingDocuments();
}
