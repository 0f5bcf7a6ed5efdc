/**
 * The contract between the harness (bench/run.ts) and a scenario module. A scenario exports
 * `scenario: Scenario` and is registered in the list in bench/run.ts.
 */
import type pg from "pg";

export interface Measurement {
  /** Name of the metric within its scenario, e.g. `ms` or `fresh_ms`. */
  metric: string;
  /** The median of the measured runs (or a context number such as a count). */
  value: number;
  /** `ms` for durations; anything else is shown as written. */
  unit: string;
}

/**
 * A budget the median must stay below (times), or a floor it must reach (throughput, scores);
 * give exactly one of the two. Shown with ✓/✗ in docs/benchmarks.md.
 */
export type Target = { metric: string; below: number; above?: undefined } | { metric: string; above: number; below?: undefined };

export interface BenchContext {
  /**
   * Drops and recreates the bench database, migrates its control schema and returns a pool on
   * it (max 10 connections). The pool of the previous call is closed, so call it once per
   * clean slate and stop using the old pool.
   */
  freshDatabase(): Promise<pg.Pool>;
  /** Progress on stderr: a long run should say what it is doing. */
  log(message: string): void;
}

export interface Scenario {
  name: string;
  description: string;
  /** What is timed, warm-up and number of runs; shown in docs/benchmarks.md. */
  method?: string;
  targets?: Target[];
  run(ctx: BenchContext): Promise<Measurement[]>;
}

/** One row of bench/results.json. */
export interface ResultEntry {
  scenario: string;
  metric: string;
  value: number;
  unit: string;
  /** ISO 8601 time the run started. */
  date: string;
  /** CPU, cores, RAM, OS, Node and PostgreSQL versions (see machine.ts). */
  machine: string;
}
