import { z } from "zod";
import { LOCALES } from "@/lib/kernel/i18n/locales";
import { MAX_UPDATE_INTERVAL_DAYS, MIN_UPDATE_INTERVAL_DAYS } from "@/lib/features/reminders/stale";
import { contrastWithWhite, HEX_COLOUR, MIN_CONTRAST } from "./contrast";

/**
 * The city settings form, shared by the form (zodResolver) and the action. Messages are keys of
 * lib/features/city-settings/messages.ts; the form translates them.
 */
export const ZCitySettings = z
  .object({
    name: z.string().trim().min(2, { error: "settings.validation.nameTooShort" }).max(120, { error: "settings.validation.nameTooLong" }),
    locales: z
      .array(z.enum(LOCALES, { error: "settings.validation.localeInvalid" }), { error: "settings.validation.localesRequired" })
      .min(1, { error: "settings.validation.localesRequired" }),
    defaultLocale: z.enum(LOCALES, { error: "settings.validation.localeInvalid" }),
    brandColor: z
      .string()
      .trim()
      .regex(HEX_COLOUR, { error: "settings.validation.colourFormat" })
      // White text sits on this colour (accent bar, buttons): below 4.5:1 it fails WCAG 1.4.3.
      .refine((c) => !HEX_COLOUR.test(c) || contrastWithWhite(c) >= MIN_CONTRAST, {
        error: "settings.validation.colourContrast",
      }),
    // Days without an update before a commitment counts as stale (reminders). Optional so that a
    // caller that does not know the field leaves it as it is.
    updateIntervalDays: z
      .number({ error: "settings.validation.intervalInvalid" })
      .int({ error: "settings.validation.intervalInvalid" })
      .min(MIN_UPDATE_INTERVAL_DAYS, { error: "settings.validation.intervalInvalid" })
      .max(MAX_UPDATE_INTERVAL_DAYS, { error: "settings.validation.intervalInvalid" })
      .optional(),
    // Approval and adoption by a second person (lib/features/city-settings/four-eyes.ts). Optional
    // like the interval: a caller that does not know the field leaves it as it is.
    fourEyesApproval: z.boolean().optional(),
    version: z.number({ error: "settings.validation.versionInvalid" }).int().min(1, { error: "settings.validation.versionInvalid" }),
  })
  .refine((v) => v.locales.includes(v.defaultLocale), {
    path: ["defaultLocale"],
    error: "settings.validation.defaultNotEnabled",
  });

export type TCitySettings = z.infer<typeof ZCitySettings>;
export type TCitySettingsInput = z.input<typeof ZCitySettings>;
