/**
 * pg warns once per process when a query is sent to a client that is still running one — two
 * queries at once on one transaction's connection, which pg 9 will refuse (issue 19). The test
 * setup turns that warning into a failure of the test that caused it.
 */
const CONCURRENT_QUERY = /client\.query\(\) when the client is already executing a query/;

const shared = globalThis as unknown as { chartaPgWarnings?: string[] };

/** Starts listening (once per process) and returns the warnings seen and not yet taken. */
export function pgWarnings(): string[] {
  if (!shared.chartaPgWarnings) {
    const seen: string[] = [];
    process.on("warning", (warning) => {
      if (CONCURRENT_QUERY.test(warning.message)) seen.push(warning.stack ?? warning.message);
    });
    shared.chartaPgWarnings = seen;
  }
  return shared.chartaPgWarnings;
}

export function takePgWarnings(): string[] {
  return pgWarnings().splice(0);
}
