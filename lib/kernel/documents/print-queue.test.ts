import { afterEach, describe, expect, it, vi } from "vitest";
import { PrintBusyError, PrintQueue } from "./print-queue";

/** A job that runs until the test lets it finish. */
function held() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { release, job: () => done };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => vi.useRealTimers());

describe("the print queue", () => {
  it("runs `parallel` jobs at once and starts the next one as a slot frees", async () => {
    const q = new PrintQueue({ parallel: 2, maxWaiting: 5, waitTimeoutMs: 60_000 });
    const [a, b, c] = [held(), held(), held()];
    const started: string[] = [];
    const run = (name: string, h: ReturnType<typeof held>) => q.run(() => (started.push(name), h.job()));
    const all = [run("a", a), run("b", b), run("c", c)];
    await settle();
    expect(started).toEqual(["a", "b"]);
    expect(q.load).toEqual({ running: 2, waiting: 1 });
    a.release();
    await settle();
    expect(started).toEqual(["a", "b", "c"]);
    b.release();
    c.release();
    await Promise.all(all);
    expect(q.load).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses at once when the line is full: busy, try again", async () => {
    const q = new PrintQueue({ parallel: 1, maxWaiting: 2, waitTimeoutMs: 60_000 });
    const h = held();
    const kept = [q.run(h.job), q.run(h.job), q.run(h.job)];
    await settle();
    const refused = await q.run(h.job).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PrintBusyError);
    expect((refused as PrintBusyError).retryAfterSeconds).toBeGreaterThan(0);
    h.release();
    await Promise.all(kept);
  });

  it("gives up on a request that waited too long, and the line goes on", async () => {
    vi.useFakeTimers();
    const q = new PrintQueue({ parallel: 1, maxWaiting: 5, waitTimeoutMs: 1_000 });
    const h = held();
    const first = q.run(h.job);
    const waiting = q.run(async () => "late").catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(999);
    expect(q.load.waiting).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await waiting).toBeInstanceOf(PrintBusyError);
    expect(q.load).toEqual({ running: 1, waiting: 0 });
    h.release();
    await first;
    expect(await q.run(async () => "next")).toBe("next");
  });

  it("never refuses background work: it waits its turn, however long the line", async () => {
    vi.useFakeTimers();
    const q = new PrintQueue({ parallel: 1, maxWaiting: 0, waitTimeoutMs: 1_000 });
    const h = held();
    const first = q.run(h.job);
    const background = q.run(async () => "stored", { background: true });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(q.load.waiting).toBe(1);
    h.release();
    await first;
    expect(await background).toBe("stored");
  });

  it("frees the slot when a job fails", async () => {
    const q = new PrintQueue({ parallel: 1, maxWaiting: 0, waitTimeoutMs: 1_000 });
    await expect(q.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(q.load).toEqual({ running: 0, waiting: 0 });
  });
});
