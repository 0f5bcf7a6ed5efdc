/**
 * Database errors that say "try again", not "this is wrong": a serialization failure or deadlock
 * (PostgreSQL 40001 / 40P01, Prisma P2034) and a transaction that could not start or finish in
 * time on a busy server (Prisma P2028). Background jobs retry these; requests report them.
 * A conflict detected at COMMIT reaches us unmapped, as the pg adapter's DriverAdapterError whose
 * cause has no code, only `kind: "TransactionWriteConflict"` (its mapping of 40001 / 40P01).
 */
const TRANSIENT_PRISMA = new Set(["P2034", "P2028"]);
const TRANSIENT_SQLSTATE = new Set(["40001", "40P01"]);

export function isTransientDbError(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const { code, kind, cause } = err as { code?: unknown; kind?: unknown; cause?: unknown };
  if (typeof code === "string" && (TRANSIENT_PRISMA.has(code) || TRANSIENT_SQLSTATE.has(code))) return true;
  if (kind === "TransactionWriteConflict") return true;
  return cause !== undefined && cause !== err && isTransientDbError(cause);
}
