/**
 * The database for command-line tools and the launcher: DATABASE_URL when set, otherwise the
 * embedded PostgreSQL under .data/ (started, or reused when the demo already runs it).
 */
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedHandle } from "../../lib/db/embedded";

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
  const url = await ensureDatabase(handle.url, "charta");
  return { url, embedded: true, close: handle.stop };
}
