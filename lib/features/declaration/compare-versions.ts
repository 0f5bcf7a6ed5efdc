import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { NotFoundError } from "@/lib/kernel/errors";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { diffDocuments, type VersionDiff } from "./diff-versions";
import { getVersion, type VersionSummary } from "./get-declaration";

export interface Comparison {
  from: VersionSummary;
  to: VersionSummary;
  diff: VersionDiff;
}

/** Any two versions of one declaration, compared on the server (diff-versions.ts). */
export async function compareVersions(db: CityDb, declarationId: string, from: number, to: number, locale: Locale): Promise<Comparison> {
  const [a, b] = await Promise.all([getVersion(db, declarationId, from), getVersion(db, declarationId, to)]);
  if (!a || !b) throw new NotFoundError();
  const { content: before, ...fromSummary } = a;
  const { content: after, ...toSummary } = b;
  return { from: fromSummary, to: toSummary, diff: diffDocuments(before, after, locale) };
}
