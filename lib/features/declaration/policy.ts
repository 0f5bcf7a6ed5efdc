import type { Role } from "@/lib/generated/control/enums";
import type { DeclarationStatus } from "@/lib/generated/city/enums";

/**
 * The declaration's state rules (its statuses are listed in ./schema.ts): which moves exist, which
 * statuses can still be edited, and who sees a declaration in which status. Moves are recorded by officers and city admins (capability
 * declaration.edit): the council adopts in its own meeting and Charta records that decision with
 * its date, resolution reference and vote — so council members need no write role here.
 */

export const TRANSITIONS: Readonly<Record<DeclarationStatus, readonly DeclarationStatus[]>> = {
  // A declaration is consulted on before it goes to the council.
  draft: ["consultation"],
  // Closing a consultation sends it to the council, or back to drafting for a larger rewrite.
  consultation: ["proposed", "draft"],
  // The council adopts it, or sends it back.
  proposed: ["adopted", "draft"],
  adopted: ["published"],
  published: [],
};

export const canMove = (from: DeclarationStatus, to: DeclarationStatus) => TRANSITIONS[from].includes(to);

/** Adopted text is frozen: changing it starts an amendment (a new declaration). */
export const isFrozen = (status: DeclarationStatus) => status === "adopted" || status === "published";

export const isInForce = (status: DeclarationStatus) => isFrozen(status);

/**
 * Advisory council members see a draft from its consultation on. Council members see it from the
 * first draft: the guide asks to involve elected representatives early, and they may comment.
 */
export function canSee(role: Role, status: DeclarationStatus): boolean {
  if (role === "advisory_member") return status !== "draft";
  return true;
}
