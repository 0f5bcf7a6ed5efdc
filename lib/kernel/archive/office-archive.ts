import { drainEntry, InflateBudget } from "./inflate-entry";
import { ReadRefusal } from "./refusal";
import { findEntry, readZipDirectory, type ZipEntry } from "./zip-directory";

export type OfficeKind = "docx" | "xlsx" | "pptx" | "odt" | "ods";

export interface OfficeLimits {
  entries: number;
  inflatedBytes: number;
}

/** What makes an archive a document of that kind: the parts its format requires. */
function hasRequiredParts(kind: OfficeKind, entries: readonly ZipEntry[]): boolean {
  const under = (folder: string) => entries.some((e) => e.name.startsWith(folder));
  switch (kind) {
    case "docx":
      return !!findEntry(entries, "[Content_Types].xml") && under("word/");
    case "xlsx":
      return !!findEntry(entries, "[Content_Types].xml") && under("xl/");
    case "pptx":
      return !!findEntry(entries, "[Content_Types].xml") && under("ppt/");
    case "odt":
    case "ods":
      return entries[0]?.name === "mimetype" && !!findEntry(entries, "content.xml");
  }
}

/**
 * Checks that an uploaded office document is an archive of its kind that unpacks within the
 * limits: every entry is inflated (and dropped) so its real size counts, whatever the directory
 * says. Charta stores such files for people to download, so a bomb would go off on an officer's
 * or a resident's computer rather than on the server; it is refused here either way. An entry
 * that does not inflate (an ODF document's encrypted parts) is opaque data: what it produced
 * until then still counts.
 */
export function checkOfficeArchive(kind: OfficeKind, buf: Uint8Array, limits: OfficeLimits): { ok: true } | { ok: false; reason: "contentMismatch" } {
  const entries = readZipDirectory(buf, limits.entries);
  if (!hasRequiredParts(kind, entries)) return { ok: false, reason: "contentMismatch" };
  const budget = new InflateBudget(limits.inflatedBytes);
  for (const entry of entries) {
    try {
      drainEntry(entry, budget);
    } catch (err) {
      if (err instanceof ReadRefusal && err.reason === "unreadable") continue;
      throw err;
    }
  }
  return { ok: true };
}
