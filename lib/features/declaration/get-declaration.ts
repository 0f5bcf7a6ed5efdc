import { z } from "zod";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { NotFoundError } from "@/lib/kernel/errors";
import type { Declaration } from "@/lib/generated/city/client";
import type { Role } from "@/lib/generated/control/enums";
import type { DeclarationDoc } from "./document-schema";
import { canSee } from "./policy";
import { sanitizeDocument } from "./sanitize-document";
import { userNames } from "@/lib/kernel/records/people";

/** Reading the declaration: always through the viewer's role, so an advisory member never gets a draft. */

export type DeclarationRow = Declaration;

export interface VersionSummary {
  number: number;
  changeNote: string;
  createdAt: Date;
  createdByName: string | null;
  restoredFromNumber: number | null;
  mergedBaseNumber: number | null;
}

export interface VersionView extends VersionSummary {
  content: DeclarationDoc;
}

export interface TransitionView {
  id: string;
  fromStatus: Declaration["status"] | null;
  toStatus: Declaration["status"];
  at: Date;
  byName: string | null;
  note: string;
  details: Record<string, unknown> | null;
}

/**
 * The declaration this viewer works with: the newest one they may see. While an amendment is in
 * draft an advisory member sees the declaration in force instead.
 */
export async function currentDeclaration(db: CityDb, role: Role): Promise<DeclarationRow | null> {
  const rows = await db.declaration.findMany({ orderBy: { createdAt: "desc" }, take: 5 });
  return rows.find((d) => canSee(role, d.status)) ?? null;
}

/** The adopted declaration nobody has amended since (what applies today), or null. */
export async function declarationInForce(db: CityDb): Promise<DeclarationRow | null> {
  return db.declaration.findFirst({ where: { status: { in: ["adopted", "published"] }, supersededAt: null }, orderBy: { createdAt: "desc" } });
}

/** The adopted declaration an amendment changes: what the amendment's page says about it. */
export async function amendedDeclaration(db: CityDb, id: string) {
  return db.declaration.findUnique({ where: { id }, select: { id: true, title: true, adoptedOn: true } });
}

/** A declaration by id for this viewer; another city's id, a malformed id or a draft they may not see: NotFound. */
export async function getDeclaration(db: CityDb, role: Role, id: string): Promise<DeclarationRow> {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const row = await db.declaration.findUnique({ where: { id } });
  if (!row || !canSee(role, row.status)) throw new NotFoundError();
  return row;
}

export async function listVersions(db: CityDb, declarationId: string): Promise<VersionSummary[]> {
  const rows = await db.declarationVersion.findMany({
    where: { declarationId },
    orderBy: { number: "desc" },
    select: { number: true, changeNote: true, createdAt: true, createdBy: true, restoredFromNumber: true, mergedBaseNumber: true },
  });
  const names = await userNames(rows.map((r) => r.createdBy));
  return rows.map(({ createdBy, ...r }) => ({ ...r, createdByName: createdBy ? (names.get(createdBy) ?? null) : null }));
}

/** One version's text (re-sanitized on the way out: a row is trusted no more than a request). */
export async function getVersion(db: CityDb, declarationId: string, number: number): Promise<VersionView | null> {
  const row = await db.declarationVersion.findUnique({ where: { declarationId_number: { declarationId, number } } });
  if (!row) return null;
  const names = await userNames([row.createdBy]);
  return {
    number: row.number,
    changeNote: row.changeNote,
    createdAt: row.createdAt,
    createdByName: row.createdBy ? (names.get(row.createdBy) ?? null) : null,
    restoredFromNumber: row.restoredFromNumber,
    mergedBaseNumber: row.mergedBaseNumber,
    content: sanitizeDocument(row.content),
  };
}

export async function listTransitions(db: CityDb, declarationId: string): Promise<TransitionView[]> {
  const rows = await db.declarationTransition.findMany({ where: { declarationId }, orderBy: { at: "desc" } });
  const names = await userNames(rows.map((r) => r.byId));
  return rows.map((r) => ({
    id: r.id,
    fromStatus: r.fromStatus,
    toStatus: r.toStatus,
    at: r.at,
    byName: r.byId ? (names.get(r.byId) ?? null) : null,
    note: r.note,
    details: (r.details as Record<string, unknown> | null) ?? null,
  }));
}
