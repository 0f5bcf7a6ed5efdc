import "server-only";
import { isReadRefusal } from "@/lib/kernel/archive/refusal";
import { runUploadTask } from "@/lib/kernel/uploads/run-upload-task";
import { checkEvidenceFile, isArchiveKind, type FileCheck } from "./file-types";

/**
 * Whether an evidence upload may be stored: the checks of ./file-types.ts, then, for office
 * documents (ZIP archives), a reading of the whole archive in the upload worker: it must hold the
 * parts of its kind and unpack within ./office-limits.ts.
 */
export async function checkEvidenceUpload(fileName: string, bytes: Uint8Array): Promise<FileCheck> {
  const check = checkEvidenceFile(fileName, bytes);
  if (!check.ok || !isArchiveKind(check.type.kind)) return check;
  try {
    const archive = await runUploadTask("office", { kind: check.type.kind, bytes });
    return archive.ok ? check : { ok: false, problem: archive.reason };
  } catch (err) {
    if (!isReadRefusal(err)) throw err;
    if (err.reason === "unreadable") return { ok: false, problem: "contentMismatch" };
    return { ok: false, problem: err.reason === "busy" ? "busy" : "archiveTooBig" };
  }
}
