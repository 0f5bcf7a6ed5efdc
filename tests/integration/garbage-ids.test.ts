/**
 * Unknown ids answer 404, never 500 (issue 11.5). Every page and route handler with a dynamic
 * segment is found by walking app/, and each segment gets every value of tests/helpers/garbage.ts
 * (not a UUID, a well-formed UUID of nothing, 5,000 characters, NUL, slashes, a bidi override, a
 * lone surrogate, negative and huge numbers …) while the others hold real values of a city with
 * data in every feature. Every Server Action gets an input built from its own zod schema with
 * such a value in every text field and out-of-range numbers in every number field: it may refuse
 * (not found, a validation message), never fail with an unexpected error.
 * Pages are rendered to the end (react-dom's prerender waits for async components), so a failure
 * inside a nested component counts too.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { ReactElement } from "react";
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { GARBAGE_NUMBERS, GARBAGE_SEGMENTS, GARBAGE_TEXT, sampleInput } from "../helpers/garbage";

const h = vi.hoisted(() => {
  /** What next/navigation's notFound(), forbidden() and redirect() end a render with. */
  class Interrupt extends Error {
    constructor(readonly status: number) {
      super(`interrupt ${status}`);
    }
  }
  return { Interrupt, session: { user: null as SessionUser | null } };
});
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => h.session.user }));
vi.mock("@/lib/kernel/i18n/request-locale", () => ({ requestLocale: async () => "en" }));
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  unstable_cache: (fn: unknown) => fn,
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers(),
}));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new h.Interrupt(404);
  },
  forbidden: () => {
    throw new h.Interrupt(403);
  },
  unauthorized: () => {
    throw new h.Interrupt(401);
  },
  redirect: () => {
    throw new h.Interrupt(307);
  },
  permanentRedirect: () => {
    throw new h.Interrupt(308);
  },
  usePathname: () => "/",
  useRouter: () => ({ refresh: () => undefined, push: () => undefined, replace: () => undefined }),
  useSearchParams: () => new URLSearchParams(),
  useParams: () => ({}),
}));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), after: () => undefined }));

const { createFullCity } = await import("../helpers/full-city");
const { createUser } = await import("../helpers/cities");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { actionMeta } = await import("@/lib/kernel/action-chain/safe-action");
const { NextRequest } = await import("next/server");

const ROOT = process.cwd();

function walk(dir: string, match: (file: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, match, out);
    else if (match(full)) out.push(full);
  }
  return out;
}

/** The dynamic segments of a file's route, in order: [city], [...nextauth] → city, nextauth. */
function segmentsOf(file: string): string[] {
  return [...path.relative(ROOT, file).matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]!);
}

const pageFiles = walk(path.join(ROOT, "app"), (f) => /[/\\]page\.tsx$/.test(f)).filter((f) => segmentsOf(f).length);
// next-auth parses its own catch-all route; every other handler with a dynamic segment is here.
const routeFiles = walk(path.join(ROOT, "app"), (f) => /[/\\]route\.ts$/.test(f)).filter((f) => segmentsOf(f).length && !f.includes("[...nextauth]"));
const actionFiles = walk(path.join(ROOT, "app"), (f) => /[/\\]actions\.ts$/.test(f));

/** Segments whose value names a record, a year, a language or a format: anything unknown is 404. */
const LOOKED_UP = new Set([
  "city",
  "slug",
  "locale",
  "id",
  "plan",
  "planId",
  "action",
  "objective",
  "indicator",
  "key",
  "year",
  "number",
  "kind",
  "format",
  "file",
]);

/**
 * Reviewed: an import preview whose upload is gone — applied, discarded, or swept an hour after the
 * upload — says so with a way back, whatever its id was (200), since such links are expected.
 */
const GONE_IS_AN_ANSWER = new Set([
  "app/(app)/[city]/workspace/framework/spreadsheet/import/[id]/page.tsx",
  "app/(app)/[city]/workspace/action-plan/[plan]/data/[kind]/[id]/page.tsx",
]);

