"use server";

import { revalidatePath } from "next/cache";
import { cityAction } from "@/lib/actions/safe-action";
import { ZCommitmentUpdate } from "@/lib/framework/schema";
import { updateCommitment as saveCommitment } from "@/lib/framework/update-commitment";

/** Saves a commitment's text and status; a stale `version` answers "conflict" with what is stored now. */
export const updateCommitment = cityAction(
  { name: "framework.updateCommitment", capability: "commitment.edit", input: ZCommitmentUpdate },
  async (ctx, input) => {
    const saved = await saveCommitment({ db: ctx.db, actorId: ctx.user.id }, input);
    // The overview counts and the framework list show statuses too.
    revalidatePath(`/${ctx.city.slug}/workspace`, "layout");
    return saved;
  },
);
