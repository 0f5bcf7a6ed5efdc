import { describe, expect, it } from "vitest";
import { runUploadTask } from "./run-upload-task";

const csv = new TextEncoder().encode("key,version\nF1,1\n");
const set = { columns: ["key", "title", "version"], required: ["key", "version"] };

describe("runUploadTask", () => {
  it("reads in a worker and answers with the task's output", async () => {
    const read = await runUploadTask("spreadsheet", { bytes: csv, set });
    expect(read).toMatchObject({ format: "csv", ok: true, table: { rows: [{ line: 2, cells: ["F1", "1"] }] } });
  });

  it("reads one file at a time: 8 more wait their turn, further uploads are answered busy at once", async () => {
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => runUploadTask("spreadsheet", { bytes: csv, set })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(9);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => (r.reason as { reason: string }).reason);
    expect(refused).toEqual(["busy", "busy", "busy"]);
    // The queue drains: the next upload is read again.
    await expect(runUploadTask("spreadsheet", { bytes: csv, set })).resolves.toMatchObject({ ok: true });
  });
});