/** Query parameters a page reads (`?d=`, `?at=`, filters): the garbage under every name. */
function garbageQuery(g: string): Record<string, string> {
  return new Proxy({} as Record<string, string>, { get: (_t, k) => (typeof k === "string" && k !== "then" ? g : undefined) });
}

let valid: Record<string, string>;
let admin: SessionUser;
let platformAdmin: SessionUser;

beforeAll(async () => {
  const city = await createFullCity("garbage");
  const db = cityDbForSchema(city.schemaName);
  const plan = await db.actionPlan.findFirstOrThrow({ orderBy: { id: "asc" } });
  const objective = await db.objective.findFirstOrThrow({ where: { planId: plan.id } });
  const action = await db.action.findFirstOrThrow({ where: { objective: { planId: plan.id } } });
  const indicator = await db.indicator.findFirstOrThrow({ where: { planId: plan.id } });
  const report = await db.annualReport.findFirstOrThrow({ where: { status: "published" } });
  const own = await db.commitment.findFirstOrThrow({ where: { elementKey: null } });
  const evidence = await db.evidence.findFirstOrThrow({ where: { kind: "file" } });
  admin = city.users.city_admin;
  platformAdmin = await createUser(`platform-${city.slug}@garbage.test`, { platformAdmin: true });
  valid = {
    city: city.slug,
    slug: city.slug,
    locale: "en",
    plan: plan.id,
    planId: plan.id,
    objective: objective.id,
    action: action.id,
    indicator: indicator.id,
    key: "F1",
    year: String(report.year),
    number: "1",
    kind: "actions",
    // Formats and files that never start the printer.
    format: "docx",
    file: "commitments.csv",
    token: "x".repeat(43),
  };
  // The last segment of a route decides what `id` is.
  valid.id = own.id;
  valid.evidenceId = evidence.id;
  valid.reportId = report.id;
}, 240_000);

function validFor(file: string, segment: string): string {
  const rel = path.relative(ROOT, file);
  if (segment === "id") {
    if (rel.includes("/evidence/")) return valid.evidenceId!;
    if (rel.includes("/reports/")) return valid.reportId!;
  }
  if (segment === "file" && rel.includes("/declaration/")) return "summary.csv";
  return valid[segment] ?? "x";
}

type Outcome = { status: number; error?: unknown };

function outcomeOf(err: unknown): Outcome {
  if (err instanceof h.Interrupt) return { status: err.status };
  return { status: 500, error: err };
}

async function renderPage(file: string, params: Record<string, string>, query: Record<string, string> = {}): Promise<Outcome> {
  const mod = (await import(/* @vite-ignore */ file)) as {
    default: (props: object) => Promise<ReactElement>;
    generateMetadata?: (props: object) => Promise<unknown>;
  };
  const props = { params: Promise.resolve(params), searchParams: Promise.resolve(query) };
  const inner: unknown[] = [];
  try {
    await mod.generateMetadata?.(props);
    await prerender(await mod.default(props), { onError: (e) => void inner.push(e) });
  } catch (err) {
    return outcomeOf(err);
  }
  // Errors inside a Suspense boundary do not end the prerender; Next would answer with them.
  const worst = inner.map(outcomeOf).find((o) => o.status === 500) ?? inner.map(outcomeOf)[0];
  return worst ?? { status: 200 };
}

async function callRoute(file: string, params: Record<string, string>): Promise<Outcome> {
  const mod = (await import(/* @vite-ignore */ file)) as { GET?: (req: Request, ctx: object) => Promise<Response> };
  try {
    // The handlers read their segments from `params`; the URL only carries the query.
    const res = await mod.GET!(new NextRequest("http://localhost/route?kind=actions"), { params: Promise.resolve(params) });
    return { status: res.status };
  } catch (err) {
    return outcomeOf(err);
  }
}

