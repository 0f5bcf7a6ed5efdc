/**
 * The database for command-line tools and the launcher: DATABASE_URL when set, otherwise the
 * embedded PostgreSQL under .data/ (started, or reused when the demo already runs it).
 */
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedHandle } from "../../lib/kernel/db/embedded";

export const DATA_DIR = process.env.CHARTA_DATA_DIR ?? ".data";

export interface Database {
  url: string;
  embedded: boolean;
  close: () => Promise<void>;
}

export async function openDatabase(opts: { adopt?: boolean; verbose?: boolean } = {}): Promise<Database> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, close: async () => undefined };
  }
  const handle: EmbeddedHandle = await startEmbeddedPostgres({
    dir: DATA_DIR,
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    adopt: opts.adopt,
    verbose: opts.verbose,
  });
  // On stderr: a command may write its result to stdout.
  for (const note of handle.notes) console.error(`Note: ${note}`);
  // Until the app runs (scripts/lib/launch.ts takes over the signals), Ctrl-C stops the database too.
  const onSignal = (signal: NodeJS.Signals) => {
    void handle.stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const url = await ensureDatabase(handle.url, "charta");
  return { url, embedded: true, close: handle.stop };
}
