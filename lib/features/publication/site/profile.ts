/**
 * The city's public profile (city table PublicProfile, one row id = 1): the texts, contacts,
 * accessibility statement and data licence of its public pages. Saving it changes nothing on the
 * public pages until the city publishes (./publish-city.ts).
 */
import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction, type CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { ConflictError } from "@/lib/kernel/errors";
import type { PublicProfile } from "@/lib/generated/city/client";
import { DATA_LICENCES, type DataLicence, type TPublicProfile } from "./schema";
import { isoDate } from "@/lib/kernel/dates";

export type PublicProfileView = TPublicProfile & { updatedAt: string | null; updatedBy: string | null };

const EMPTY: PublicProfileView = {
  introNl: "",
  introEn: "",
  takePartNl: "",
  takePartEn: "",
  contactEmail: "",
  ombudsName: "",
  ombudsUrl: "",
  ombudsEmail: "",
  ombudsPhone: "",
  accessibilityStatus: "partial",
  accessibilityIssuesNl: "",
  accessibilityIssuesEn: "",
  accessibilityContact: "",
  accessibilityReviewedOn: "",
  dataLicence: "CC-BY-4.0",
  version: 0,
  updatedAt: null,
  updatedBy: null,
};

export function toProfileView(row: PublicProfile | null): PublicProfileView {
  if (!row) return { ...EMPTY };
  return {
    introNl: row.introNl,
    introEn: row.introEn,
    takePartNl: row.takePartNl,
    takePartEn: row.takePartEn,
    contactEmail: row.contactEmail,
    ombudsName: row.ombudsName,
    ombudsUrl: row.ombudsUrl,
    ombudsEmail: row.ombudsEmail,
    ombudsPhone: row.ombudsPhone,
    accessibilityStatus: row.accessibilityStatus,
    accessibilityIssuesNl: row.accessibilityIssuesNl,
    accessibilityIssuesEn: row.accessibilityIssuesEn,
    accessibilityContact: row.accessibilityContact,
    accessibilityReviewedOn: row.accessibilityReviewedOn ? isoDate(row.accessibilityReviewedOn) : "",
    dataLicence: (DATA_LICENCES as readonly string[]).includes(row.dataLicence) ? (row.dataLicence as DataLicence) : "CC-BY-4.0",
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export async function getPublicProfile(db: CityDb | CityTx): Promise<PublicProfileView> {
  return toProfileView(await db.publicProfile.findUnique({ where: { id: 1 } }));
}

/** The stored columns of an input (extra keys, e.g. of a view passed back in, are ignored). */
function data(input: TPublicProfile) {
  return {
    introNl: input.introNl,
    introEn: input.introEn,
    takePartNl: input.takePartNl,
    takePartEn: input.takePartEn,
    contactEmail: input.contactEmail,
    ombudsName: input.ombudsName,
    ombudsUrl: input.ombudsUrl,
    ombudsEmail: input.ombudsEmail,
    ombudsPhone: input.ombudsPhone,
    accessibilityStatus: input.accessibilityStatus,
    accessibilityIssuesNl: input.accessibilityIssuesNl,
    accessibilityIssuesEn: input.accessibilityIssuesEn,
    accessibilityContact: input.accessibilityContact,
    accessibilityReviewedOn: input.accessibilityReviewedOn ? new Date(`${input.accessibilityReviewedOn}T00:00:00Z`) : null,
    dataLicence: input.dataLicence,
  };
}

/**
 * Saves the profile if nobody saved it since the form was loaded (`version`; 0 = never saved).
 * A stale version throws ConflictError carrying what is stored now. Audited.
 */
export async function savePublicProfile(scope: CityScope, input: TPublicProfile): Promise<PublicProfileView> {
  return auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await tx.publicProfile.findUnique({ where: { id: 1 } });
    if ((before?.version ?? 0) !== input.version) throw new ConflictError(toProfileView(before));
    if (!before) {
      // Two first saves at once: the primary key keeps the second from inserting (no error, count 0).
      const { count } = await tx.publicProfile.createMany({
        data: [{ id: 1, ...data(input), createdBy: scope.actor.id, updatedBy: scope.actor.id }],
        skipDuplicates: true,
      });
      if (count === 0) throw new ConflictError(toProfileView(await tx.publicProfile.findUnique({ where: { id: 1 } })));
      const created = await tx.publicProfile.findUniqueOrThrow({ where: { id: 1 } });
      await audit({ action: "create", entity: "PublicProfile", entityId: "1", after: created });
      return toProfileView(created);
    }
    const { count } = await tx.publicProfile.updateMany({
      where: { id: 1, version: input.version },
      data: { ...data(input), updatedBy: scope.actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(toProfileView(await tx.publicProfile.findUnique({ where: { id: 1 } })));
    const after = await tx.publicProfile.findUniqueOrThrow({ where: { id: 1 } });
    await audit({ action: "update", entity: "PublicProfile", entityId: "1", before, after });
    return toProfileView(after);
  });
}
