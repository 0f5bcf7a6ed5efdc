/**
 * `npm run bench [scenario…]`: runs the named scenarios (all without names) against a real
 * PostgreSQL, merges their medians into bench/results.json and rewrites docs/benchmarks.md.
 * Not part of `npm test`: it takes minutes and its numbers depend on the machine.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { openBenchServer, type BenchServer } from "./lib/database";
import { describeMachine } from "./lib/machine";
import { loadResults, mergeResults, saveResults } from "./lib/results";
import { formatValue, renderReport, targetOf, verdict } from "./lib/report";
import type { ResultEntry, Scenario } from "./lib/types";
import { scenario as abuse } from "./scenarios/abuse";
import { scenario as backup } from "./scenarios/backup";
import { scenario as dashboard } from "./scenarios/dashboard";
import { scenario as migrateAll } from "./scenarios/migrate-all";
import { scenario as planOverview } from "./scenarios/plan-overview";
import { scenario as provision } from "./scenarios/provision";
import { scenario as publicHome } from "./scenarios/public-home";
import { generateScenario as reportGenerate, pdfScenario as reportPdf } from "./scenarios/report";

/** Every scenario, in the order they run and appear in the report. Add new ones here. */
const SCENARIOS: Scenario[] = [provision, migrateAll, dashboard, planOverview, publicHome, reportGenerate, reportPdf, backup, abuse];

// Migrations and output paths are relative to the repository, wherever the bench is started from.
const ROOT = path.resolve(import.meta.dirname, "..");
const RESULTS_FILE = path.join(ROOT, "bench", "results.json");
const REPORT_FILE = path.join(ROOT, "docs", "benchmarks.md");

const log = (message: string) => process.stderr.write(`  ${message}\n`);

function usage(): string {
  return `Usage: npm run bench [-- scenario…]\nScenarios:\n${SCENARIOS.map((s) => `  ${s.name.padEnd(14)} ${s.description.split(": ")[0]}`).join("\n")}`;
}

function select(names: string[]): Scenario[] {
  if (!names.length) return SCENARIOS;
  const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (unknown.length) {
    throw new Error(`Unknown scenario ${unknown.map((n) => `"${n}"`).join(", ")}. Available: ${SCENARIOS.map((s) => s.name).join(", ")}.`);
  }
  return SCENARIOS.filter((s) => names.includes(s.name));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.some((a) => a === "-h" || a === "--help")) {
    console.log(usage());
    return 0;
  }
  let selected: Scenario[];
  try {
    selected = select(args);
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  process.chdir(ROOT);
  // Read before the long run: a broken results file should stop us before minutes of work.
  const earlier = loadResults(RESULTS_FILE);

  const server: BenchServer = await openBenchServer();
  const stopOnSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping; results.json and docs/benchmarks.md left unchanged.`);
    void server.close().finally(() => process.exit(130));
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);

  const date = new Date().toISOString();
  const machine = describeMachine(server);
  const fresh: ResultEntry[] = [];
  const ran: string[] = [];
  const failed: string[] = [];
  console.error(`Machine: ${machine}`);
  try {
    for (const s of selected) {
      console.error(`▶ ${s.name}`);
      const started = Date.now();
      try {
        const measurements = await s.run({ freshDatabase: () => server.freshDatabase(), log });
        for (const m of measurements) {
          if (!Number.isFinite(m.value)) throw new Error(`metric ${m.metric} is not a finite number`);
          fresh.push({ scenario: s.name, metric: m.metric, value: m.value, unit: m.unit, date, machine });
        }
        ran.push(s.name);
        console.error(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } catch (err) {
        // One broken scenario must not cost the others' numbers; its earlier entries stay.
        failed.push(s.name);
        console.error(`✗ ${s.name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      }
    }
  } finally {
    await server.close();
  }

  const all = mergeResults(
    earlier,
    ran,
    fresh,
    SCENARIOS.map((s) => s.name),
  );
  saveResults(RESULTS_FILE, all);
  writeFileSync(REPORT_FILE, renderReport(all, SCENARIOS));

  for (const e of fresh) {
    const target = targetOf(SCENARIOS, e);
    console.log(`${e.scenario.padEnd(14)} ${e.metric.padEnd(10)} ${formatValue(e.value, e.unit).padStart(10)}  ${verdict(target, e)}`);
  }
  console.log(`Wrote ${path.relative(ROOT, RESULTS_FILE)} and ${path.relative(ROOT, REPORT_FILE)}.`);
  if (failed.length) console.error(`Failed: ${failed.join(", ")}`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
