import { z } from "zod";
import { isoDate } from "@/lib/kernel/dates";

/**
 * Schemas of the publishing settings, shared by the forms (zodResolver) and the Server Actions.
 * Messages are keys of lib/features/publication/messages.ts (`publicSite.publishing.validation.*`).
 */

/** Open-data licences a city can choose (SPDX ids); CC BY 4.0 is the default. */
export const DATA_LICENCES = ["CC-BY-4.0", "CC0-1.0", "CC-BY-SA-4.0"] as const;
export type DataLicence = (typeof DATA_LICENCES)[number];

export const ACCESSIBILITY_STATUSES = ["full", "partial", "none"] as const;
export type AccessibilityStatusValue = (typeof ACCESSIBILITY_STATUSES)[number];

export const PROFILE_TEXT_MAX = 5000;
export const PUBLICATION_NOTE_MAX = 500;

const V = "publicSite.publishing.validation";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDateOrEmpty(s: string): boolean {
  if (s === "") return true;
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDate(d) === s;
}

const longText = z
  .string()
  .trim()
  .max(PROFILE_TEXT_MAX, { error: `${V}.textTooLong` });
const shortText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${V}.textTooLong` });
const emailOrEmpty = z
  .string()
  .trim()
  .max(254, { error: `${V}.emailInvalid` })
  .refine((s) => s === "" || z.email().safeParse(s).success, { error: `${V}.emailInvalid` });
const httpsUrlOrEmpty = z
  .string()
  .trim()
  .max(2000, { error: `${V}.urlInvalid` })
  .refine((u) => u === "" || (URL.canParse(u) && ["https:", "http:"].includes(new URL(u).protocol)), { error: `${V}.urlInvalid` });

/** The city's public profile: texts of the public pages, contacts, accessibility statement, licence. */
export const ZPublicProfile = z
  .object({
    introNl: longText,
    introEn: longText,
    takePartNl: longText,
    takePartEn: longText,
    contactEmail: emailOrEmpty,
    ombudsName: shortText(200),
    ombudsUrl: httpsUrlOrEmpty,
    ombudsEmail: emailOrEmpty,
    ombudsPhone: shortText(50),
    accessibilityStatus: z.enum(ACCESSIBILITY_STATUSES, { error: `${V}.statusInvalid` }),
    accessibilityIssuesNl: longText,
    accessibilityIssuesEn: longText,
    /** An e-mail address or a web address where people report accessibility problems. */
    accessibilityContact: shortText(300),
    accessibilityReviewedOn: z.string().refine(isDateOrEmpty, { error: `${V}.dateInvalid` }),
    dataLicence: z.enum(DATA_LICENCES, { error: `${V}.licenceInvalid` }),
    /** 0: no profile saved yet. */
    version: z
      .number({ error: `${V}.versionInvalid` })
      .int()
      .min(0, { error: `${V}.versionInvalid` }),
  })
  // Contact details of an office without its name would show nothing on the public pages.
  .refine((v) => v.ombudsName !== "" || (v.ombudsUrl === "" && v.ombudsEmail === "" && v.ombudsPhone === ""), {
    path: ["ombudsName"],
    error: `${V}.ombudsNameRequired`,
  });
export type TPublicProfile = z.infer<typeof ZPublicProfile>;

export const ZSetCommitmentPublic = z.object({
  id: z.uuid({ error: `${V}.idInvalid` }),
  isPublic: z.boolean({ error: `${V}.flagInvalid` }),
});
export type TSetCommitmentPublic = z.infer<typeof ZSetCommitmentPublic>;

export const ZSetAllPublic = z.object({ isPublic: z.boolean({ error: `${V}.flagInvalid` }) });
export type TSetAllPublic = z.infer<typeof ZSetAllPublic>;

export const ZPublish = z.object({
  note: z
    .string()
    .trim()
    .max(PUBLICATION_NOTE_MAX, { error: `${V}.noteTooLong` }),
  /** Publish public commitments whose status their progress contradicts as they are (contradictions.ts). */
  keepContradictions: z.boolean().optional(),
});
export type TPublish = z.infer<typeof ZPublish>;
