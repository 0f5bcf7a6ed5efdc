/**
 * A city restored onto an installation that does not know it brings its members along. An
 * account whose email already exists here is LINKED, never changed: a backup cannot set the
 * password, name or rights of an existing account (a crafted file naming the platform admin's
 * email gets nothing but a membership of the city it restores). A new account is created with
 * the backup's name, language, disabled flag and — when the backup carries it — password hash;
 * never as a platform admin. User ids differ between installations, so the result maps each
 * backup user id to the id it has here; the city's rows are rewritten with that map.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { FIRST_PASSWORD_TTL_MS, newToken } from "@/lib/kernel/auth/tokens";
import type { BackupMember } from "./format";

export interface RestoredMembers {
  /** Backup user id → this installation's user id, for the ids that differ. */
  idMap: Map<string, string>;
  created: string[];
  linked: string[];
  /** New accounts without a password: a "set your password" link each (token valid a week). */
  passwordLinks: { email: string; token: string }[];
}

export async function restoreMembers(client: pg.ClientBase, cityId: string, members: BackupMember[]): Promise<RestoredMembers> {
  const result: RestoredMembers = { idMap: new Map(), created: [], linked: [], passwordLinks: [] };
  for (const m of members) {
    const email = m.email.toLowerCase();
    const found = await client.query<{ id: string }>(`SELECT id FROM "control"."User" WHERE email = $1`, [email]);
    let userId = found.rows[0]?.id;
    if (userId) {
      result.linked.push(email);
    } else {
      const idTaken = (await client.query(`SELECT 1 FROM "control"."User" WHERE id = $1`, [m.userId])).rowCount;
      userId = idTaken ? randomUUID() : m.userId;
      await client.query(
        `INSERT INTO "control"."User" (id, email, name, "passwordHash", locale, disabled, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())`,
        [userId, email, m.name, m.passwordHash, m.locale, m.disabled],
      );
      result.created.push(email);
      if (!m.passwordHash && !m.disabled) {
        const { token, hash } = newToken();
        await client.query(`INSERT INTO "control"."PasswordReset" (id, "userId", "tokenHash", "expiresAt") VALUES ($1, $2, $3, $4)`, [
          randomUUID(),
          userId,
          hash,
          new Date(Date.now() + FIRST_PASSWORD_TTL_MS),
        ]);
        result.passwordLinks.push({ email, token });
      }
    }
    await client.query(
      `INSERT INTO "control"."Membership" (id, "userId", "cityId", role, "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4::"control"."Role", $5, now()) ON CONFLICT ("userId", "cityId") DO NOTHING`,
      [randomUUID(), userId, cityId, m.role, m.createdAt],
    );
    if (userId !== m.userId) result.idMap.set(m.userId, userId);
  }
  return result;
}

/** Rewrites every backup user id that differs here, wherever it appears in a line of rows. */
export function idRewriter(idMap: Map<string, string>): (text: string) => string {
  if (!idMap.size) return (text) => text;
  // UUIDs are random and unique across every table, so a user's id in any column — createdBy,
  // ownerId, mentions[], an audit entry's JSON — is that user, and nothing else matches it.
  const pattern = new RegExp([...idMap.keys()].join("|"), "g");
  return (text) => text.replace(pattern, (id) => idMap.get(id)!);
}
