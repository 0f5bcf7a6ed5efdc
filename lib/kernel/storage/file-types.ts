/**
 * The evidence files a city may upload: office documents, PDFs, images and plain data. Each type
 * is recognised by its extension AND its first bytes, so a program renamed to "report.pdf" is
 * refused, and the stored MIME type is ours, never the browser's claim. Files are always served
 * as downloads (Content-Disposition: attachment, nosniff), so even an accepted file never renders
 * inside Charta's origin.
 */

/** 10 MB: enough for a scanned council decision or a photo, small enough for backups to stay cheap. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export type FileKind = "pdf" | "docx" | "xlsx" | "pptx" | "odt" | "ods" | "png" | "jpeg" | "csv" | "txt";

export interface FileType {
  kind: FileKind;
  extensions: readonly string[];
  mimeType: string;
  /** Shown in the list of accepted types (a format code, the same in every language). */
  label: string;
}

export const FILE_TYPES: readonly FileType[] = [
  { kind: "pdf", extensions: ["pdf"], mimeType: "application/pdf", label: "PDF" },
  { kind: "docx", extensions: ["docx"], mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "DOCX" },
  { kind: "xlsx", extensions: ["xlsx"], mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "XLSX" },
  { kind: "pptx", extensions: ["pptx"], mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", label: "PPTX" },
  { kind: "odt", extensions: ["odt"], mimeType: "application/vnd.oasis.opendocument.text", label: "ODT" },
  { kind: "ods", extensions: ["ods"], mimeType: "application/vnd.oasis.opendocument.spreadsheet", label: "ODS" },
  { kind: "png", extensions: ["png"], mimeType: "image/png", label: "PNG" },
  { kind: "jpeg", extensions: ["jpg", "jpeg"], mimeType: "image/jpeg", label: "JPEG" },
  { kind: "csv", extensions: ["csv"], mimeType: "text/csv", label: "CSV" },
  { kind: "txt", extensions: ["txt"], mimeType: "text/plain", label: "TXT" },
];

/** For <input accept>: a hint to the file picker, not a check. */
/** "PDF, DOCX, …": the list shown next to the upload field. */
export const TYPE_LIST = FILE_TYPES.map((t) => t.label).join(", ");

export const ACCEPT_ATTRIBUTE = FILE_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(",");

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot === -1 ? "" : fileName.slice(dot + 1).toLowerCase();
}

export function fileTypeByExtension(fileName: string): FileType | undefined {
  const ext = extensionOf(fileName);
  return FILE_TYPES.find((t) => t.extensions.includes(ext));
}

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  return prefix.every((b, i) => bytes[offset + i] === b);
}

function contains(bytes: Uint8Array, needle: readonly number[], limit = bytes.length): boolean {
  const end = Math.min(bytes.length, limit) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * OOXML files are ZIP archives whose entry names (stored uncompressed in the local headers) include
 * "word/", "xl/" or "ppt/"; OpenDocument files must start with an uncompressed "mimetype" entry
 * holding their MIME type (ODF 1.2, part 3, §3.3), at byte 38.
 */
function looksLike(kind: FileKind, bytes: Uint8Array): boolean {
  switch (kind) {
    case "pdf":
      return startsWith(bytes, ascii("%PDF-"));
    case "png":
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case "jpeg":
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case "docx":
      return startsWith(bytes, ZIP) && contains(bytes, ascii("word/"));
    case "xlsx":
      return startsWith(bytes, ZIP) && contains(bytes, ascii("xl/"));
    case "pptx":
      return startsWith(bytes, ZIP) && contains(bytes, ascii("ppt/"));
    case "odt":
      return startsWith(bytes, ZIP) && startsWith(bytes, ascii("mimetypeapplication/vnd.oasis.opendocument.text"), 30);
    case "ods":
      return startsWith(bytes, ZIP) && startsWith(bytes, ascii("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"), 30);
    case "csv":
    case "txt":
      return looksLikeText(bytes);
  }
}

/**
 * Plain text has no signature; what it must not have is NUL bytes (every binary format above,
 * executables and archives have them early on). Legacy encodings (Windows-1252 CSV from Excel)
 * stay allowed.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  return !sample.includes(0) && !startsWith(sample, ZIP) && !startsWith(sample, ascii("%PDF-")) && !startsWith(sample, ascii("MZ"));
}

export type FileCheck =
  { ok: true; type: FileType } | { ok: false; problem: "empty" | "tooLarge" | "typeNotAllowed" | "contentMismatch" | "archiveTooBig" | "busy" };

/** The kinds that are ZIP archives: their content is checked further by lib/kernel/storage/check-evidence-upload.ts. */
export const ARCHIVE_KINDS = ["docx", "xlsx", "pptx", "odt", "ods"] as const satisfies readonly FileKind[];
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];
export const isArchiveKind = (kind: FileKind): kind is ArchiveKind => (ARCHIVE_KINDS as readonly FileKind[]).includes(kind);

/** Whether a file may be stored as far as its size, extension and first bytes tell. */
export function checkEvidenceFile(fileName: string, bytes: Uint8Array): FileCheck {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, problem: "tooLarge" };
  const type = fileTypeByExtension(fileName);
  if (!type) return { ok: false, problem: "typeNotAllowed" };
  if (!looksLike(type.kind, bytes)) return { ok: false, problem: "contentMismatch" };
  return { ok: true, type };
}
