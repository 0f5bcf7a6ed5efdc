import type { OfficeKind } from "../archive/office-archive";
import type { RefusalReason } from "../archive/refusal";
import type { ColumnSet } from "../sheets/table";
import type { SheetFileResult } from "../sheets/read-sheet-file";

/** What the upload worker does, by name: each task's input and what it answers. */
export interface UploadTasks {
  /** An uploaded CSV or XLSX sheet read into the import's table. */
  spreadsheet: { input: { bytes: Uint8Array; set: ColumnSet<string> }; output: SheetFileResult };
  /** An office document uploaded as evidence, checked to be its kind and to unpack within limits. */
  office: { input: { kind: OfficeKind; bytes: Uint8Array }; output: { ok: true } | { ok: false; reason: "contentMismatch" } };
}

export type UploadTaskName = keyof UploadTasks;

export interface UploadTaskRequest<K extends UploadTaskName = UploadTaskName> {
  task: K;
  input: UploadTasks[K]["input"];
}

export type UploadTaskReply<K extends UploadTaskName = UploadTaskName> =
  { ok: true; output: UploadTasks[K]["output"] } | { ok: false; reason: RefusalReason; detail: string };
