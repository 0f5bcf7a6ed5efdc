/**
 * `npm run demo`: embedded PostgreSQL under .data/, migrations, two demo cities with one user per
 * role, then Charta on http://localhost:3000. Run it again and the data is still there.
 */
import { openDatabase, DATA_DIR } from "./lib/database";
import { buildIfNeeded, migrateEverything, runNext } from "./lib/launch";
import { ensureAuthSecret } from "./lib/secrets";
import { printerProblem } from "../lib/kernel/documents/printer";
import { describeFailure } from "../lib/kernel/startup-problem";
import { requireFreeAppPort } from "./lib/app-port";

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  // Before anything starts: a taken port would otherwise end the run after the build.
  await requireFreeAppPort(port);
  // Said first, so nobody waits through the start to find PDF downloads failing.
  const printer = printerProblem();
  if (printer) console.warn(`\nWarning: ${printer}\n`);
  console.log("Starting the database…");
  const db = await openDatabase({ adopt: true });
  const secret = ensureAuthSecret(DATA_DIR);
  await migrateEverything(db.url);

  process.env.DATABASE_URL = db.url;
  const { seedDemo } = await import("./demo-data/seed-demo");
  const { DEMO_PASSWORD } = await import("./demo-data/demo-data");
  const { hashPassword } = await import("../lib/kernel/auth/password");
  const signIns = await seedDemo(hashPassword, DEMO_PASSWORD);
  const { closePool } = await import("../lib/kernel/db/pool");
  await closePool();

  const env = { ...process.env, DATABASE_URL: db.url, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` };
  await buildIfNeeded(env);

  console.log(`\nCharta demo — http://localhost:${port}\n`);
  console.log(`Every demo account uses the password: ${DEMO_PASSWORD}\n`);
  console.table(signIns.map((s) => ({ city: s.city, role: s.role, email: s.email })));
  console.log("Public pages: http://localhost:%d/zonnestad/nl and http://localhost:%d/riverton/en\nPress Ctrl-C to stop.\n", port, port);
  process.exit(await runNext("start", port, db, env));
}

main().catch((err) => {
  console.error(describeFailure(err));
  process.exit(1);
});
