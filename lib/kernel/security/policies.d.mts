/** Types of ./policies.mjs (plain JavaScript: next.config.js and the HTTP server import it too). */
export function signedInPolicy(nonce: string, opts?: { dev?: boolean }): string;
export function publicPolicy(opts?: { dev?: boolean }): string;
export const PERMISSIONS_POLICY: string;
export function strictTransportSecurity(publicUrl: string | undefined | null): string | null;
