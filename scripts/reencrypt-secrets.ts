/**
 * `npx tsx scripts/reencrypt-secrets.ts`: after changing CHARTA_ENCRYPTION_KEY (old key in
 * CHARTA_ENCRYPTION_KEY_PREVIOUS), seals every stored secret with the new key. Then the old key
 * can be dropped. Uses DATABASE_URL, or the embedded PostgreSQL under .data/ like `npm run city`.
 */
import { DATA_DIR, openDatabase } from "./lib/database";
import { migrateEverything } from "./lib/launch";
import { ensureAuthSecret } from "./lib/secrets";

async function main(): Promise<number> {
  const db = await openDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.NEXTAUTH_SECRET = ensureAuthSecret(DATA_DIR);
  try {
    await migrateEverything(db.url);
    const { resealSecrets } = await import("../lib/kernel/auth/identity/reseal-secrets");
    const r = await resealSecrets();
    console.log(`Sealed ${r.resealed} secret(s) again with the current key; ${r.current} already used it.`);
    return 0;
  } finally {
    const { closePool } = await import("../lib/kernel/db/pool");
    await closePool();
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
