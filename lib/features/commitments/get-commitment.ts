import "server-only";
import { z } from "zod";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import { toRecord, type CommitmentRecord, type CommitmentRow } from "./records";

/** Editors live in the control schema, so their names are looked up there. */
export async function recordWithEditor(row: CommitmentRow): Promise<CommitmentRecord> {
  const editor = row.updatedBy ? await controlDb().user.findUnique({ where: { id: row.updatedBy }, select: { name: true } }) : null;
  return toRecord(row, editor?.name ?? null);
}

/** One of the city's commitments by id, or null (also for a string that is no id at all). */
export async function getCommitmentById(db: CityDb, id: string): Promise<CommitmentRecord | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.commitment.findUnique({ where: { id } });
  return row ? recordWithEditor(row) : null;
}

/** The city's commitment to one framework element, or null. */
export async function getCommitmentByElement(db: CityDb, elementKey: string): Promise<CommitmentRecord | null> {
  const row = await db.commitment.findUnique({ where: { elementKey } });
  return row ? recordWithEditor(row) : null;
}
