/**
 * The upload worker's entry (a worker thread, one per upload; see ./run-upload-task.ts). It reads
 * one file and answers once; any refusal becomes a reply, anything unexpected "unreadable".
 */
import { parentPort } from "node:worker_threads";
import { checkOfficeArchive } from "../archive/office-archive";
import { isReadRefusal } from "../archive/refusal";
import { readSheetFile } from "../sheets/read-sheet-file";
import { OFFICE_LIMITS } from "../storage/office-limits";
import type { UploadTaskName, UploadTaskReply, UploadTaskRequest, UploadTasks } from "./tasks";

const TASKS: { [K in UploadTaskName]: (input: UploadTasks[K]["input"]) => UploadTasks[K]["output"] } = {
  spreadsheet: ({ bytes, set }) => readSheetFile(bytes, set),
  office: ({ kind, bytes }) => checkOfficeArchive(kind, bytes, OFFICE_LIMITS),
};

function run(request: UploadTaskRequest): UploadTaskReply {
  try {
    const task = TASKS[request.task] as (input: UploadTaskRequest["input"]) => UploadTasks[UploadTaskName]["output"];
    return { ok: true, output: task(request.input) };
  } catch (err) {
    if (isReadRefusal(err)) return { ok: false, reason: err.reason, detail: err.detail };
    return { ok: false, reason: "unreadable", detail: err instanceof Error ? err.message : String(err) };
  }
}

parentPort?.once("message", (request: UploadTaskRequest) => {
  parentPort!.postMessage(run(request));
});
