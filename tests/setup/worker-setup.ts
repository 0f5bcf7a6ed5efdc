import { afterAll, afterEach, inject } from "vitest";
import { pgWarnings, takePgWarnings } from "./pg-warnings";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-for-hs256-signing";
// Links in mails come from the configured base URL only (lib/kernel/app-url.ts).
process.env.NEXTAUTH_URL ??= "http://localhost:3000";
process.env.CHARTA_LOG_LEVEL ??= "silent";

pgWarnings();
afterEach(() => {
  const [warning] = takePgWarnings();
  if (warning) throw new Error(`Two queries ran at once on one database client (a transaction's); make them sequential.\n${warning}`);
});

afterAll(async () => {
  const [warning] = takePgWarnings();
  const { disconnectControl } = await import("../../lib/kernel/db/control");
  const { clearCityClients } = await import("../../lib/kernel/db/city-clients");
  const { closePool } = await import("../../lib/kernel/db/pool");
  await clearCityClients();
  await disconnectControl();
  await closePool();
  if (warning) throw new Error(`Two queries ran at once on one database client (a transaction's), in a hook; make them sequential.\n${warning}`);
});
