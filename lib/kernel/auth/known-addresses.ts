import "server-only";
import { controlDb } from "@/lib/kernel/db/control";

/**
 * Addresses a user signed in from, or completed a password reset from, in the last 90 days.
 * Attempts from them skip the per-account delay (lib/kernel/auth/sign-in-limits.ts): an attacker
 * elsewhere can slow the account down for everyone else, but not for its owner at their desk.
 */
export const KNOWN_ADDRESS_TTL_MS = 90 * 24 * 60 * 60 * 1000;

const NO_USER = "00000000-0000-0000-0000-000000000000";

export async function isKnownAddress(userId: string | null | undefined, address: string | null, now = new Date()): Promise<boolean> {
  if (!address) return false;
  // The same query for an unknown account: the answer's timing must not tell which addresses have one.
  const row = await controlDb().knownSignInAddress.findUnique({
    where: { userId_address: { userId: userId ?? NO_USER, address } },
    select: { lastSeenAt: true },
  });
  return !!row && row.lastSeenAt.getTime() > now.getTime() - KNOWN_ADDRESS_TTL_MS;
}

export async function rememberAddress(userId: string, address: string | null, now = new Date()): Promise<void> {
  if (!address) return;
  const db = controlDb();
  await db.knownSignInAddress.upsert({
    where: { userId_address: { userId, address } },
    create: { userId, address, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
  await db.knownSignInAddress.deleteMany({ where: { userId, lastSeenAt: { lt: new Date(now.getTime() - KNOWN_ADDRESS_TTL_MS) } } });
}
