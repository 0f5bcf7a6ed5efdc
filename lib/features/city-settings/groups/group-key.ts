import { GROUP_KEY } from "@/lib/features/commitments/schema";

const MAX_BASE = 48;

/**
 * A stable key for a city's own rights-holder group, derived from its name: lowercase ASCII,
 * words joined by "_" ("Sex workers" → "sex_workers", "Roma & Sinti" → "roma_sinti"). It never
 * changes after creation (commitments and spreadsheets refer to it), so a renamed group keeps its
 * key. A key already taken (built-in or the city's) gets a number: "sex_workers_2".
 */
export function deriveGroupKey(name: string, taken: (key: string) => boolean): string {
  let base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, MAX_BASE)
    .replace(/_+$/, "");
  if (!/^[a-z]/.test(base)) base = `group_${base}`.replace(/_+$/, "");
  let key = base;
  for (let n = 2; taken(key) || !GROUP_KEY.test(key); n++) key = `${base}_${n}`;
  return key;
}
