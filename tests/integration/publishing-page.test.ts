/** The "Public pages" settings page renders in both languages: a form for publishers, read-only text for others. */
import { renderToString } from "react-dom/server";
import { testScope } from "../helpers/city-scope";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null, locale: "en" as "en" | "nl" }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("@/lib/kernel/i18n/request-locale", () => ({ requestLocale: async () => session.locale }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: () => unknown) => fn }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
  notFound: () => {
    throw new Error("not found");
  },
  usePathname: () => "/x/workspace/settings/public",
  useRouter: () => ({ refresh: () => {}, push: () => {} }),
}));

const { default: Page } = await import("@/app/(app)/[city]/workspace/settings/public/page");
const { publishCity } = await import("@/lib/features/publication/site/publish-city");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");

let city: TestCity;

async function render(locale: "en" | "nl") {
  session.locale = locale;
  return renderToString(await Page({ params: Promise.resolve({ city: city.slug }) }));
}

beforeAll(async () => {
  city = await createTestCity("pubp");
});

describe("public pages settings page", () => {
  it("shows the empty state, the commitments and the profile form to a publisher, in English and Dutch", async () => {
    session.user = city.users.officer;
    const en = await render("en");
    expect(en).toContain("Nothing has been published yet");
    expect(en).toContain("Publish now");
    expect(en).toContain("Save profile");
    expect(en).toContain("Mark all public");
    const nl = await render("nl");
    expect(nl).toContain("Er is nog niets gepubliceerd");
    expect(nl).toContain("Nu publiceren");
  });

  it("shows who published last, and read-only text to a council member", async () => {
    await publishCity(await testScope(city, city.users.officer.id, cityDbForSchema(city.schemaName)), { note: "Launch" });
    session.user = city.users.council_member;
    const html = await render("en");
    expect(html).toContain("by officer");
    expect(html).toContain("Note: Launch");
    expect(html).toContain("Only officers and city administrators");
    expect(html).not.toContain("Publish now");
    expect(html).not.toContain("Save profile");
  });
});
