import { afterAll, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-for-hs256-signing";
// Links in mails come from the configured base URL only (lib/platform/app-url.ts).
process.env.NEXTAUTH_URL ??= "http://localhost:3000";
process.env.CHARTA_LOG_LEVEL ??= "silent";

afterAll(async () => {
  const { disconnectControl } = await import("../../lib/db/control");
  const { clearCityClients } = await import("../../lib/db/city-clients");
  const { closePool } = await import("../../lib/db/pool");
  await clearCityClients();
  await disconnectControl();
  await closePool();
});
