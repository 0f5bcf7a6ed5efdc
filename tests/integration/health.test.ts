import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { checkHealth } from "@/lib/kernel/health/check-health";

describe("checkHealth", () => {
  it("is ok when the database answers", async () => {
    const report = await checkHealth();
    expect(report).toMatchObject({ status: "ok", db: "ok" });
    expect(Date.parse(report.time)).not.toBeNaN();
  });

  it("reports the database unreachable when no server listens", async () => {
    const pool = new pg.Pool({ connectionString: "postgres://nobody@127.0.0.1:1/none", connectionTimeoutMillis: 500 });
    try {
      expect(await checkHealth({ db: pool })).toMatchObject({ status: "error", db: "unreachable" });
    } finally {
      await pool.end();
    }
  });

  it("gives up after the timeout instead of hanging with the database", async () => {
    // Fake time: the check must give up exactly when its timeout passes, whatever the machine's load.
    vi.useFakeTimers();
    try {
      let report: unknown;
      void checkHealth({ db: { query: () => new Promise(() => {}) }, timeoutMs: 100 }).then((r) => (report = r));
      await vi.advanceTimersByTimeAsync(99);
      expect(report).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(report).toMatchObject({ status: "error", db: "unreachable" });
    } finally {
      vi.useRealTimers();
    }
  });

  it("treats a failing query as unreachable", async () => {
    const report = await checkHealth({ db: { query: () => Promise.reject(new Error("boom")) } });
    expect(report.db).toBe("unreachable");
  });
});

describe("the printer in the health report", () => {
  const path = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (path === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = path;
  });

  it("is ready with Chromium installed, missing with a wrong CHROMIUM_PATH, and the app stays ok", async () => {
    expect((await checkHealth()).printer).toBe("ready");
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    const report = await checkHealth();
    expect(report).toMatchObject({ status: "ok", db: "ok", printer: "missing" });
  });
});

describe("GET /api/health", () => {
  it("answers 200 with the report and forbids caching", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ status: "ok", db: "ok" });
  });
});
