import { controlDb } from "@/lib/kernel/db/control";

/**
 * Whether the city wants four eyes on its decisions (City.fourEyesApproval, on by default): a
 * report's approval and a declaration's adoption are recorded by someone other than the person
 * who submitted them. Read inside the write, so a change of the setting applies at once.
 */
export async function fourEyesApproval(cityId: string): Promise<boolean> {
  const city = await controlDb().city.findUnique({ where: { id: cityId }, select: { fourEyesApproval: true } });
  return city?.fourEyesApproval ?? true;
}
