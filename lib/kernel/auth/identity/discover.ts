import "server-only";
import { log } from "@/lib/kernel/log";

/**
 * Reads a provider's OpenID configuration (`<issuer>/.well-known/openid-configuration`) when an
 * admin saves it, so a typo is caught at once rather than at the first sign-in. Only that one
 * fixed path is fetched, with a timeout and a size cap, and nothing of the answer is shown but
 * whether it fits.
 */
export type Discovery = { ok: true; issuer: string } | { ok: false; problem: "unreachable" | "not_oidc" | "issuer_mismatch"; found?: string };

const TIMEOUT_MS = 5000;
const MAX_BYTES = 256 * 1024;

export function discoveryUrl(issuer: string): string {
  return `${issuer}${issuer.endsWith("/") ? "" : "/"}.well-known/openid-configuration`;
}

export async function discover(issuer: string): Promise<Discovery> {
  let body: unknown;
  try {
    const res = await fetch(discoveryUrl(issuer), { redirect: "error", signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: "application/json" } });
    if (!res.ok) return { ok: false, problem: "unreachable" };
    const text = await res.text();
    if (text.length > MAX_BYTES) return { ok: false, problem: "not_oidc" };
    body = JSON.parse(text);
  } catch (err) {
    log("info", "identity provider discovery failed", { issuer, err: String(err) });
    return { ok: false, problem: "unreachable" };
  }
  const doc = body as Record<string, unknown>;
  const fields = ["issuer", "authorization_endpoint", "token_endpoint", "jwks_uri"];
  if (!doc || typeof doc !== "object" || fields.some((f) => typeof doc[f] !== "string")) return { ok: false, problem: "not_oidc" };
  const found = doc.issuer as string;
  // "https://idp/realm" and "https://idp/realm/" are the same to a person, not to a token check:
  // store what the provider itself says.
  if (found === issuer || found.replace(/\/+$/, "") === issuer.replace(/\/+$/, "")) return { ok: true, issuer: found };
  return { ok: false, problem: "issuer_mismatch", found };
}
