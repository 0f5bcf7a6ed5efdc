/** A throwaway database on the test server, for tests that must own every city in it. */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { loadMigrations, migrateSchema, migrationsDir } from "@/lib/kernel/db/migrations";

export async function createScratchDatabase(): Promise<{ url: string; pool: pg.Pool; drop: () => Promise<void> }> {
  const name = `charta_scratch_${randomBytes(4).toString("hex")}`;
  const serverUrl = inject("serverUrl");
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = "/" + name;
  const url = u.toString();
  const pool = new pg.Pool({ connectionString: url, max: 6 });
  await migrateSchema(pool, "control", loadMigrations(migrationsDir("control")));
  return {
    url,
    pool,
    drop: async () => {
      await pool.end();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
