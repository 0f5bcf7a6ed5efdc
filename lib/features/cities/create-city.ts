import "server-only";
import { getPool } from "@/lib/kernel/db/pool";
import { ValidationError } from "@/lib/kernel/errors";
import { provisionCity, type TCityCreate } from "@/lib/kernel/tenancy/provision-city";

export interface CreatedCity {
  cityId: string;
  slug: string;
  /** Token of the first admin's "set your password" link; absent when they already have a password. */
  adminPasswordToken?: string;
}

/**
 * Provision a new city from the platform admin area. provisionCity is idempotent (a second run
 * with the same slug changes nothing), which is right for scripts; here a slug that exists is a
 * mistake the admin must see next to the field.
 */
export async function createCity(input: TCityCreate, actorId: string): Promise<CreatedCity> {
  const result = await provisionCity(getPool(), input, { actorId });
  if (!result.created) throw new ValidationError({ slug: ["admin.validation.slugTaken"] });
  return { cityId: result.cityId, slug: result.slug, adminPasswordToken: result.adminPasswordToken };
}
