"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/kernel/action-chain/safe-action";
import { createCommitment as addCommitment } from "@/lib/features/commitments/create-commitment";
import { addEvidenceFile, addEvidenceLink as addLink, deleteEvidence as removeEvidence } from "@/lib/features/commitments/evidence";
import { ZEvidenceDelete, ZEvidenceLink, ZEvidenceUpload } from "@/lib/features/commitments/evidence-schema";
import { ZCommitmentCreate, ZCommitmentEdit } from "@/lib/features/commitments/schema";
import { updateCommitment as saveCommitment } from "@/lib/features/commitments/update-commitment";

// Statuses and counts show on the overview, the framework page and the dashboards: refresh them all.
const workspace = (slug: string) => revalidatePath(`/${slug}/workspace`, "layout");

/** Saves an edit; a change of status, progress or maturity is added to the history with its note. A stale version answers "conflict" with what is stored now. */
export const updateCommitment = cityAction(
  { name: "commitments.update", capability: "commitment.edit", input: ZCommitmentEdit },
  async (ctx, input) => {
    const saved = await saveCommitment({ db: ctx.db, actorId: ctx.user.id, cityId: ctx.city.id }, input);
    workspace(ctx.city.slug);
    return saved;
  },
);

/** Adds a commitment of the city's own under a layer; its page holds the rest. */
export const createCommitment = cityAction(
  { name: "commitments.create", capability: "commitment.edit", input: ZCommitmentCreate },
  async (ctx, input) => {
    const created = await addCommitment({ db: ctx.db, actorId: ctx.user.id }, input);
    workspace(ctx.city.slug);
    return created;
  },
);

export const addEvidenceLink = cityAction(
  { name: "commitments.evidence.addLink", capability: "commitment.edit", input: ZEvidenceLink },
  async (ctx, input) => {
    const added = await addLink({ db: ctx.db, actorId: ctx.user.id }, input);
    workspace(ctx.city.slug);
    return added;
  },
);

/** Receives FormData {commitmentId, title, file}; the file is checked by size, extension and content before it is stored. */
export const uploadEvidence = cityAction(
  { name: "commitments.evidence.upload", capability: "commitment.edit", input: ZEvidenceUpload },
  async (ctx, input) => {
    const added = await addEvidenceFile({ db: ctx.db, actorId: ctx.user.id }, input);
    workspace(ctx.city.slug);
    return added;
  },
);

export const deleteEvidence = cityAction(
  { name: "commitments.evidence.delete", capability: "commitment.edit", input: ZEvidenceDelete },
  async (ctx, input) => {
    const deleted = await removeEvidence({ db: ctx.db, actorId: ctx.user.id }, input.id);
    workspace(ctx.city.slug);
    return deleted;
  },
);
