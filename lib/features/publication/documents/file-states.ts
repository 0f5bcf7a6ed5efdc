/**
 * Which files of a published document are stored, for the workspace page that shows them (and
 * offers to make the missing ones). One query per document.
 */
import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { isLocale, type Locale } from "@/lib/kernel/i18n/locales";
import { declarationDocumentKey, reportDocumentKey, type DocumentFormat } from "./keys";

export interface FileState {
  format: DocumentFormat;
  locale: Locale;
  storedAt: Date | null;
}

async function states(db: CityDb, wanted: { key: string; format: DocumentFormat; locale: Locale }[]): Promise<FileState[]> {
  const rows = await db.storedFile.findMany({ where: { key: { in: wanted.map((w) => w.key) } }, select: { key: true, createdAt: true } });
  const at = new Map(rows.map((r) => [r.key, r.createdAt]));
  return wanted.map((w) => ({ format: w.format, locale: w.locale, storedAt: at.get(w.key) ?? null }));
}

const FORMATS: DocumentFormat[] = ["pdf", "docx"];

export function reportFileStates(db: CityDb, report: { id: string; locales: readonly string[] }): Promise<FileState[]> {
  const locales = report.locales.filter(isLocale);
  return states(
    db,
    locales.flatMap((locale) => FORMATS.map((format) => ({ key: reportDocumentKey(report.id, locale, format), format, locale }))),
  );
}

export function declarationFileStates(db: CityDb, declaration: { id: string; currentVersion: number; locale: string }): Promise<FileState[]> {
  const locale = isLocale(declaration.locale) ? declaration.locale : "en";
  return states(
    db,
    FORMATS.map((format) => ({ key: declarationDocumentKey(declaration.id, declaration.currentVersion, format), format, locale })),
  );
}