const show = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 12)}…(${v.length})` : v);

describe("pages: garbage in any segment answers 404", () => {
  it("finds the pages", () => expect(pageFiles.length).toBeGreaterThan(20));
  for (const file of pageFiles) {
    const rel = path.relative(ROOT, file);
    it(
      rel,
      async () => {
        const segments = segmentsOf(file);
        const platform = rel.startsWith("app/(app)/admin/");
        const wrong: string[] = [];
        for (const segment of segments) {
          for (const g of GARBAGE_SEGMENTS) {
            h.session.user = platform ? platformAdmin : admin;
            const params = Object.fromEntries(segments.map((s) => [s, s === segment ? g : validFor(file, s)]));
            const o = await renderPage(file, params);
            const expected = LOOKED_UP.has(segment) && !(segment === "id" && GONE_IS_AN_ANSWER.has(rel)) ? o.status === 404 : o.status !== 500;
            if (!expected)
              wrong.push(
                `[${segment}]=${show(g)} → ${o.status}${
                  o.error
                    ? ` (${String((o.error as Error).message ?? o.error)
                        .split("\n")
                        .slice(0, 3)
                        .join(" ")
                        .slice(0, 300)})`
                    : ""
                }`,
              );
          }
        }
        // The same page with real segments and garbage in every query parameter: never a 500.
        for (const g of GARBAGE_SEGMENTS) {
          h.session.user = platform ? platformAdmin : admin;
          const o = await renderPage(file, Object.fromEntries(segments.map((s) => [s, validFor(file, s)])), garbageQuery(g));
          if (o.status === 500)
            wrong.push(
              `?…=${show(g)} → 500 (${String((o.error as Error).message ?? o.error)
                .split("\n")
                .slice(0, 3)
                .join(" ")
                .slice(0, 300)})`,
            );
        }
        expect(wrong).toEqual([]);
      },
      240_000,
    );
  }
});

describe("route handlers: garbage in any segment answers 404", () => {
  it("finds the routes", () => expect(routeFiles.length).toBeGreaterThan(5));
  for (const file of routeFiles) {
    const rel = path.relative(ROOT, file);
    it(
      rel,
      async () => {
        const segments = segmentsOf(file);
        const wrong: string[] = [];
        for (const segment of segments) {
          for (const g of GARBAGE_SEGMENTS) {
            h.session.user = admin;
            const params = Object.fromEntries(segments.map((s) => [s, s === segment ? g : validFor(file, s)]));
            const o = await callRoute(file, params);
            // A format a route does not make may be a 400; an unknown record never anything but 404.
            const expected = segment === "format" ? [400, 404].includes(o.status) : LOOKED_UP.has(segment) ? o.status === 404 : o.status !== 500;
            if (!expected)
              wrong.push(`[${segment}]=${show(g)} → ${o.status}${o.error ? ` (${String((o.error as Error).message ?? o.error).slice(0, 300)})` : ""}`);
          }
        }
        expect(wrong).toEqual([]);
      },
      240_000,
    );
  }
});

describe("Server Actions: garbage in every field is refused with a message, never an unexpected error", () => {
  it("finds the actions", () => expect(actionFiles.length).toBeGreaterThan(10));
  for (const file of actionFiles) {
    const rel = path.relative(ROOT, file);
    it(
      rel,
      async () => {
        const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
        const wrong: string[] = [];
        for (const [name, fn] of Object.entries(mod)) {
          const meta = actionMeta(fn);
          if (!meta) continue;
          const fills = [...GARBAGE_TEXT.map((text) => ({ text, number: 1 })), ...GARBAGE_NUMBERS.map((number) => ({ text: "x", number }))];
          for (const fill of fills) {
            const input = sampleInput(meta.input, fill);
            h.session.user = meta.scope === "platform" ? platformAdmin : admin;
            const call = fn as (...args: unknown[]) => Promise<{ ok: boolean; error?: { code: string; message: string } }>;
            const result = meta.scope === "city" ? await call(valid.city, input) : await call(input);
            if (!result.ok && result.error?.code === "internal") wrong.push(`${name} ${show(fill.text)}/${fill.number} → internal`);
          }
        }
        expect(wrong).toEqual([]);
      },
      600_000,
    );
  }
});
