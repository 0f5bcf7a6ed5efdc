import "server-only";
import { getPool } from "@/lib/kernel/db/pool";
import { printerState, type PrinterState } from "@/lib/kernel/documents/printer";

export interface HealthReport {
  status: "ok" | "error";
  db: "ok" | "unreachable";
  /**
   * The PDF printer (Chromium): "missing" (no executable at CHROMIUM_PATH) or "failed" (it would
   * not start) leave the status "ok" — the app serves everything else, Word files included —
   * but tell the operator that PDFs cannot be made here.
   */
  printer: PrinterState;
  time: string;
}

/** Anything that can run `SELECT 1` (a pg.Pool; tests pass stand-ins). */
export interface Queryable {
  query(sql: string): Promise<unknown>;
}

export const HEALTH_TIMEOUT_MS = 2000;

/**
 * Is the database answering? A load balancer polls this, so it must answer quickly even when
 * PostgreSQL does not: a pool waiting for a connection would otherwise hang the check (and the
 * balancer's probe) indefinitely. The unanswered query is left to finish or fail on its own.
 */
export async function checkHealth(opts: { db?: Queryable; timeoutMs?: number } = {}): Promise<HealthReport> {
  const timeoutMs = opts.timeoutMs ?? HEALTH_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const db = opts.db ?? getPool();
    const query = db.query("SELECT 1").then(
      () => "ok" as const,
      () => "failed" as const,
    );
    const outcome = await Promise.race([query, timeout]);
    return { status: outcome === "ok" ? "ok" : "error", db: outcome === "ok" ? "ok" : "unreachable", printer: printerState(), time: new Date().toISOString() };
  } catch {
    // getPool() throws when no database is configured.
    return { status: "error", db: "unreachable", printer: printerState(), time: new Date().toISOString() };
  } finally {
    clearTimeout(timer);
  }
}
