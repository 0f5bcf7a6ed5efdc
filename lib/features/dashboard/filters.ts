/**
 * The framework page's filters, read from the URL (?status=…&owner=…): linkable, and they work
 * without JavaScript. Values that are not valid are ignored rather than matching nothing.
 */
import { COMMITMENT_STATUSES, type CommitmentStatusValue } from "@/lib/features/commitments/schema";
import type { DashCommitment } from "./types";

export interface FrameworkFilters {
  status?: CommitmentStatusValue;
  /** A user id, or "none" for commitments without an owner. */
  owner?: string;
  /** A department id, or "none". */
  department?: string;
  /** "charter-<1–54>" or "udhr-<1–30>". */
  right?: string;
  /** 1–17. */
  sdg?: number;
  /** A rights-holder group key. */
  group?: string;
}

export const FILTER_NAMES = ["status", "owner", "department", "right", "sdg", "group"] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RIGHT = /^(charter|udhr)-(\d{1,2})$/;
const GROUP_KEY = /^[a-z0-9_-]{1,64}$/;

type SearchParams = Record<string, string | string[] | undefined>;

function first(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s === "" ? undefined : s;
}

export function parseRight(value: string): { kind: "charter" | "udhr"; article: number } | null {
  const m = RIGHT.exec(value);
  if (!m) return null;
  const kind = m[1] as "charter" | "udhr";
  const article = Number(m[2]);
  return article >= 1 && article <= (kind === "charter" ? 54 : 30) ? { kind, article } : null;
}

export function parseFilters(sp: SearchParams): FrameworkFilters {
  const out: FrameworkFilters = {};
  const status = first(sp.status);
  if (status && (COMMITMENT_STATUSES as readonly string[]).includes(status)) out.status = status as CommitmentStatusValue;
  const owner = first(sp.owner);
  if (owner && (owner === "none" || UUID.test(owner))) out.owner = owner.toLowerCase();
  const department = first(sp.department);
  if (department && (department === "none" || UUID.test(department))) out.department = department.toLowerCase();
  const right = first(sp.right);
  if (right && parseRight(right)) out.right = right;
  const sdg = Number(first(sp.sdg));
  if (Number.isInteger(sdg) && sdg >= 1 && sdg <= 17) out.sdg = sdg;
  const group = first(sp.group);
  if (group && GROUP_KEY.test(group)) out.group = group;
  return out;
}

export function activeFilters(f: FrameworkFilters): number {
  return FILTER_NAMES.filter((n) => f[n] !== undefined).length;
}

export function matchesFilters(c: DashCommitment, f: FrameworkFilters): boolean {
  if (f.status && c.status !== f.status) return false;
  if (f.owner && (f.owner === "none" ? c.ownerId !== null : c.ownerId?.toLowerCase() !== f.owner)) return false;
  if (f.department && (f.department === "none" ? c.departmentId !== null : c.departmentId?.toLowerCase() !== f.department)) return false;
  if (f.right) {
    const r = parseRight(f.right)!;
    if (!(r.kind === "charter" ? c.charterArticles : c.udhrArticles).includes(r.article)) return false;
  }
  if (f.sdg && !c.sdgs.includes(f.sdg)) return false;
  if (f.group && !c.groups.includes(f.group)) return false;
  return true;
}
