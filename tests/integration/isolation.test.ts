/**
 * City isolation, enumerated: every Server Action and every route handler in the code base is
 * found by walking the source tree, so a new one that skips the authorization chain fails here.
 * (Pages are walked here statically and fetched for real in e2e/isolation.spec.ts.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { actionMeta } from "@/lib/kernel/action-chain/safe-action";
import { ROUTE_META } from "@/lib/kernel/api/with-city";
import { createTestCity, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  unstable_cache: (fn: unknown) => fn,
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers(),
}));

const ROOT = process.cwd();

function walk(dir: string, match: (file: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated") continue;
    if (statSync(full).isDirectory()) walk(full, match, out);
    else if (match(full)) out.push(full);
  }
  return out;
}

const actionFiles = [...walk(path.join(ROOT, "app"), (f) => /\.tsx?$/.test(f)), ...walk(path.join(ROOT, "lib"), (f) => /\.tsx?$/.test(f))].filter((f) =>
  /^\s*(["'])use server\1/.test(readFileSync(f, "utf8")),
);
const routeFiles = walk(path.join(ROOT, "app"), (f) => /route\.tsx?$/.test(f));
const workspacePages = walk(path.join(ROOT, "app"), (f) => /page\.tsx$/.test(f) && f.includes(`${path.sep}[city]${path.sep}workspace`));

/** Public actions are reachable without a city; each must be reviewed and listed here. */
const REVIEWED_PUBLIC_ACTIONS = new Set([
  "account.password.requestReset",
  "account.password.reset",
  "members.invitation.accept",
  "members.invitation.acceptWithAccount",
  "members.invitation.acceptNewAccount",
  // Sets the sealed intent cookie for accepting through the city's provider; checks the invitation
  // and that the provider is one of the invitation's city (lib/kernel/auth/identity/prepare-intent.ts).
  "members.invitation.prepareSignIn",
  "account.locale.set",
]);
/** Route handlers outside /api/cities/[city]/… that need no city: reviewed and listed here. */
const REVIEWED_ROUTES = new Set([
  "app/api/health/route.ts",
  "app/api/auth/[...nextauth]/route.ts",
  "app/(public)/[city]/route.ts",
  // Open data: public by design; reads only the city's published snapshot (getPublication).
  "app/api/public/[city]/[file]/route.ts",
  // The city's logo: public by design; serves only the current logo's bytes, named by their SHA-256 (lib/features/city-settings/logo/logo-response.ts).
  "app/api/public/[city]/logo/[sha256]/route.ts",
  // The city's sitemap: public by design; lists only pages of the published snapshot.
  "app/(public)/[city]/sitemap.xml/route.ts",
  // Published annual reports as PDF/Word: public by design; serves only the files stored from the report's frozen publication.
  "app/(public)/[city]/[locale]/reports/[year]/[format]/route.ts",
  // The published declaration as PDF/Word: public by design; serves only the files stored for the declaration the latest publication names.
  "app/(public)/[city]/[locale]/declaration/[format]/route.ts",
]);

let a: TestCity;
let b: TestCity;

beforeAll(async () => {
  a = await createTestCity("iso");
  b = await createTestCity("iso");
});

describe("every Server Action is built with the authorization chain", () => {
  it("finds the action files", () => {
    expect(actionFiles.length).toBeGreaterThan(0);
  });

  for (const file of actionFiles) {
    const rel = path.relative(ROOT, file);
    it(`${rel}: each export is a chained action; city actions answer 404 to a member of another city`, async () => {
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const exports = Object.entries(mod);
      expect(exports.length).toBeGreaterThan(0);
      for (const [name, fn] of exports) {
        const meta = actionMeta(fn);
        expect(meta, `${rel} → ${name} is not built with cityAction/platformAction/userAction/publicAction`).toBeDefined();
        if (meta!.scope === "public") expect(REVIEWED_PUBLIC_ACTIONS, `${name} is a new public action: review and list it`).toContain(meta!.name);
        if (meta!.scope === "city") {
          const call = fn as (city: string, input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;
          // The admin of city A — the strongest role — against city B, with B's own slug.
          session.user = a.users.city_admin;
          const result = await call(b.slug, {});
          expect(result.ok, `${name} let a member of another city through`).toBe(false);
          expect(result.error?.code, `${name}`).toBe("not_found");
          // Nobody signed in: B exists, so sign-in is asked; never data.
          session.user = null;
          const anon = await call(b.slug, {});
          expect(anon.ok).toBe(false);
          expect(["unauthenticated", "not_found"]).toContain(anon.error?.code);
        }
        if (meta!.scope === "platform") {
          session.user = a.users.city_admin;
          const call = fn as (input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;
          const result = await call({});
          expect(result.ok).toBe(false);
          expect(result.error?.code).toBe("forbidden");
        }
      }
    });
  }
});

describe("every route handler is wrapped", () => {
  it("the reviewed exceptions still exist (the list does not rot)", () => {
    const rels = routeFiles.map((f) => path.relative(ROOT, f));
    for (const r of REVIEWED_ROUTES) expect(rels).toContain(r);
  });
  for (const file of routeFiles.filter((f) => !REVIEWED_ROUTES.has(path.relative(ROOT, f)))) {
    const rel = path.relative(ROOT, file);
    it(`${rel}`, async () => {
      expect(rel, "city routes live under app/api/cities/[city]/").toMatch(/^app\/api\/cities\/\[city\]\//);
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const [method, handler] of Object.entries(mod)) {
        if (!/^(GET|POST|PUT|PATCH|DELETE)$/.test(method)) continue;
        expect((handler as Record<symbol, unknown>)[ROUTE_META], `${rel} ${method} is not wrapped with withCity`).toBeDefined();
      }
    });
  }
});

describe("every workspace page checks access itself", () => {
  it("finds the pages", () => expect(workspacePages.length).toBeGreaterThan(3));
  for (const file of workspacePages) {
    // A layout's check does not run for every request of a page segment, so each page calls it.
    it(path.relative(ROOT, file), () => {
      expect(readFileSync(file, "utf8")).toMatch(/cityPageContext\(/);
    });
  }
});
