import "server-only";
import { controlDb } from "@/lib/kernel/db/control";
import { NotFoundError } from "@/lib/kernel/errors";

/** For the platform admin's provider actions: the provisioned city with this slug. */
export async function provisionedCityId(slug: string): Promise<string> {
  const city = await controlDb().city.findUnique({ where: { slug }, select: { id: true, provisionedAt: true } });
  if (!city?.provisionedAt) throw new NotFoundError();
  return city.id;
}
