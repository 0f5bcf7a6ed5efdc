/**
 * The published declaration's files: PDF and Word of its current (frozen) version, in the
 * language it is written in, stored once. Word first, as for the report.
 */
import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { documentLogo } from "@/lib/features/city-settings/logo/current-logo";
import { declarationDocxBytes, declarationPdfBytes } from "@/lib/features/declaration/export-declaration";
import type { DeclarationDoc } from "@/lib/features/declaration/document-schema";
import { NotFoundError } from "@/lib/kernel/errors";
import { isLocale } from "@/lib/kernel/i18n/locales";
import { declarationDocumentKey, type DocumentFormat } from "./keys";
import type { FileOutcome } from "./outcome";
import { storeDocumentFile } from "./store-file";

export async function storeDeclarationDocuments(
  scope: CityScope<string | null>,
  input: { declarationId: string; onlyMissing?: boolean },
): Promise<FileOutcome[]> {
  const db = scope.db;
  const d = await db.declaration.findUnique({ where: { id: input.declarationId } });
  if (!d || d.status !== "published" || d.currentVersion < 1) throw new NotFoundError();
  const version = await db.declarationVersion.findUnique({ where: { declarationId_number: { declarationId: d.id, number: d.currentVersion } } });
  if (!version) throw new NotFoundError();
  const doc = version.content as unknown as DeclarationDoc;
  const locale = isLocale(d.locale) ? d.locale : "en";
  // The logo as it is when the files are made: stored files keep it, like printed copies.
  const logo = await documentLogo(db);
  const outcomes: FileOutcome[] = [];
  for (const format of ["docx", "pdf"] as DocumentFormat[]) {
    outcomes.push(
      await storeDocumentFile(
        db,
        {
          key: declarationDocumentKey(d.id, version.number, format),
          name: `${scope.city.slug}-declaration-v${version.number}.${format}`,
          format,
          locale,
          make: () =>
            format === "pdf"
              ? declarationPdfBytes(d, doc, scope.city.name, { background: true, logo })
              : declarationDocxBytes(d, doc, scope.city.name, { logo }),
        },
        { onlyMissing: input.onlyMissing ?? false, actorId: scope.actor.id },
      ),
    );
  }
  return outcomes;
}
