import "server-only";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { controlDb } from "@/lib/kernel/db/control";
import { ConflictError, NotFoundError } from "@/lib/kernel/errors";
import type { TCitySettings } from "./schema";
import { toSettingsView, type CitySettingsView } from "./settings-view";

const audited = (v: CitySettingsView) => ({
  name: v.name,
  locales: v.locales,
  defaultLocale: v.defaultLocale,
  brandColor: v.brandColor,
  updateIntervalDays: v.updateIntervalDays,
  fourEyesApproval: v.fourEyesApproval,
  version: v.version,
});

/**
 * Saves a city's name, languages, brand colour, update interval and four-eyes approval in the control schema, if nobody changed
 * the city since the form was loaded (City.version). Platform actions (suspend, reactivate) bump
 * the same version, so a form loaded before them is refused too rather than overwriting blindly.
 * The change and its PlatformAuditLog row commit together.
 */
export async function updateCitySettings(scope: CityScope, input: TCitySettings): Promise<CitySettingsView> {
  // The default language first: the public site and the redirect of /<city> read it from here too.
  const locales = [input.defaultLocale, ...input.locales.filter((l) => l !== input.defaultLocale)];
  return controlDb().$transaction(async (tx) => {
    const before = await tx.city.findUnique({ where: { id: scope.city.id } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError(toSettingsView(before));
    const { count } = await tx.city.updateMany({
      where: { id: scope.city.id, version: input.version },
      data: {
        name: input.name,
        locales,
        defaultLocale: input.defaultLocale,
        brandColor: input.brandColor.toLowerCase(),
        ...(input.updateIntervalDays !== undefined ? { updateIntervalDays: input.updateIntervalDays } : {}),
        ...(input.fourEyesApproval !== undefined ? { fourEyesApproval: input.fourEyesApproval } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError(toSettingsView(await tx.city.findUniqueOrThrow({ where: { id: scope.city.id } })));
    const after = await tx.city.findUniqueOrThrow({ where: { id: scope.city.id } });
    await tx.platformAuditLog.create({
      data: {
        actorId: scope.actor.id,
        action: "city.settings.update",
        cityId: scope.city.id,
        target: after.slug,
        details: { before: audited(toSettingsView(before)), after: audited(toSettingsView(after)) },
      },
    });
    return toSettingsView(after);
  });
}
