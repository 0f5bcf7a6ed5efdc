import type { ActionSummary } from "./load-plan-overview";
import { ACTION_STATUSES, type ActionStatusValue } from "./schema";

/** The table view's filters, from the URL (?status=…&department=…): each one narrows, empty ones do not. */
export interface ActionFilters {
  status: ActionStatusValue | "";
  department: string;
  group: string;
  charter: number | null;
  sdg: number | null;
  overdue: boolean;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const int = (v: string, max: number) => (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= max ? Number(v) : null);

export function parseFilters(q: Record<string, string | string[] | undefined>): ActionFilters {
  const status = one(q.status);
  return {
    status: (ACTION_STATUSES as readonly string[]).includes(status) ? (status as ActionStatusValue) : "",
    department: one(q.department),
    group: one(q.group),
    charter: int(one(q.charter), 54),
    sdg: int(one(q.sdg), 17),
    overdue: one(q.overdue) === "1",
  };
}

export function filterActions(actions: readonly ActionSummary[], f: ActionFilters): ActionSummary[] {
  return actions.filter(
    (a) =>
      (!f.status || a.status === f.status) &&
      (!f.department || a.departmentId === f.department) &&
      (!f.group || a.groups.includes(f.group)) &&
      (f.charter === null || a.charterArticles.includes(f.charter)) &&
      (f.sdg === null || a.sdgs.includes(f.sdg)) &&
      (!f.overdue || a.overdue),
  );
}
