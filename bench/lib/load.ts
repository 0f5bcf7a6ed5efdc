/** HTTP load with autocannon (programmatic API; the package ships no types, hence this interface). */
import { createRequire } from "node:module";

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}

type Autocannon = (opts: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  failures: number;
}

export async function runLoad(url: string, connections: number, durationS: number): Promise<LoadResult> {
  const r = await autocannon({ url, connections, duration: durationS });
  return {
    requestsPerSecond: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    total: r.requests.total,
    failures: r.errors + r.timeouts + r.non2xx,
  };
}
