import "server-only";
import { controlDb } from "@/lib/db/control";
import type { Commitment } from "@/lib/generated/city/client";
import type { Layer } from "./catalogue/types";
import type { CommitmentStatusValue } from "./schema";

/** A commitment as pages, forms and conflict messages see it: plain data, with the editor's name. */
export interface CommitmentView {
  id: string;
  elementKey: string | null;
  layer: Layer;
  title: string;
  text: string;
  status: CommitmentStatusValue;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
  /** Null when nobody is recorded (provisioning) or the user no longer exists. */
  updatedByName: string | null;
}

/** Editors live in the control schema, so their names are looked up there. */
export async function toCommitmentView(c: Commitment): Promise<CommitmentView> {
  const editor = c.updatedBy
    ? await controlDb().user.findUnique({ where: { id: c.updatedBy }, select: { name: true } })
    : null;
  return {
    id: c.id,
    elementKey: c.elementKey,
    layer: c.layer,
    title: c.title,
    text: c.text,
    status: c.status,
    version: c.version,
    updatedAt: c.updatedAt,
    updatedBy: c.updatedBy,
    updatedByName: editor?.name ?? null,
  };
}
