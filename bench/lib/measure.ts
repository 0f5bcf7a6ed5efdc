/** Timing and statistics for scenarios: wall time around one awaited call, median of the runs. */
import { performance } from "node:perf_hooks";
import pg from "pg";

export function median(values: number[]): number {
  if (!values.length) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds to 0.1 ms: finer digits are noise for calls that talk to a database. */
export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

export interface SampleOptions {
  label: string;
  warmups: number;
  runs: number;
  log: (message: string) => void;
}

/**
 * Calls `fn` `warmups` times unmeasured (connections, JIT, PostgreSQL caches), then `runs` times
 * measured; returns the measured wall times in ms. `fn` gets a running number starting at 1,
 * unique across warm-up and measured calls.
 */
export async function sample(opts: SampleOptions, fn: (n: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  const total = opts.warmups + opts.runs;
  for (let n = 1; n <= total; n++) {
    const { ms } = await timed(() => fn(n));
    const warm = n <= opts.warmups;
    if (!warm) times.push(ms);
    opts.log(`${opts.label} ${warm ? `warm-up ${n}/${opts.warmups}` : `run ${n - opts.warmups}/${opts.runs}`}: ${roundMs(ms)} ms`);
  }
  return times;
}

/** SQL statements sent while `fn` runs: every statement goes through pg.Client#query. */
export async function countStatements(fn: () => Promise<unknown>): Promise<number> {
  const original = pg.Client.prototype.query;
  let n = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    n++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await fn();
  } finally {
    pg.Client.prototype.query = original;
  }
  return n;
}
