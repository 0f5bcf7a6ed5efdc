/**
 * `npm run dev` / `npm start`: the database (DATABASE_URL, or the embedded one under .data/),
 * migrations for the control schema and every city, then Next.js.
 */
import { openDatabase, DATA_DIR } from "./lib/database";
import { buildIfNeeded, migrateEverything, runNext } from "./lib/launch";
import { ensureAuthSecret } from "./lib/secrets";
import { requireFreeAppPort } from "./lib/app-port";
import { describeFailure, StartupProblem } from "../lib/kernel/startup-problem";

async function main() {
  const mode = process.argv[2] === "dev" ? "dev" : "start";
  const port = Number(process.env.PORT ?? 3000);
  await requireFreeAppPort(port);
  const db = await openDatabase({ adopt: true });
  if (!db.embedded && !process.env.NEXTAUTH_SECRET) {
    await db.close();
    throw new StartupProblem("NEXTAUTH_SECRET is not set: generate one with `openssl rand -base64 32` and set it in the environment.");
  }
  const secret = ensureAuthSecret(DATA_DIR);
  await migrateEverything(db.url);
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };
  if (mode === "start") await buildIfNeeded(env);
  process.exit(await runNext(mode, port, db, env));
}

main().catch((err) => {
  console.error(describeFailure(err));
  process.exit(1);
});
