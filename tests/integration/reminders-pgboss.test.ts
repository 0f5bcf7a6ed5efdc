/**
 * The job queue for real: pg-boss on the test database schedules the reminders (the schedule is a
 * row, so it survives a restart) and a worker picks a job up and runs the handler.
 */
import { randomBytes } from "node:crypto";
import PgBoss from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/kernel/db/pool";
import { DOCUMENTS_CRON, DOCUMENTS_QUEUE, REMINDERS_QUEUE, startJobWorker } from "@/lib/kernel/jobs/worker";

const schema = `pgboss_test_${randomBytes(4).toString("hex")}`;

afterAll(async () => {
  await getPool().query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
});

async function until(check: () => boolean, ms = 15_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the reminders job", () => {
  it("is scheduled with the configured cron, runs when a job arrives, and keeps its schedule across a restart", async () => {
    const runs: number[] = [];
    const documentRuns: number[] = [];
    const worker = await startJobWorker({
      connectionString: process.env.DATABASE_URL!,
      schema,
      cron: "15 6 * * *",
      tz: "Europe/Amsterdam",
      pollingIntervalSeconds: 0.5,
      handler: async () => {
        runs.push(Date.now());
        return { ok: true };
      },
      documentsHandler: async () => {
        documentRuns.push(Date.now());
        return { made: 0 };
      },
    });
    try {
      const schedules = await worker.boss.getSchedules();
      expect(schedules).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: REMINDERS_QUEUE, cron: "15 6 * * *" }),
          expect.objectContaining({ name: DOCUMENTS_QUEUE, cron: DOCUMENTS_CRON }),
        ]),
      );
      expect(schedules).toHaveLength(2);
      // The published documents' gaps are looked for at every start, not only on the hour.
      await until(() => documentRuns.length === 1);
      // What the cron does at 06:15, done now.
      const id = await worker.boss.send(REMINDERS_QUEUE, {});
      expect(id).toBeTruthy();
      await until(() => runs.length === 1);
      let state: string | undefined;
      const end = Date.now() + 10_000;
      while (state !== "completed" && Date.now() < end) {
        state = (await worker.boss.getJobById(REMINDERS_QUEUE, id!))?.state;
        if (state !== "completed") await new Promise((r) => setTimeout(r, 100));
      }
      expect(state).toBe("completed");
    } finally {
      await worker.stop();
    }

    // A new process: the schedule is still there, nothing is lost.
    const again = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema, max: 1, supervise: false, schedule: false });
    again.on("error", () => undefined);
    await again.start();
    try {
      expect(await again.getSchedules()).toEqual(expect.arrayContaining([expect.objectContaining({ name: REMINDERS_QUEUE, cron: "15 6 * * *" })]));
    } finally {
      await again.stop({ graceful: false, wait: true });
    }
    expect(runs).toHaveLength(1);
  });
});
