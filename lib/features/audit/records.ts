import type { AuditArea } from "./schema";

/** One field of an audit entry: what it was before and after (absent when created or deleted). */
export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

/** An entry of the city's audit view: a record of the city's schema or of the platform log about the city. */
export interface AuditEntry {
  /** The entry's position, usable as the cursor of the next page. */
  key: string;
  source: "city" | "platform";
  at: Date;
  actorId: string | null;
  action: string;
  /** The record's type for city entries (`Commitment`), null for platform entries. */
  entity: string | null;
  /** The record's id (city entries) or the platform entry's target (a user, a provider). */
  entityId: string | null;
  area: AuditArea;
  changes: FieldChange[];
  /** The values as recorded (for the export); the platform's details count as `after`. */
  full: { before?: unknown; after?: unknown };
}

const MAX_VALUE = 200;

/** A stored JSON value as one line of text. */
export function showValue(value: unknown): string {
  const text = value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function asObject(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * The fields a change touched: for an update, those whose value differs before and after; for a
 * creation, every field written; for a deletion, every field it had. A value that is not an
 * object (rare) is shown as one field named "value".
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = before === null || before === undefined ? null : (asObject(before) ?? { value: before });
  const a = after === null || after === undefined ? null : (asObject(after) ?? { value: after });
  if (b && a) {
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return keys
      .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
      .map((k) => ({ field: k, ...(k in b ? { before: showValue(b[k]) } : {}), ...(k in a ? { after: showValue(a[k]) } : {}) }));
  }
  if (a) return Object.entries(a).map(([k, v]) => ({ field: k, after: showValue(v) }));
  if (b) return Object.entries(b).map(([k, v]) => ({ field: k, before: showValue(v) }));
  return [];
}

/** The platform log's details: `{ from, to }` reads as a change, anything else as values set. */
export function platformChanges(details: unknown): FieldChange[] {
  const d = asObject(details);
  if (!d) return details === null || details === undefined ? [] : [{ field: "value", after: showValue(details) }];
  if ("from" in d && "to" in d && Object.keys(d).length === 2) return [{ field: "value", before: showValue(d.from), after: showValue(d.to) }];
  return Object.entries(d).map(([k, v]) => ({ field: k, after: showValue(v) }));
}
