/**
 * Where a published document's files are stored: StoredFile keys (purpose "document") in the
 * city's own schema. A key names exactly one frozen text — a report's publication in one
 * language, one version of the declaration — so a stored file never goes stale; a new
 * publication gets new keys.
 */
import type { Locale } from "@/lib/kernel/i18n/locales";

export const DOCUMENT_FORMATS = ["pdf", "docx"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const MIME_TYPES: Record<DocumentFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export function isDocumentFormat(value: string): value is DocumentFormat {
  return (DOCUMENT_FORMATS as readonly string[]).includes(value);
}

export function reportDocumentKey(reportId: string, locale: Locale, format: DocumentFormat): string {
  return `document:report:${reportId}:${locale}.${format}`;
}

export function declarationDocumentKey(declarationId: string, versionNumber: number, format: DocumentFormat): string {
  return `document:declaration:${declarationId}:v${versionNumber}.${format}`;
}
