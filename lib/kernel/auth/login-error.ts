/**
 * next-auth 4 lets a credentials `authorize` only return null ("CredentialsSignin") or throw; the
 * thrown message travels to the sign-in page as `?error=` (or signIn()'s `error`). So the throttle
 * travels as a code with the retry time in it, and the page turns codes into translated messages.
 * Pure: used by the server (to encode) and the sign-in page (to decode).
 */
import type { MessageKey } from "@/lib/kernel/i18n/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";

const THROTTLED_PREFIX = "Throttled:";

export function throttledErrorCode(retryAt: Date): string {
  return `${THROTTLED_PREFIX}${retryAt.getTime()}`;
}

export type LoginError =
  | { kind: "credentials"; messageKey: MessageKey }
  | { kind: "throttled"; messageKey: MessageKey; retryAt: Date }
  | { kind: "refused"; messageKey: MessageKey }
  | { kind: "other"; messageKey: MessageKey };

/** Turns next-auth's error code into what the page shows; null when there is no error. */
export function parseLoginError(code: string | null | undefined): LoginError | null {
  if (!code) return null;
  if (code.startsWith(THROTTLED_PREFIX)) {
    const ms = Number(code.slice(THROTTLED_PREFIX.length));
    if (Number.isFinite(ms) && ms > 0) return { kind: "throttled", messageKey: "auth.errors.throttled", retryAt: new Date(ms) };
  }
  switch (code) {
    case "CredentialsSignin":
      return { kind: "credentials", messageKey: "auth.errors.credentials" };
    // The city's identity provider signed the person in, but Charta refused: that (issuer, subject)
    // is not bound to a member of the city (lib/kernel/auth/identity/resolve-oidc-sign-in.ts).
    case "AccessDenied":
      return { kind: "refused", messageKey: "auth.errors.oidcRefused" };
    case "Configuration":
      return { kind: "other", messageKey: "auth.errors.configuration" };
    default:
      return { kind: "other", messageKey: "auth.errors.generic" };
  }
}

/**
 * The "try again after" time: date, hour and minute with the time zone named, so a page rendered
 * on a server in another zone still tells the truth.
 */
export function formatRetryTime(locale: Locale, at: Date): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(at);
}
