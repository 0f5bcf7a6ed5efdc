/**
 * The demo cities are published once when they are created: public commitments (one own
 * commitment kept internal), public notes on the latest updates, a profile in both languages, and
 * one publication; a second seed run publishes nothing new. Scratch database (fixed demo slugs).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createScratchDatabase } from "../helpers/database";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: () => unknown) => fn }));

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

async function resetClients() {
  const { closePool } = await import("@/lib/kernel/db/pool");
  const { disconnectControl } = await import("@/lib/kernel/db/control");
  const { clearCityClients } = await import("@/lib/kernel/db/city-clients");
  await clearCityClients();
  await disconnectControl();
  await closePool();
}

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await resetClients();
  process.env.DATABASE_URL = scratch.url;
}, 120_000);

afterAll(async () => {
  await resetClients();
  await scratch.drop();
});

describe("demo publication", () => {
  // Seeds both demo cities twice (records, action plans, declarations, last year's reports): slow on a busy machine.
  it("publishes each demo city once, with public notes, a profile and nothing internal", { timeout: 180_000 }, async () => {
    const { seedDemo } = await import("@/scripts/demo-data/seed-demo");
    const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
    const { controlDb } = await import("@/lib/kernel/db/control");
    const { loadPublication } = await import("@/lib/features/publication/site/read-publication");
    await seedDemo(async () => "x", "pw");
    await seedDemo(async () => "x", "pw");

    for (const slug of ["zonnestad", "riverton"]) {
      const city = await controlDb().city.findUniqueOrThrow({ where: { slug } });
      const db = cityDbForSchema(city.schemaName);
      expect(await db.publication.count()).toBe(1);
      const s = (await loadPublication(slug))!;
      expect(s).not.toBeNull();
      const total = await db.commitment.count();
      expect(s.commitments).toHaveLength(total - 1);
      const internal = await db.commitment.findFirstOrThrow({ where: { isPublic: false } });
      expect(JSON.stringify(s)).not.toContain(internal.id);
      expect(s.commitments.map((c) => c.title)).not.toContain(internal.title);
      expect(s.updates.filter((u) => u.note !== null).length).toBeGreaterThan(5);
      expect(s.updates.filter((u) => u.note === null).length).toBeGreaterThan(5);
      expect(s.profile.intro.nl).toBeTruthy();
      expect(s.profile.intro.en).toBeTruthy();
      expect(s.profile.accessibility.contact).toBeTruthy();
      const json = JSON.stringify(s);
      const members = await controlDb().membership.findMany({
        where: { cityId: city.id },
        select: { user: { select: { id: true, name: true, email: true } } },
      });
      // Names only of commenters who agreed to be named in the published consultation summary.
      const consenting = new Set(
        (
          await db.declarationComment.findMany({
            where: { publicNameConsent: true, hiddenAt: null, deletedAt: null, declaration: { status: "published", summaryPublishedAt: { not: null } } },
            select: { authorId: true },
          })
        ).map((c) => c.authorId),
      );
      for (const m of members) {
        expect(json).not.toContain(m.user.id);
        expect(json).not.toContain(m.user.email);
        if (consenting.has(m.user.id)) expect(s.declaration?.summary?.groups.flatMap((g) => g.comments.map((c) => c.author))).toContain(m.user.name);
        else expect(json).not.toContain(m.user.name);
      }
    }
    // The declaration (issue 4): seeded once, through the app's own functions.
    const declarations = async (slug: string) => {
      const city = await controlDb().city.findUniqueOrThrow({ where: { slug } });
      return cityDbForSchema(city.schemaName).declaration.findMany();
    };
    expect(await declarations("riverton")).toMatchObject([{ status: "published", currentVersion: 2, councilResolutionRef: "RCC/2025/041", voteFor: 24 }]);
    expect(await declarations("zonnestad")).toMatchObject([{ status: "consultation", currentVersion: 2, locale: "nl" }]);

    const z = (await loadPublication("zonnestad"))!;
    expect(z.profile.ombuds?.name).toBe("Antidiscriminatievoorziening Zonnestad");
    expect((await loadPublication("riverton"))!.profile.ombuds).toBeNull();
    // Riverton published its consultation summary with the declaration; Zonnestad's is still in consultation.
    const r = (await loadPublication("riverton"))!;
    expect(r.declaration?.summary?.stats).toMatchObject({ comments: 3, answered: 3 });
    expect(r.declaration?.summary?.groups.map((g) => g.kind)).toEqual(["article", "article", "whole"]);
    expect(z.declaration).toBeNull();
  });

  it("writes last year's report: riverton's published (once), zonnestad's still a draft", async () => {
    const { controlDb } = await import("@/lib/kernel/db/control");
    const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
    const { loadPublishedReports } = await import("@/lib/features/reports/read-published-report");
    const year = new Date().getUTCFullYear() - 1;

    const riverton = await loadPublishedReports("riverton");
    expect(riverton).toHaveLength(1);
    expect(riverton[0]).toMatchObject({ year, status: "published", locales: ["en"] });
    expect(JSON.stringify(riverton[0])).toContain("Publish the waiting times for adapted housing every quarter.");

    expect(await loadPublishedReports("zonnestad")).toEqual([]);
    const z = await controlDb().city.findUniqueOrThrow({ where: { slug: "zonnestad" } });
    const draft = await cityDbForSchema(z.schemaName).annualReport.findFirstOrThrow({ include: { sections: true, recommendations: true } });
    expect(draft).toMatchObject({ year, status: "draft", locales: ["nl", "en"], published: null });
    expect(draft.generated).not.toBeNull();
    // Written in Dutch; some English translations are missing on purpose (the workspace flags them).
    expect(draft.sections.filter((s) => s.locale === "nl").length).toBeGreaterThan(draft.sections.filter((s) => s.locale === "en").length);
    expect(draft.recommendations).toHaveLength(2);
  });
});
