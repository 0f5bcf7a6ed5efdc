import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { log } from "@/lib/kernel/log";
import { resolveOidcSignIn, type OidcSignIn } from "@/lib/kernel/auth/identity/resolve-oidc-sign-in";
import { nextAuthProvider, type OidcClaims, type SignInProvider } from "@/lib/kernel/auth/identity/sign-in-provider";
import type { SignInIntent } from "@/lib/kernel/auth/identity/sign-in-intent";
import { nextAuthProviderId } from "@/lib/kernel/auth/identity/redirect-uri";
import { authorizeCredentials, type AuthorizedUser } from "./authorize-credentials";
import { throttledErrorCode } from "./login-error";
import { authSecret } from "./secret";
import { userForSession } from "./session-check";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    /** The city a sign-in through that city's identity provider is limited to. */
    cs?: string;
  }
}

/** Officers and admins hold a session for at most 12 hours without using it. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;
const SESSION_UPDATE_AGE_S = 60 * 60;

/** For start-up checks: throws the same clear error as first use would. */
export function assertAuthConfigured(): void {
  authSecret();
}

/** Thrown by the jwt callback for a session that was ended; next-auth then clears the cookie. */
class SessionRevokedError extends Error {
  constructor() {
    super("SessionRevoked");
    this.name = "SessionRevokedError";
  }
}

/** What one request to next-auth's routes brings along (app/api/auth/[...nextauth]/route.ts). */
export interface AuthRequestContext {
  /** The client address as far as it can be trusted (lib/kernel/net/client-address.ts). */
  address: string | null;
  /** The city provider named by the path (`…/signin/oidc-<id>`, `…/callback/oidc-<id>`), secret opened. */
  provider: SignInProvider | null;
  /** Why the person went to the provider, from the sealed intent cookie (lib/kernel/auth/identity/sign-in-intent.ts). */
  intent: SignInIntent | null;
}

function credentialsProvider(ctx: AuthRequestContext) {
  return CredentialsProvider({
    id: "credentials",
    name: "Email",
    credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
    async authorize(credentials) {
      // The address from the socket and the trusted proxies, never from X-Forwarded-For as sent.
      const result = await authorizeCredentials({ email: credentials?.email, password: credentials?.password, ip: ctx.address });
      if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
      // next-auth carries a thrown message to the sign-in page as `?error=`; lib/kernel/auth/login-error.ts decodes it.
      if (result.reason === "throttled") throw new Error(throttledErrorCode(result.retryAt));
      return null;
    },
  });
}

/**
 * next-auth's options for one request. next-auth 4 takes static options, but its App Router
 * handler accepts them per call, so the providers are built per request: the password form always,
 * and the one city provider the path names (never every city's). The request's sign-in result is
 * kept between the signIn and jwt callbacks of that request.
 */
export function authOptionsFor(ctx: AuthRequestContext): NextAuthOptions {
  const oidcId = ctx.provider ? nextAuthProviderId(ctx.provider.id) : null;
  let oidcResult: Extract<OidcSignIn, { ok: true }> | null = null;

  return {
    secret: authSecret(),
    providers: [credentialsProvider(ctx), ...(ctx.provider ? [nextAuthProvider(ctx.provider)] : [])],
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S, updateAge: SESSION_UPDATE_AGE_S },
    jwt: { maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/login", error: "/login" },
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider === "credentials") return true;
        if (!ctx.provider || account?.provider !== oidcId) return false;
        const result = await resolveOidcSignIn({ provider: ctx.provider, claims: (profile ?? {}) as OidcClaims, intent: ctx.intent, address: ctx.address });
        if (!result.ok) return false;
        oidcResult = result;
        return true;
      },
      async jwt({ token, user, account }) {
        if (account?.provider === "credentials" && user) {
          const u = user as unknown as AuthorizedUser;
          return { ...token, uid: u.id, sv: u.sessionVersion };
        }
        if (account && oidcId && account.provider === oidcId && oidcResult) {
          // The provider's subject is not Charta's user id: bind the session to the matched account and city.
          const u = oidcResult.user;
          return { ...token, sub: u.id, uid: u.id, sv: u.sessionVersion, cs: oidcResult.cityId, email: u.email, name: u.name, picture: null };
        }
        if (account) throw new Error("AccessDenied");
        // Every later use (the /api/auth/session endpoint): a session that was ended — sign-out
        // elsewhere, password change or reset, role removal, disabled — gets nothing and is not
        // renewed; next-auth answers {} and clears the cookie.
        if (!(await userForSession(token))) throw new SessionRevokedError();
        return token;
      },
      async session({ session }) {
        // Name, email and expiry only: the session endpoint is readable by any script on the page.
        return { expires: session.expires, user: { name: session.user?.name ?? null, email: session.user?.email ?? null } };
      },
      async redirect({ url, baseUrl }) {
        if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
        try {
          if (new URL(url).origin === new URL(baseUrl).origin) return url;
        } catch {
          // not a URL: fall through to the home page
        }
        return baseUrl;
      },
    },
    logger: {
      error(code, metadata) {
        const err = metadata as unknown as { name?: string; error?: { name?: string } } | undefined;
        if (err?.name === "SessionRevokedError" || err?.error?.name === "SessionRevokedError") {
          log("info", "ended session refused at the session endpoint");
          return;
        }
        log("error", `next-auth: ${code}`, { metadata });
      },
      warn(code) {
        log("warn", `next-auth: ${code}`);
      },
      debug(code, metadata) {
        log("debug", `next-auth: ${code}`, { metadata });
      },
    },
  };
}
