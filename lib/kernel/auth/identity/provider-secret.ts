// No "server-only" marker: scripts/reencrypt-secrets.ts (plain Node) runs this.
import { open, seal } from "@/lib/kernel/crypto/secret-box";

/** The client secret is sealed for its own row: a sealed value moved to another provider does not open. */
const context = (providerId: string) => `identity-provider:${providerId}:client-secret`;

export function sealClientSecret(providerId: string, secret: string): string {
  return seal(secret, context(providerId));
}

export function openClientSecret(providerId: string, sealed: string): string {
  return open(sealed, context(providerId));
}
