/**
 * Input schemas of the platform admin area, shared by the forms (zodResolver) and the Server
 * Actions. Client-safe on purpose: the provisioning module (lib/kernel/tenancy/provision-city.ts) pulls
 * in pg and the migration runner, so the browser cannot import its ZCityCreate. ZCityCreateForm
 * accepts nothing ZCityCreate refuses (tests/integration/platform-admin.test.ts checks both on the
 * same inputs), and provisionCity parses again with ZCityCreate before it touches the database.
 *
 * Messages are message keys (lib/features/cities/messages.ts), translated where they are shown, so one
 * schema serves both languages.
 */
import { z } from "zod";
import type { CityStatus } from "@/lib/generated/control/enums";
import type { Equal, Expect } from "@/lib/kernel/type-equal";
import { LOCALES } from "@/lib/kernel/i18n/locales";
import { checkSlug, type SlugProblem } from "@/lib/kernel/tenancy/schema-name";

export const CITY_STATUSES = ["active", "suspended"] as const satisfies readonly CityStatus[];
export type CityStatusValue = (typeof CITY_STATUSES)[number];
type _StatusesCoverEnum = Expect<Equal<CityStatusValue, CityStatus>>;

const SLUG_MESSAGE: Record<SlugProblem, string> = {
  empty: "admin.validation.slugEmpty",
  too_short: "admin.validation.slugTooShort",
  too_long: "admin.validation.slugTooLong",
  charset: "admin.validation.slugCharset",
  reserved: "admin.validation.slugReserved",
};

const ZSlug = z
  .string()
  .trim()
  .superRefine((slug, ctx) => {
    const r = checkSlug(slug);
    if (!r.ok) ctx.addIssue({ code: "custom", message: SLUG_MESSAGE[r.problem] });
  });

export const ZCityCreateForm = z.object({
  slug: ZSlug,
  name: z.string().trim().min(2, "admin.validation.name").max(120, "admin.validation.name"),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, "admin.validation.country")
    .transform((c) => c.toUpperCase()),
  defaultLocale: z.enum(LOCALES, { error: "admin.validation.locale" }),
  adminEmail: z
    .string()
    .trim()
    .pipe(z.email("admin.validation.email"))
    .transform((e) => e.toLowerCase()),
  // An empty field means "no name given" (provisioning then uses the part of the email before @).
  adminName: z
    .string()
    .trim()
    .max(120, "admin.validation.adminName")
    .optional()
    .transform((n) => (n ? n : undefined)),
});
export type TCityCreateFormInput = z.input<typeof ZCityCreateForm>;
export type TCityCreateForm = z.output<typeof ZCityCreateForm>;

export const ZCityStatusChange = z.object({
  slug: ZSlug,
  status: z.enum(CITY_STATUSES, { error: "admin.validation.status" }),
});
export type TCityStatusChange = z.infer<typeof ZCityStatusChange>;

export const ZAppointCityAdmin = z.object({
  slug: ZSlug,
  email: z
    .string()
    .trim()
    .pipe(z.email("admin.validation.email"))
    .transform((e) => e.toLowerCase()),
});
export type TAppointCityAdminInput = z.input<typeof ZAppointCityAdmin>;
export type TAppointCityAdmin = z.output<typeof ZAppointCityAdmin>;
