import type { Role } from "@/lib/generated/control/enums";
import type { DeclarationStatus } from "@/lib/generated/city/enums";
import type { DeclarationDoc } from "./document-schema";
import { blockText } from "./document-text";

/**
 * The declaration's state rules (its statuses are listed in ./schema.ts): which moves exist, which
 * statuses can still be edited, and who sees a declaration in which status. Moves are recorded by officers and city admins (capability
 * declaration.edit): the council adopts in its own meeting and Charta records that decision with
 * its date, resolution reference and vote — so council members need no write role here. With the
 * city's four-eyes setting, the one who proposed the text does not record its adoption alone.
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

/** An article whose heading has no text under it, or the whole text when there is none. */
export interface MissingPassage {
  /** The article's number; 0 for the text as a whole. */
  article: number;
  title: string;
}

/**
 * What is not written yet in a text about to be adopted: an empty text, an article without a
 * title, or an article with no text under it before the next article or heading. Such a text
 * would be adopted and published half-written; the officer writes it or removes the article.
 */
export function missingPassages(doc: DeclarationDoc | null): MissingPassage[] {
  const blocks = doc?.content ?? [];
  if (!blocks.some((b) => blockText(b).trim() !== "")) return [{ article: 0, title: "" }];
  const missing: MissingPassage[] = [];
  let n = 0;
  blocks.forEach((b, i) => {
    if (b.type !== "article") return;
    n += 1;
    const title = blockText(b).trim();
    const next = blocks.findIndex((x, j) => j > i && (x.type === "article" || x.type === "heading"));
    const body = blocks.slice(i + 1, next === -1 ? undefined : next);
    if (!title || !body.some((x) => blockText(x).trim() !== "")) missing.push({ article: n, title });
  });
  return missing;
}

/**
 * Four-eyes adoption: with the city's setting on, the adoption is recorded by someone other than
 * the person who proposed the text to the council. True when `actorId` may record it.
 */
export const mayRecordAdoption = (fourEyes: boolean, proposedBy: string | null, actorId: string) => !fourEyes || proposedBy !== actorId;
