/**
 * The net under loaders that forget to check an id (issue 11.5): a value PostgreSQL refuses for
 * its column — "garbage" for a uuid, a number beyond int4, NUL in text — answers as an unknown id
 * at each door, never as a 500 or an "internal" error. And the action chain refuses text that
 * cannot be stored (NUL, half a surrogate pair) before any handler runs.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/kernel/auth/current-user";

const h = vi.hoisted(() => ({ user: null as SessionUser | null, notFound: new Error("NEXT_NOT_FOUND") }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => h.user }));
vi.mock("@/lib/kernel/i18n/request-locale", () => ({ requestLocale: async () => "en" }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw h.notFound;
  },
  redirect: () => {
    throw new Error("redirect");
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
}));

const { createTestCity } = await import("../helpers/cities");
const { withCity } = await import("@/lib/kernel/api/with-city");
const { cityAction } = await import("@/lib/kernel/action-chain/safe-action");
const { orNotFound } = await import("@/lib/kernel/tenancy/page-context");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { NextRequest } = await import("next/server");

let slug: string;
let schemaName: string;

beforeAll(async () => {
  const city = await createTestCity("impossible");
  slug = city.slug;
  schemaName = city.schemaName;
  h.user = city.users.city_admin;
});

const queries: Record<string, () => Promise<unknown>> = {
  "not a UUID": () => cityDbForSchema(schemaName).commitment.findUnique({ where: { id: "garbage" } }),
  "beyond int4": () => cityDbForSchema(schemaName).annualReport.findFirst({ where: { year: 99_999_999_999 } }),
  "NUL in text": () => cityDbForSchema(schemaName).commitment.findFirst({ where: { elementKey: "F\u00001" } }),
};

describe("a value that cannot be one of its column's", () => {
  for (const [what, query] of Object.entries(queries)) {
    it(`${what}: a route handler answers 404`, async () => {
      const GET = withCity(
        async () => {
          await query();
          return new Response("found");
        },
        { capability: "framework.read" },
      );
      const res = await GET(new NextRequest("http://localhost/x"), { params: Promise.resolve({ city: slug }) });
      expect(res.status).toBe(404);
    });

    it(`${what}: a Server Action answers with a validation message`, async () => {
      const action = cityAction({ name: "test.impossible", capability: "framework.read", input: z.object({}) }, async () => query());
      const result = await action(slug, {});
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe("validation");
      expect(result.error.message).toMatch(/cannot be right/);
      expect(result.error.requestId).toBeUndefined();
    });

    it(`${what}: a page's loader answers 404`, async () => {
      await expect(orNotFound(query())).rejects.toBe(h.notFound);
    });
  }

  it("other failures still fail as before (the net catches only input values)", async () => {
    const GET = withCity(
      async () => {
        throw new Error("a real bug");
      },
      { capability: "framework.read" },
    );
    expect((await GET(new NextRequest("http://localhost/x"), { params: Promise.resolve({ city: slug }) })).status).toBe(500);
    await expect(orNotFound(Promise.reject(new Error("a real bug")))).rejects.toThrow("a real bug");
  });
});

describe("text that cannot be stored never reaches an action's handler", () => {
  for (const text of ["a\u0000b", "\ud800", "x\udc00y"]) {
    it(JSON.stringify(text), async () => {
      const handler = vi.fn(async () => "stored");
      const action = cityAction(
        { name: "test.text", capability: "framework.read", input: z.object({ rows: z.array(z.object({ title: z.string() })) }) },
        handler,
      );
      const result = await action(slug, { rows: [{ title: "fine" }, { title: text }] });
      expect(handler).not.toHaveBeenCalled();
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe("validation");
      expect(result.error.message).toMatch(/cannot be saved/);
      expect(result.error.fieldErrors).toEqual({ "rows.1.title": [result.error.message] });
    });
  }

  it("emoji and right-to-left text are stored as typed", async () => {
    const action = cityAction({ name: "test.text", capability: "framework.read", input: z.object({ title: z.string() }) }, async (_ctx, input) => input.title);
    expect(await action(slug, { title: "Één 😀 مرحبا" })).toEqual({ ok: true, data: "Één 😀 مرحبا" });
  });
});
