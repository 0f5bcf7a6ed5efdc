/**
 * People's names. Users live in the control schema, a city's records hold only their ids: one
 * query for all the names a page, a document or a mail shows. An id that finds no one (a deleted
 * account) is simply absent from the map; the caller then shows its own "a former member" in the
 * reader's language (`nameOr`). (No "server-only" import: the demo seed runs under plain Node.)
 */
import { controlDb } from "@/lib/kernel/db/control";

/**
 * user id → display name. `orEmail`: a user without a name shows as their email address (for the
 * platform's and the city's officers, who know each other by it); otherwise the name as stored.
 */
export async function userNames(ids: Iterable<string | null | undefined>, opts: { orEmail?: boolean } = {}): Promise<Map<string, string>> {
  const unique = [...new Set([...ids].filter((id): id is string => !!id))];
  if (unique.length === 0) return new Map();
  const users = await controlDb().user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true, email: true } });
  return new Map(users.map((u) => [u.id, opts.orEmail ? u.name || u.email : u.name]));
}

/** The name to show for `id`: the person's, or `formerMember` when there is none (no id, no such user, no name). */
export function nameOr(names: ReadonlyMap<string, string>, id: string | null | undefined, formerMember: string): string {
  return (id && names.get(id)) || formerMember;
}
