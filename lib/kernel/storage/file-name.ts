/**
 * File names that came from outside (uploads) and the one Content-Disposition header every
 * download is sent with.
 *
 * A name is shown to people (the evidence list, the import preview) and handed to their browser
 * to save the file under. Bidirectional controls make a name read differently from what it is —
 * "invoice\u202Efdp.exe" shows as "invoiceexe.pdf" (CVE-2021-42574's trick, used on attachments
 * for decades) — and control characters, path separators and half characters have no place in a
 * file name either.
 */

/**
 * Removed from every name: C0 and C1 controls and DEL; the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), the marks U+200E, U+200F and U+061C; zero-width and
 * other invisible format characters (U+200B–U+200D, U+2060–U+2064, U+FEFF); and half of a
 * surrogate pair, which no file system can store.
 */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const MAX_LENGTH = 200;

/**
 * The name to keep and show: the last part of a path (old browsers sent "C:\Users\…\a.pdf"),
 * without the characters above, spaces collapsed, no leading dots (a hidden file on save), at most
 * 200 characters — cut from the front, so the extension stays. "file" when nothing is left.
 */
export function cleanFileName(name: string, fallback = "file"): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.normalize("NFC").replace(UNSAFE, "").replace(/\s+/g, " ").trim().replace(/^\.+/, "").trim();
  if (!cleaned) return fallback;
  // Cut by characters, not UTF-16 units, so an emoji is never halved.
  const chars = [...cleaned];
  return chars.length > MAX_LENGTH ? chars.slice(-MAX_LENGTH).join("").trim() : cleaned;
}

/** "Raadsbesluit één.pdf" → "Raadsbesluit een.pdf": accents dropped, anything else outside printable ASCII (and " \) → "_". */
function asciiFallback(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
}

/** RFC 5987 / 8187: UTF-8, percent-encoded, also the characters encodeURIComponent leaves that attr-char does not allow. */
function extValue(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The Content-Disposition of every download (RFC 6266): the cleaned name as a quoted ASCII
 * `filename`, and — when the name is not plain ASCII — the exact name as `filename*`, which every
 * current browser prefers. The header is ASCII whatever the name, so no name can break it.
 */
export function contentDisposition(fileName: string, opts: { inline?: boolean } = {}): string {
  const name = cleanFileName(fileName, "download");
  const ascii = asciiFallback(name);
  const type = opts.inline ? "inline" : "attachment";
  if (ascii === name) return `${type}; filename="${name}"`;
  return `${type}; filename="${ascii}"; filename*=UTF-8''${extValue(name)}`;
}
