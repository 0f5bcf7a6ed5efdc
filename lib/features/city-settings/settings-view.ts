import type { City } from "@/lib/generated/control/client";
import type { Locale } from "@/lib/kernel/i18n/locales";

/** The settings of a city as the settings form and page see them. */
export interface CitySettingsView {
  name: string;
  locales: Locale[];
  defaultLocale: Locale;
  brandColor: string;
  /** Days without an update before a commitment is stale (reminders). */
  updateIntervalDays: number;
  /** Approval and adoption need a second person. */
  fourEyesApproval: boolean;
  version: number;
  updatedAt: Date;
}

export function toSettingsView(
  city: Pick<City, "name" | "locales" | "defaultLocale" | "brandColor" | "updateIntervalDays" | "fourEyesApproval" | "version" | "updatedAt">,
): CitySettingsView {
  return {
    name: city.name,
    locales: city.locales as Locale[],
    defaultLocale: city.defaultLocale as Locale,
    brandColor: city.brandColor,
    updateIntervalDays: city.updateIntervalDays,
    fourEyesApproval: city.fourEyesApproval,
    version: city.version,
    updatedAt: city.updatedAt,
  };
}
