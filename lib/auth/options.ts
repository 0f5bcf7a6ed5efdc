import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { log } from "@/lib/log";
import { authorizeCredentials, type AuthorizedUser } from "./authorize-credentials";
import { throttledErrorCode } from "./login-error";
import { OIDC_PROVIDER_ID, oidcProvider, oidcSettings, resolveOidcUser } from "./oidc";
import { authSecret } from "./secret";
import { clientIp } from "./throttle";

declare module "next-auth" {
  interface Session {
    /** Charta's user id. */
    uid?: string;
    /** The user's session version when this session began (see lib/auth/end-sessions.ts). */
    sv?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

/** Officers and admins hold a session for at most 12 hours without using it. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;
const SESSION_UPDATE_AGE_S = 60 * 60;

/** For start-up checks: throws the same clear error as first use would. */
export function assertAuthConfigured(): void {
  authSecret();
}

function credentialsProvider() {
  return CredentialsProvider({
    id: "credentials",
    name: "Email",
    credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
    async authorize(credentials, req) {
      const result = await authorizeCredentials({
        email: credentials?.email,
        password: credentials?.password,
        ip: clientIp(req?.headers),
      });
      if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
      // next-auth carries a thrown message to the sign-in page as `?error=`; lib/auth/login-error.ts decodes it.
      if (result.reason === "throttled") throw new Error(throttledErrorCode(result.retryAt));
      return null;
    },
  });
}

function providers() {
  const oidc = oidcSettings();
  return oidc ? [credentialsProvider(), oidcProvider(oidc)] : [credentialsProvider()];
}

export const authOptions: NextAuthOptions = {
  // Getters: read when next-auth is used, not when this module loads, so a missing secret fails
  // the first request with the message above (and `next build` does not need the secret).
  get secret() {
    return authSecret();
  },
  get providers() {
    return providers();
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S, updateAge: SESSION_UPDATE_AGE_S },
  jwt: { maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login", error: "/login" },
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider === "credentials") return true;
      if (account?.provider === OIDC_PROVIDER_ID) return (await resolveOidcUser(profile)) !== null;
      return false;
    },
    async jwt({ token, user, account, profile }) {
      if (!account || !user) return token;
      if (account.provider === "credentials") {
        const u = user as unknown as AuthorizedUser;
        return { ...token, uid: u.id, sv: u.sessionVersion };
      }
      if (account.provider === OIDC_PROVIDER_ID) {
        // The provider's subject is not Charta's user id: bind the session to the matched user.
        const u = await resolveOidcUser(profile);
        if (!u) throw new Error("AccessDenied");
        return { ...token, sub: u.id, uid: u.id, sv: u.sessionVersion, email: u.email, name: u.name };
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
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
