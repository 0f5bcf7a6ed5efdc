/**
 * Nothing unpublished leaks into open data (issue 7): after seedLeakCanaries (a non-public
 * commitment, an internal note, a member's name, an edit made after the last publication), no
 * file under /api/public/<city>/ contains any canary or the member's id — while the public note
 * that was published is there, so the scan is known to look at the published data. The same for
 * the published annual reports (a report in consultation, a stray edit after publishing).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createTestCity, type TestCity } from "../helpers/cities";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: (fn: () => unknown) => fn }));

const { GET } = await import("@/app/api/public/[city]/[file]/route");
const { DATASET_NAMES } = await import("@/lib/features/publication/open-data/datasets");
const { seedLeakCanaries } = await import("../helpers/leak-canaries");
const { loadPublishedReports } = await import("@/lib/features/reports/read-published-report");
const { reportHtml } = await import("@/lib/features/reports/report-html");

const FILES = [...DATASET_NAMES.flatMap((n) => [`${n}.csv`, `${n}.json`]), "catalog.jsonld", "feed.xml"];

let city: TestCity;
let seeded: Awaited<ReturnType<typeof seedLeakCanaries>>;

beforeAll(async () => {
  city = await createTestCity("odl");
  seeded = await seedLeakCanaries({ schemaName: city.schemaName, cityId: city.cityId, citySlug: city.slug });
});

describe("open data leaks nothing unpublished", () => {
  it("no file contains a canary or a member's id; the published public note is there", async () => {
    let seen = false;
    for (const file of FILES) {
      const res = await GET(new Request(`http://localhost/api/public/${city.slug}/${file}`), { params: Promise.resolve({ city: city.slug, file }) });
      expect(res.status, file).toBe(200);
      const body = await res.text();
      expect(body, file).not.toContain("CANARY-N");
      expect(body, file).not.toContain("CANARY-I");
      expect(body, file).not.toContain("CANARY-U");
      expect(body, file).not.toContain("CANARY-M");
      for (const canary of seeded.canaries) expect(body, `${file}: ${canary}`).not.toContain(canary);
      expect(body, file).not.toContain(seeded.memberId);
      for (const user of Object.values(city.users)) {
        expect(body, file).not.toContain(user.id);
        expect(body, file).not.toContain(user.email);
      }
      // Nothing but the published public note may carry the word at all.
      expect(body.replaceAll(seeded.visible, ""), file).not.toContain("CANARY");
      if (body.includes(seeded.visible)) seen = true;
      if (file === "reports.json" || file === "feed.xml") expect(body, file).toContain(seeded.reportVisible);
      if (file.startsWith("actions.")) expect(body, file).toContain("Published action of the canary seed");
    }
    expect(seen, "the published public note appears in some file (updates, feed)").toBe(true);
  });

  it("the reports dataset, feed and public report pages show the frozen publication only", async () => {
    const reports = JSON.parse(
      await (await GET(new Request("http://localhost"), { params: Promise.resolve({ city: city.slug, file: "reports.json" }) })).text(),
    );
    expect(reports.records).toHaveLength(1);
    expect(reports.records[0]).toMatchObject({ year: 2019, summary: seeded.reportVisible });
    const published = await loadPublishedReports(city.slug);
    expect(published.map((r) => r.year)).toEqual([2019]);
    const pageHtml = reportHtml(published[0]!, { locale: "en", cityName: city.slug, withToc: true });
    expect(pageHtml).toContain(seeded.reportVisible);
    expect(pageHtml).not.toContain("CANARY");
  });
});
