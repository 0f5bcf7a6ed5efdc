/**
 * The state of the city's commitments on a past date, derived from their history.
 *
 * Each commitment's status, progress and maturity at the end of day D are read back from today:
 *   - a field that an update after D changed had, on D, that first later update's "from" value
 *     (the value it had until then);
 *   - a field that no update after D changed has its current value.
 * A commitment created after D does not count at all. Only status, progress and maturity have a
 * history: owner, department, dates and links are today's values.
 *
 * Reading back from today's stored state needs only the updates after D, so a loader can read the
 * updates of the period it shows and no more; and the newest state is always exactly today's row.
 */
import { endOfDay } from "@/lib/kernel/dates";
import type { DashCommitment, HistoryUpdate } from "./types";

export interface History {
  /** The commitments that existed at the end of `day` ("YYYY-MM-DD"), as they stood then. */
  on(day: string): DashCommitment[];
  /** The same at an exact instant. */
  at(instant: Date): DashCommitment[];
}

/**
 * Indexes the updates once, so the state on many dates (a monthly chart) costs little each.
 * `updates` must hold every update after the earliest date asked for (older ones are ignored).
 */
export function history(commitments: readonly DashCommitment[], updates: readonly HistoryUpdate[]): History {
  const timelines = new Map<string, HistoryUpdate[]>();
  for (const u of updates) {
    let list = timelines.get(u.commitmentId);
    if (!list) timelines.set(u.commitmentId, (list = []));
    list.push(u);
  }
  // Stable sort: updates with the same instant keep the order they were loaded in.
  for (const list of timelines.values()) list.sort((a, b) => a.at.getTime() - b.at.getTime());

  const at = (instant: Date): DashCommitment[] => {
    const t = instant.getTime();
    const out: DashCommitment[] = [];
    for (const c of commitments) {
      if (c.createdAt.getTime() > t) continue;
      const list = timelines.get(c.id);
      out.push(list ? stateOf(c, list, firstAfter(list, t)) : c);
    }
    return out;
  };
  return { at, on: (day) => at(endOfDay(day)) };
}

/** Index of the first update later than t (list.length when there is none). */
function firstAfter(list: HistoryUpdate[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.at.getTime() > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function stateOf(c: DashCommitment, list: HistoryUpdate[], from: number): DashCommitment {
  if (from === list.length) return c;
  let status: DashCommitment["status"] | null = null;
  let progress: number | null = null;
  let maturity: DashCommitment["maturity"] | null = null;
  for (let i = from; i < list.length && (status === null || progress === null || maturity === null); i++) {
    const u = list[i]!;
    status ??= u.fromStatus;
    progress ??= u.fromProgress;
    maturity ??= u.fromMaturity;
  }
  return { ...c, status: status ?? c.status, progress: progress ?? c.progress, maturity: maturity ?? c.maturity };
}

/** The commitments as they stood at the end of `day` (see the module comment). */
export function stateOn(commitments: readonly DashCommitment[], updates: readonly HistoryUpdate[], day: string): DashCommitment[] {
  return history(commitments, updates).on(day);
}
