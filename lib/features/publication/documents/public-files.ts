/**
 * What the public download routes serve: the stored files of what the city published — the
 * frozen publication of a report, the declaration in the latest publication snapshot — and
 * nothing else; nothing is ever printed here. A file not stored yet (the job makes it within the
 * hour) answers "being prepared", or "PDF printing is not available" when this server cannot
 * print, with the Word file offered when it is stored.
 */
import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { preparingResponse, printerUnavailableResponse } from "@/lib/kernel/documents/document-response";
import { printerState } from "@/lib/kernel/documents/printer";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { getPublicCity, publicCity } from "@/lib/kernel/tenancy/public-city";
import { getPublication } from "@/lib/features/publication/site/read-publication";
import { getPublishedReport } from "@/lib/features/reports/read-published-report";
import { notModified, notModifiedResponse, storedFileResponse } from "@/lib/kernel/storage/stored-file-response";
import { readStoredFile, storedFileMeta } from "@/lib/kernel/storage/stored-files";
import { cachedBytes, keepBytes } from "./bytes-cache";
import { declarationDocumentKey, reportDocumentKey, type DocumentFormat } from "./keys";

/** Published files do not change; a new publication has new keys (and a new ETag if a gap was filled). */
const CACHE_CONTROL = "public, max-age=3600";

export type PublicDocument = { kind: "report"; year: number; format: DocumentFormat } | { kind: "declaration"; format: DocumentFormat };

interface Located {
  db: CityDb;
  schema: string;
  key: (format: DocumentFormat) => string;
  /** The public URL of the same document in another format. */
  href: (format: DocumentFormat) => string;
}

async function locate(slug: string, locale: Locale, doc: PublicDocument): Promise<Located | null> {
  const city = await getPublicCity(slug);
  if (!city || city.status !== "active" || !city.locales.includes(locale)) return null;
  const active = await publicCity(city.slug);
  if (!active) return null;
  const { db, schemaName: schema } = active;
  const base = `/${city.slug}/${locale}`;
  if (doc.kind === "report") {
    const view = await getPublishedReport(city.slug, doc.year);
    if (!view || !view.locales.includes(locale)) return null;
    return { db, schema, key: (f) => reportDocumentKey(view.id, locale, f), href: (f) => `${base}/reports/${view.year}/${f}` };
  }
  const published = (await getPublication(city.slug))?.declaration;
  if (!published) return null;
  // Snapshots from before stored files name the declaration by title and version only.
  const id =
    published.id ??
    (await db.declaration.findFirst({ where: { status: "published", title: published.title, currentVersion: published.versionNumber }, select: { id: true } }))
      ?.id;
  if (!id) return null;
  return { db, schema, key: (f) => declarationDocumentKey(id, published.versionNumber, f), href: (f) => `${base}/declaration/${f}` };
}

/** The answer for a public download: the stored bytes (200 or 304), "not ready" (503) or null for 404. */
export async function publicDocumentResponse(request: Request, slug: string, locale: Locale, doc: PublicDocument): Promise<Response | null> {
  const found = await locate(slug, locale, doc);
  if (!found) return null;
  const meta = await storedFileMeta(found.db, { key: found.key(doc.format) });
  if (!meta) {
    const word =
      doc.format === "pdf" && (await storedFileMeta(found.db, { key: found.key("docx") })) ? { href: found.href("docx"), kind: "word" as const } : null;
    return doc.format === "pdf" && printerState() !== "ready" ? printerUnavailableResponse(locale, word) : preparingResponse(locale, word);
  }
  if (notModified(request, meta)) return notModifiedResponse(meta, CACHE_CONTROL);
  const cacheKey = `${found.schema}:${meta.id}:${meta.sha256}`;
  const bytes = cachedBytes(cacheKey);
  if (bytes) return storedFileResponse({ ...meta, bytes }, { cacheControl: CACHE_CONTROL });
  const file = await readStoredFile(found.db, { key: found.key(doc.format) });
  if (!file) return preparingResponse(locale, null);
  if (file.sha256 === meta.sha256) keepBytes(cacheKey, file.bytes);
  return storedFileResponse(file, { cacheControl: CACHE_CONTROL });
}
