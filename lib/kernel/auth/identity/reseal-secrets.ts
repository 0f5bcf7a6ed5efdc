// No "server-only" marker: scripts/reencrypt-secrets.ts (plain Node) runs this.
import { sealedWithOldKey } from "@/lib/kernel/crypto/secret-box";
import { controlDb } from "@/lib/kernel/db/control";
import { openClientSecret, sealClientSecret } from "./provider-secret";

/**
 * After a key rotation (docs/operations.md): seals every stored client secret again with the
 * current CHARTA_ENCRYPTION_KEY. Secrets sealed with a key in CHARTA_ENCRYPTION_KEY_PREVIOUS are
 * opened and sealed anew; a row changed meanwhile is left for the next run.
 */
export async function resealSecrets(opts: { cityId?: string } = {}): Promise<{ resealed: number; current: number }> {
  const db = controlDb();
  const rows = await db.identityProvider.findMany({ where: opts.cityId ? { cityId: opts.cityId } : {}, select: { id: true, clientSecretEncrypted: true } });
  let resealed = 0;
  for (const row of rows) {
    if (!sealedWithOldKey(row.clientSecretEncrypted)) continue;
    const fresh = sealClientSecret(row.id, openClientSecret(row.id, row.clientSecretEncrypted));
    const { count } = await db.identityProvider.updateMany({
      where: { id: row.id, clientSecretEncrypted: row.clientSecretEncrypted },
      data: { clientSecretEncrypted: fresh },
    });
    resealed += count;
  }
  return { resealed, current: rows.length - resealed };
}
