import { z } from "zod";
import { isIsoDate } from "@/lib/kernel/dates";

/**
 * The areas an audit entry belongs to, for the filter: the city's records by entity, the platform
 * log's entries about the city by action (lib/features/audit/areas.ts maps both).
 */
export const AUDIT_AREAS = ["commitments", "declaration", "plans", "reports", "publication", "settings", "members", "other"] as const;
export type AuditArea = (typeof AUDIT_AREAS)[number];

/** A position in the newest-first list: the last entry shown (time, source, id). */
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([cp])_(\d{1,19})$/;

export interface AuditCursor {
  at: Date;
  source: "c" | "p";
  id: bigint;
}

export function parseCursor(value: string): AuditCursor | null {
  const m = CURSOR.exec(value);
  if (!m) return null;
  const at = new Date(m[1]!);
  return Number.isNaN(at.getTime()) ? null : { at, source: m[2] as "c" | "p", id: BigInt(m[3]!) };
}

export function formatCursor(c: AuditCursor): string {
  return `${c.at.toISOString()}_${c.source}_${c.id}`;
}

const day = z
  .string()
  .trim()
  .refine((s) => s === "" || isIsoDate(s), { message: "audit.filter.badDate" });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The filter, from the page's query string or the export link. Anything malformed is dropped
 * rather than refused: a filter link is something people edit by hand and share.
 */
export const auditFilterSchema = z.object({
  /** A member's id, "system" for entries without a person (jobs, the platform), or "" for everyone. */
  actor: z
    .string()
    .trim()
    .refine((s) => s === "" || s === "system" || UUID.test(s))
    .catch(""),
  area: z.enum(AUDIT_AREAS).or(z.literal("")).catch(""),
  from: day.catch(""),
  to: day.catch(""),
  cursor: z
    .string()
    .refine((s) => s === "" || parseCursor(s) !== null)
    .catch(""),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The filter from URL search params (a page's `searchParams` or a route's `URLSearchParams`). */
export function readAuditFilter(params: URLSearchParams | Record<string, string | string[] | undefined>): AuditFilter {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return typeof v === "string" ? v : "";
  };
  return auditFilterSchema.parse({ actor: get("actor"), area: get("area"), from: get("from"), to: get("to"), cursor: get("cursor") });
}

/** The filter as a query string (without the cursor unless given), for links and the export. */
export function auditQuery(filter: AuditFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ["actor", "area", "from", "to"] as const) if (filter[key]) params.set(key, filter[key]);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}
