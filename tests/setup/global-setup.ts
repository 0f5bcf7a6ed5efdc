/**
 * One real PostgreSQL for the whole test run: the embedded one by default (its own data
 * directory and port, so it never touches the demo's), or TEST_DATABASE_URL. Every run gets a
 * fresh database with the control schema migrated; tests provision the cities they need.
 */
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedHandle } from "../../lib/kernel/db/embedded";
import { loadMigrations, migrateSchema, migrationsDir } from "../../lib/kernel/db/migrations";

let embedded: EmbeddedHandle | undefined;

async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = "/" + name;
  return url.toString();
}

export default async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dir: ".data/test-pg", port: Number(process.env.TEST_PG_PORT ?? 54339), portSetting: "TEST_PG_PORT" });
    serverUrl = embedded.url;
  }
  // A database per run: several runs may share one server (developers running tests in parallel).
  const dbName = `charta_test_${process.pid}`;
  const url = await freshDatabase(serverUrl, dbName);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    await migrateSchema(pool, "control", loadMigrations(migrationsDir("control")));
  } finally {
    await pool.end();
  }
  project.provide("databaseUrl", url);
  project.provide("serverUrl", serverUrl);
  return async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await embedded?.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string;
  }
}
