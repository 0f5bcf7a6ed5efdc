import "server-only";
import { open, seal } from "@/lib/kernel/crypto/secret-box";

/**
 * Why a person goes to a city's identity provider, when it is more than signing in: to accept an
 * invitation, or to connect the provider to the account they are signed in with. Only then may an
 * (issuer, subject) that Charta does not know yet be bound to an account
 * (lib/kernel/auth/identity/resolve-oidc-sign-in.ts). Carried in a sealed, short-lived, HttpOnly cookie set by
 * a Server Action just before the redirect and read by the callback; SameSite=Lax lets it travel
 * on the provider's top-level redirect back.
 */
export type SignInIntent =
  { kind: "invite"; providerId: string; tokenHash: string; exp: number } | { kind: "link"; providerId: string; userId: string; sv: number; exp: number };

export const INTENT_COOKIE = "charta-sign-in-intent";
const TTL_S = 10 * 60;
const CONTEXT = "sign-in-intent";

type NewIntent = { kind: "invite"; providerId: string; tokenHash: string } | { kind: "link"; providerId: string; userId: string; sv: number };

export function sealIntent(intent: NewIntent, now = Date.now()): string {
  return seal(JSON.stringify({ ...intent, exp: now + TTL_S * 1000 }), CONTEXT);
}

export function openIntent(value: string | undefined | null, now = Date.now()): SignInIntent | null {
  if (!value) return null;
  try {
    const intent = JSON.parse(open(value, CONTEXT)) as SignInIntent;
    return typeof intent.exp === "number" && intent.exp > now ? intent : null;
  } catch {
    return null;
  }
}

const secure = () => !!process.env.NEXTAUTH_URL?.startsWith("https://");

/** For cookies().set(): only the callback of next-auth reads it. */
export function intentCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, secure: secure(), path: "/api/auth/callback", maxAge: TTL_S };
}

/** A Set-Cookie header value that removes it (the callback spends it, success or not). */
export function clearedIntentCookie(): string {
  return `${INTENT_COOKIE}=; Path=/api/auth/callback; Max-Age=0; HttpOnly; SameSite=Lax${secure() ? "; Secure" : ""}`;
}
