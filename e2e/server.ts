/**
 * The app under test: a fresh database on its own embedded PostgreSQL (never the demo's),
 * migrated and seeded with the demo data, and a production build of Charta.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres } from "../lib/kernel/db/embedded";
import { allowServerOnlyImports } from "../scripts/lib/server-only";
import { E2E_DATABASE_URL_FILE } from "./helpers/database";
import { buildIfNeeded, migrateEverything, runNext } from "../scripts/lib/launch";

async function main() {
  const port = Number(process.env.E2E_PORT ?? 3210);
  let serverUrl = process.env.TEST_DATABASE_URL;
  let close = async () => undefined as void;
  if (!serverUrl) {
    const handle = await startEmbeddedPostgres({
      dir: ".data/e2e-pg",
      port: Number(process.env.E2E_PG_PORT ?? 54369),
      adopt: true,
      portSetting: "E2E_PG_PORT",
    });
    serverUrl = handle.url;
    close = handle.stop;
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "charta_e2e" WITH (FORCE)`);
  await admin.end();
  const url = await ensureDatabase(serverUrl, "charta_e2e");
  await migrateEverything(url);
  // For e2e/helpers/database.ts: tests put back their starting state before a retry.
  mkdirSync(".data", { recursive: true });
  writeFileSync(E2E_DATABASE_URL_FILE, url, { mode: 0o600 });

  process.env.DATABASE_URL = url;
  const { seedDemo } = await import("../scripts/demo-data/seed-demo");
  const { DEMO_PASSWORD } = await import("../scripts/demo-data/demo-data");
  const { hashPassword } = await import("../lib/kernel/auth/password");
  await seedDemo(hashPassword, DEMO_PASSWORD);
  // Content that must never reach Riverton's public pages or open data (e2e/public.spec.ts scans for it).
  const { controlDb } = await import("../lib/kernel/db/control");
  const { seedLeakCanaries } = await import("../tests/helpers/leak-canaries");
  const riverton = await controlDb().city.findUniqueOrThrow({ where: { slug: "riverton" }, select: { id: true, slug: true, schemaName: true } });
  await seedLeakCanaries({ schemaName: riverton.schemaName, cityId: riverton.id, citySlug: riverton.slug });
  // Published documents' files are made when something is published through the app; the seeds
  // write their publications straight to the tables, so make the files as the job does at every
  // start (the e2e server runs without jobs).
  allowServerOnlyImports();
  const { produceMissingDocuments } = await import("../lib/features/publication/documents/produce-missing");
  await produceMissingDocuments();
  const { closePdfBrowser } = await import("../lib/kernel/documents/print-pdf");
  await closePdfBrowser();
  const { closePool } = await import("../lib/kernel/db/pool");
  await closePool();

  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
    NEXTAUTH_URL: `http://localhost:${port}`,
    CHARTA_LOG_LEVEL: "warn",
    CHARTA_JOBS: "off",
    // Low enough for e2e/sign-in-attacks.spec.ts to reach in a few seconds; it clears the counters after itself.
    LOGIN_MAX_FAILURES_PER_IP: "20",
  };
  await buildIfNeeded(env);
  process.exit(await runNext("start", port, { url, embedded: true, close }, env));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
