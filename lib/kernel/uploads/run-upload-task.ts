import "server-only";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { ReadRefusal } from "../archive/refusal";
import type { UploadTaskName, UploadTaskReply, UploadTasks } from "./tasks";

/**
 * Uploaded files are read in a worker thread of their own, never on the server's event loop:
 * a worker has its own heap with a hard ceiling and is terminated after UPLOAD_TIMEOUT_MS, so a
 * file that slipped past the readers' own limits (lib/kernel/sheets/read-limits.ts,
 * lib/kernel/storage/office-limits.ts) costs at most that much memory and time, and the pages of every
 * other city keep being served meanwhile. One file is read at a time per server process (the
 * others wait their turn; past MAX_WAITING the upload is refused as "busy"), so two cores are
 * never both taken by uploads.
 */
export const UPLOAD_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8, stackSizeMb: 4 };
export const UPLOAD_TIMEOUT_MS = 10_000;
const MAX_RUNNING = 1;
const MAX_WAITING = 8;

interface Gate {
  running: number;
  waiting: (() => void)[];
}
// One gate per process, also when the bundler gives this module more than one instance.
const shared = globalThis as unknown as { chartaUploadGate?: Gate };
const gate = (shared.chartaUploadGate ??= { running: 0, waiting: [] });

async function acquire(): Promise<void> {
  if (gate.running < MAX_RUNNING) {
    gate.running += 1;
    return;
  }
  if (gate.waiting.length >= MAX_WAITING) throw new ReadRefusal("busy", `${gate.waiting.length} uploads waiting`);
  await new Promise<void>((resolve) => gate.waiting.push(resolve));
}

function release(): void {
  const next = gate.waiting.shift();
  if (next) next();
  else gate.running -= 1;
}

const built = globalThis as unknown as { chartaUploadWorkerCode?: Promise<string> };

/**
 * Run from the TypeScript sources (vitest, the bench, scripts), the worker is bundled once per
 * process with esbuild (a development dependency) and started from that JavaScript, as the Next
 * build's bundle is in production: Node 20 cannot load TypeScript itself.
 */
function sourceWorkerCode(): Promise<string> {
  built.chartaUploadWorkerCode ??= (async () => {
    const name = "esbuild";
    const esbuild = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ name)) as typeof import("esbuild");
    const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), "upload-worker.ts");
    const out = await esbuild.build({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", target: "node20", write: false, logLevel: "error" });
    return out.outputFiles[0]!.text;
  })();
  return built.chartaUploadWorkerCode;
}

async function startWorker(): Promise<Worker> {
  const options = { resourceLimits: UPLOAD_WORKER_LIMITS };
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./upload-worker.ts", import.meta.url), options);
  // Reflect.construct: the bundler must not take the code for the path of a worker to bundle.
  return Reflect.construct(Worker, [await sourceWorkerCode(), { ...options, eval: true }]) as Worker;
}

function runInWorker<K extends UploadTaskName>(worker: Worker, task: K, input: UploadTasks[K]["input"]): Promise<UploadTasks[K]["output"]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    const timer = setTimeout(() => finish(() => reject(new ReadRefusal("timeout", `${task} took over ${UPLOAD_TIMEOUT_MS} ms`))), UPLOAD_TIMEOUT_MS);
    worker.once("message", (reply: UploadTaskReply<K>) =>
      finish(() => (reply.ok ? resolve(reply.output) : reject(new ReadRefusal(reply.reason, reply.detail)))),
    );
    worker.once("error", (err: Error & { code?: string }) =>
      finish(() => reject(err.code === "ERR_WORKER_OUT_OF_MEMORY" ? new ReadRefusal("tooBig", "the reader reached its memory limit") : err)),
    );
    worker.once("exit", (code) => finish(() => reject(new Error(`the upload worker stopped (exit code ${code}) without an answer`))));
    worker.postMessage({ task, input });
  });
}

/** Runs one upload task in a fresh worker, in turn with the other uploads of this process. */
export async function runUploadTask<K extends UploadTaskName>(task: K, input: UploadTasks[K]["input"]): Promise<UploadTasks[K]["output"]> {
  await acquire();
  try {
    return await runInWorker(await startWorker(), task, input);
  } finally {
    release();
  }
}
