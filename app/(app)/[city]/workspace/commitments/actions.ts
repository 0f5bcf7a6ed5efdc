"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { cityScope } from "@/lib/kernel/tenancy/city-scope";
import { createCommitment } from "@/lib/features/commitments/create-commitment";
import { addEvidenceFile, addEvidenceLink, deleteEvidence } from "@/lib/features/commitments/evidence";
import { ZEvidenceDelete, ZEvidenceLink, ZEvidenceUpload } from "@/lib/features/commitments/evidence-schema";
import { ZCommitmentCreate, ZCommitmentEdit } from "@/lib/features/commitments/schema";
import { updateCommitment } from "@/lib/features/commitments/update-commitment";

// Statuses and counts show on the overview, the framework page and the dashboards: refresh them all.
const workspace = (slug: string) => revalidatePath(`/${slug}/workspace`, "layout");

/** Saves an edit; a change of status, progress or maturity is added to the history with its note. A stale version answers "conflict" with what is stored now. */
export const updateCommitmentAction = cityAction({ name: "commitments.update", capability: "commitment.edit", input: ZCommitmentEdit }, async (ctx, input) => {
  const saved = await updateCommitment(cityScope(ctx), input);
  workspace(ctx.city.slug);
  return saved;
});

/** Adds a commitment of the city's own under a layer; its page holds the rest. */
export const createCommitmentAction = cityAction(
  { name: "commitments.create", capability: "commitment.edit", input: ZCommitmentCreate },
  async (ctx, input) => {
    const created = await createCommitment(cityScope(ctx), input);
    workspace(ctx.city.slug);
    return created;
  },
);

export const addEvidenceLinkAction = cityAction(
  { name: "commitments.evidence.addLink", capability: "commitment.edit", input: ZEvidenceLink },
  async (ctx, input) => {
    const added = await addEvidenceLink(cityScope(ctx), input);
    workspace(ctx.city.slug);
    return added;
  },
);

/** Receives FormData {commitmentId, title, file}; the file is checked by size, extension and content before it is stored. */
export const uploadEvidenceAction = cityAction(
  { name: "commitments.evidence.upload", capability: "commitment.edit", input: ZEvidenceUpload },
  async (ctx, input) => {
    const added = await addEvidenceFile(cityScope(ctx), input);
    workspace(ctx.city.slug);
    return added;
  },
);

export const deleteEvidenceAction = cityAction(
  { name: "commitments.evidence.delete", capability: "commitment.edit", input: ZEvidenceDelete },
  async (ctx, input) => {
    const deleted = await deleteEvidence(cityScope(ctx), input.id);
    workspace(ctx.city.slug);
    return deleted;
  },
);
