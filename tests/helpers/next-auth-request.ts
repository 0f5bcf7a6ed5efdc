/**
 * Calls Charta's next-auth endpoints as the route handler does (lib/kernel/auth/request-options.ts
 * builds the options), through next-auth's own request handler — its API-route form, because the
 * App Router form reads next/headers, which only exists inside a Next request.
 */
import NextAuth from "next-auth";
import { authOptionsForRequest } from "@/lib/kernel/auth/request-options";
import { INTENT_COOKIE } from "@/lib/kernel/auth/identity/sign-in-intent";
import type { CookieJar } from "./cookie-jar";

export interface AuthResponse {
  status: number;
  location: string | null;
  body: unknown;
  setCookies: string[];
}

class CapturedResponse {
  statusCode = 200;
  headers = new Map<string, string | string[]>();
  body: unknown;
  status(code: number) {
    this.statusCode = code;
    return this;
  }
  setHeader(name: string, value: string | string[]) {
    this.headers.set(name.toLowerCase(), value);
    return this;
  }
  getHeader(name: string) {
    return this.headers.get(name.toLowerCase());
  }
  end() {
    return this;
  }
  json(body: unknown) {
    this.body = body;
    return this;
  }
  send(body: unknown) {
    this.body = body;
    return this;
  }
}

export async function callAuth(opts: {
  method: "GET" | "POST";
  action: string;
  provider?: string;
  query?: Record<string, string>;
  body?: Record<string, string>;
  jar: CookieJar;
  address?: string | null;
}): Promise<AuthResponse> {
  const options = await authOptionsForRequest({
    action: opts.action,
    providerSegment: opts.provider,
    intentCookie: opts.jar.get(INTENT_COOKIE),
    address: opts.address ?? null,
  });
  const req = {
    method: opts.method,
    query: { nextauth: [opts.action, ...(opts.provider ? [opts.provider] : [])], ...opts.query },
    body: opts.body ?? {},
    cookies: opts.jar.object(),
    headers: { host: "localhost:3000", cookie: opts.jar.header() },
  };
  const res = new CapturedResponse();
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, options);
  const raw = res.getHeader("set-cookie");
  const setCookies = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  opts.jar.store(setCookies);
  // As app/api/auth/[...nextauth]/route.ts does: the callback spends the intent cookie.
  if (opts.action === "callback") opts.jar.store([`${INTENT_COOKIE}=; Max-Age=0`]);
  const location = res.getHeader("location");
  return { status: res.statusCode, location: typeof location === "string" ? location : null, body: res.body, setCookies };
}
