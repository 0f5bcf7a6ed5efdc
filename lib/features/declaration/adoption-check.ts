import type { CityDb } from "@/lib/kernel/db/city-clients";
import { userNames } from "@/lib/kernel/records/people";
import { fourEyesApproval } from "@/lib/features/city-settings/four-eyes";
import type { DeclarationDoc } from "./document-schema";
import { mayRecordAdoption, missingPassages, type MissingPassage } from "./policy";

/**
 * What the page shows before anyone records a proposed declaration's adoption: the articles not
 * written yet, who proposed it, and whether this person may record it (four-eyes). The same
 * rules as the write (transition-declaration.ts), read up front.
 */
export async function adoptionCheck(
  db: CityDb,
  declaration: { id: string; currentVersion: number },
  viewer: { id: string; cityId: string },
): Promise<{ missing: MissingPassage[]; proposedByName: string | null; blocked: boolean }> {
  const [text, proposal, fourEyes] = await Promise.all([
    db.declarationVersion.findFirst({ where: { declarationId: declaration.id, number: declaration.currentVersion }, select: { content: true } }),
    db.declarationTransition.findFirst({ where: { declarationId: declaration.id, toStatus: "proposed" }, orderBy: { at: "desc" }, select: { byId: true } }),
    fourEyesApproval(viewer.cityId),
  ]);
  const by = proposal?.byId ?? null;
  const names = await userNames(by ? [by] : []);
  return {
    missing: missingPassages((text?.content as DeclarationDoc | undefined) ?? null),
    proposedByName: by ? (names.get(by) ?? null) : null,
    blocked: !mayRecordAdoption(fourEyes, by, viewer.id),
  };
}
