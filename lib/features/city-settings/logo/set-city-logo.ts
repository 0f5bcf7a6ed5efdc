/**
 * Changing the city's logo: upload (checked by its bytes, ./image-header.ts) and removal, each in
 * one transaction with its entry in the city's audit log, then a row in the platform audit log.
 * (No "server-only" import: the demo seed gives its cities their logos under plain Node.)
 */
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { controlDb } from "@/lib/kernel/db/control";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/kernel/errors";
import { deleteStoredFile, putStoredFile } from "@/lib/kernel/storage/stored-files";
import { checkSlug } from "@/lib/kernel/tenancy/schema-name";
import { systemCityScope, type CityScope } from "@/lib/kernel/tenancy/city-scope";
import { currentLogo, LOGO_KEY, logoView, type CityLogo, type CityLogoView } from "./current-logo";
import { checkLogoImage, LOGO_FORMATS, type LogoProblem } from "./image-header";
import type { TLogoFile, TLogoRemove } from "./schema";

const PROBLEM_KEYS = {
  empty: "settings.logo.validation.empty",
  tooLarge: "settings.logo.validation.tooLarge",
  svg: "settings.logo.validation.svg",
  notImage: "settings.logo.validation.notImage",
  damaged: "settings.logo.validation.damaged",
  tooManyPixels: "settings.logo.validation.tooManyPixels",
} as const satisfies Record<LogoProblem, string>;

/** The platform admin's scope on the provisioned city with this slug (they need not be a member; a city admin's is `cityScope`). */
export async function platformLogoScope(slug: string, actorId: string): Promise<CityScope> {
  if (!checkSlug(slug).ok) throw new NotFoundError();
  const city = await controlDb().city.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, defaultLocale: true, locales: true, schemaName: true, provisionedAt: true },
  });
  if (!city?.provisionedAt) throw new NotFoundError();
  return systemCityScope(city, "platform-admin", { id: actorId });
}

const described = (logo: CityLogo | null, size?: { width: number; height: number }) =>
  logo ? { sha256: logo.sha256, mimeType: logo.mimeType, bytes: logo.size, ...size } : null;

/**
 * The city's audit log has the change with the bytes (same transaction); the platform audit log
 * gets a row as well, so the platform admin's page lists logo changes with the other settings
 * changes of the city (lib/features/city-settings/update-city-settings.ts writes only there).
 */
async function platformAudit(scope: CityScope, action: "city.logo.update" | "city.logo.remove", details: Record<string, unknown>) {
  await controlDb().platformAuditLog.create({
    data: { actorId: scope.actor.id, action, cityId: scope.city.id, target: scope.city.slug, details: JSON.parse(JSON.stringify(details)) },
  });
}

/** Checks the upload by its bytes and makes it the city's logo, replacing the one before. */
export async function setCityLogo(scope: CityScope, input: TLogoFile): Promise<CityLogoView> {
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const check = checkLogoImage(bytes);
  if (!check.ok) throw new ValidationError({ file: [PROBLEM_KEYS[check.problem]] });
  const size = { width: check.width, height: check.height };
  const { before, after } = await auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await currentLogo(tx);
    // Our name and MIME type for the format found in the bytes, never the browser's.
    const stored = await putStoredFile(tx, {
      purpose: "logo",
      key: LOGO_KEY,
      name: `logo.${LOGO_FORMATS[check.format].extension}`,
      mimeType: check.mimeType,
      bytes,
      createdBy: scope.actor.id,
    });
    const after: CityLogo = { sha256: stored.sha256, mimeType: stored.mimeType, size: stored.size, createdAt: stored.createdAt };
    await audit({ action: before ? "update" : "create", entity: "CityLogo", entityId: LOGO_KEY, before: described(before), after: described(after, size) });
    return { before, after };
  });
  await platformAudit(scope, "city.logo.update", { before: described(before), after: described(after, size) });
  return logoView(scope.city.slug, after);
}

/**
 * Removes the logo the person saw (by its hash). Already gone: nothing to do. Replaced meanwhile
 * by someone else: a conflict carrying the logo there is now, which stays.
 */
export async function removeCityLogo(scope: CityScope, input: TLogoRemove): Promise<{ removed: boolean }> {
  const removed = await auditedTransaction(scope.db, scope.actor.id, async (tx, audit) => {
    const before = await currentLogo(tx);
    if (!before) return null;
    // The hash in the delete's condition too: an upload committing in between is never removed.
    const count = before.sha256 === input.sha256 ? await deleteStoredFile(tx, { key: LOGO_KEY }, { sha256: input.sha256 }) : 0;
    if (count === 0) {
      const now = await currentLogo(tx);
      if (!now) return null;
      throw new ConflictError(logoView(scope.city.slug, now), "settings.logo.changedMeanwhile");
    }
    await audit({ action: "delete", entity: "CityLogo", entityId: LOGO_KEY, before: described(before) });
    return before;
  });
  if (removed) await platformAudit(scope, "city.logo.remove", { before: described(removed), after: null });
  return { removed: !!removed };
}
