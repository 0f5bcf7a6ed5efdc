/**
 * Nothing unpublished leaks into open data (issue 7): after seedLeakCanaries (a non-public
 * commitment, an internal note, a member's name, an edit made after the last publication), no
 * file under /api/public/<city>/ contains any canary or the member's id — while the public note
 * that was published is there, so the scan is known to look at the published data.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createTestCity, type TestCity } from "../helpers/cities";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: (fn: () => unknown) => fn }));

const { GET } = await import("@/app/api/public/[city]/[file]/route");
const { DATASET_NAMES } = await import("@/lib/open-data/datasets");
const { seedLeakCanaries } = await import("../helpers/leak-canaries");

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
      if (file.startsWith("actions.")) expect(body, file).toContain("Published action of the canary seed");
    }
    expect(seen, "the published public note appears in some file (updates, feed)").toBe(true);
  });
});
