/** Creating one city: registry row, schema with every migration, 20 commitments and the first admin, one transaction. */
import { provisionCity } from "../../lib/kernel/tenancy/provision-city";
import { median, roundMs, sample } from "../lib/measure";
import type { Scenario } from "../lib/types";

const WARMUPS = 2;
const RUNS = 9;

export const scenario: Scenario = {
  name: "provision",
  description:
    'Creates one city with `provisionCity`: the registry row in `control."City"`, the city schema with every city migration, the 20 framework commitments with their audit entries, and a new city admin with a first-password token — one transaction.',
  method: `${WARMUPS} warm-up cities, then ${RUNS} measured, one after another in the same fresh database, each with a new slug (\`bench-<n>\`) and a new admin email. \`ms\` is the wall time of one \`provisionCity\` call; the value is the median of the ${RUNS}.`,
  targets: [{ metric: "ms", below: 2000 }],
  async run(ctx) {
    const pool = await ctx.freshDatabase();
    const times = await sample({ label: "provision", warmups: WARMUPS, runs: RUNS, log: ctx.log }, async (n) => {
      const r = await provisionCity(pool, {
        slug: `bench-${n}`,
        name: `Bench City ${n}`,
        country: "NL",
        defaultLocale: "nl",
        adminEmail: `admin-${n}@bench.example`,
      });
      // An existing slug returns early without work; that would time the wrong thing.
      if (!r.created) throw new Error(`bench-${n} already existed: the database was not fresh`);
    });
    return [{ metric: "ms", value: roundMs(median(times)), unit: "ms" }];
  },
};
