/**
 * A stored file as an HTTP answer that caches well: a strong ETag from the bytes' SHA-256 and
 * Last-Modified from when they were stored, so a browser or proxy that has the file gets
 * 304 Not Modified (If-None-Match first, If-Modified-Since only without it, as RFC 9110 says)
 * and the bytes are read from the database only when they are sent.
 */
import "server-only";
import type { StoredFileContent, StoredFileMeta } from "./stored-files";
import { contentDisposition } from "./file-name";

export function etagOf(meta: Pick<StoredFileMeta, "sha256">): string {
  return `"${meta.sha256}"`;
}

/** HTTP dates have whole seconds. */
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** Does the client already hold these bytes? */
export function notModified(request: Request, meta: Pick<StoredFileMeta, "sha256" | "createdAt">): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const etag = etagOf(meta);
    // Weak comparison (RFC 9110 13.1.2): W/"x" matches "x".
    return ifNoneMatch.split(",").some((tag) => {
      const t = tag.trim();
      return t === "*" || t === etag || t === `W/${etag}`;
    });
  }
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return Number.isFinite(since) && seconds(meta.createdAt) <= Math.floor(since / 1000);
}

function validators(meta: Pick<StoredFileMeta, "sha256" | "createdAt">, cacheControl: string): Record<string, string> {
  return { ETag: etagOf(meta), "Last-Modified": meta.createdAt.toUTCString(), "Cache-Control": cacheControl };
}

export function notModifiedResponse(meta: Pick<StoredFileMeta, "sha256" | "createdAt">, cacheControl: string): Response {
  return new Response(null, { status: 304, headers: validators(meta, cacheControl) });
}

/** A download (attachment) unless `disposition: "inline"` (an image shown where it is opened, the logo). */
export function storedFileResponse(
  file: StoredFileContent,
  opts: { fileName?: string; cacheControl: string; disposition?: "attachment" | "inline" },
): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      ...validators(file, opts.cacheControl),
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(opts.fileName ?? file.name, { inline: opts.disposition === "inline" }),
    },
  });
}
