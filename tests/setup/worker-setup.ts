import { afterAll, afterEach, inject } from "vitest";
import { pgWarnings, takePgWarnings } from "./pg-warnings";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-for-hs256-signing";
process.env.CHARTA_LOG_LEVEL ??= "silent";

pgWarnings();
afterEach(() => {
  const [warning] = takePgWarnings();
  if (warning) throw new Error(`Two queries ran at once on one database client (a transaction's); make them sequential.\n${warning}`);
});

afterAll(async () => {
  const [warning] = takePgWarnings();
  const { disconnectControl } = await import("../../lib/db/control");
  const { clearCityClients } = await import("../../lib/db/city-clients");
  const { closePool } = await import("../../lib/db/pool");
  await clearCityClients();
  await disconnectControl();
  await closePool();
  if (warning) throw new Error(`Two queries ran at once on one database client (a transaction's), in a hook; make them sequential.\n${warning}`);
});
