/**
 * Anonymous visitors cannot fill the server's disk: public URLs that name nothing (an unknown
 * city, commitment key, report year, open-data file, download or logo, in both languages) answer 404
 * and leave every byte under .next and the data directory as it was. Before the page cache
 * handler (lib/kernel/cache/page-cache-handler.mjs), each such page left 7 files (30–65 KB) under
 * .next/server/route-cache and each unknown city a data-cache file.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { diskChanges, diskSnapshot } from "./helpers/disk";

const ROOTS = [path.resolve(".next"), path.resolve(process.env.CHARTA_DATA_DIR ?? ".data")];
const ROUNDS = 25;

/** A token no city, commitment or file is named: lowercase letters and digits, like a slug. */
const token = () => `x${randomBytes(6).toString("hex")}`;
const year = () => String(1000 + (randomBytes(2).readUInt16BE(0) % 900));

function randomPublicUrls(): string[] {
  const urls: string[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    for (const lang of ["nl", "en"] as const) {
      urls.push(
        `/${token()}/${lang}`,
        `/${token()}/${lang}/commitments`,
        `/${token()}/${lang}/reports/${year()}`,
        `/zonnestad/${lang}/commitments/${token()}`,
        `/riverton/${lang}/commitments/${token()}`,
        `/zonnestad/${lang}/reports/${year()}`,
        `/riverton/${lang}/reports/${year()}/pdf`,
        `/zonnestad/${lang}/reports/${year()}/docx`,
        `/${token()}/${lang}/declaration/pdf`,
      );
    }
    urls.push(`/api/public/zonnestad/${token()}.csv`, `/api/public/riverton/${token()}.json`, `/api/public/${token()}/commitments.csv`, `/${token()}`);
    // Logos: a made-up hash of a real city, a real-looking one of an unknown city, not a hash at all.
    urls.push(
      `/api/public/zonnestad/logo/${randomBytes(32).toString("hex")}`,
      `/api/public/${token()}/logo/${randomBytes(32).toString("hex")}`,
      `/api/public/riverton/logo/${token()}`,
    );
  }
  return urls;
}

test("random public URLs answer 404 and write nothing to disk", async ({ request }) => {
  test.setTimeout(180_000);
  // Pages of the real cities first: whatever their first render stores is not the attack's doing.
  for (const url of ["/zonnestad/nl", "/riverton/en", "/zonnestad/en/commitments", "/api/public/zonnestad/commitments.csv"]) {
    expect((await request.get(url)).status(), url).toBe(200);
  }
  const before = diskSnapshot(ROOTS);
  const urls = randomPublicUrls();
  // A few at a time, as a crawler or a script would send them.
  for (let i = 0; i < urls.length; i += 8) {
    const batch = urls.slice(i, i + 8);
    const statuses = await Promise.all(batch.map(async (url) => (await request.get(url, { maxRedirects: 0 })).status()));
    batch.forEach((url, j) => expect(statuses[j], url).toBe(404));
  }
  expect(diskChanges(before, diskSnapshot(ROOTS)), `${urls.length} random URLs changed the disk`).toEqual([]);
});

test("published documents are served from storage: ETag, 304, and the same bytes for everyone at once", async ({ request }) => {
  const path = "/riverton/en/declaration/pdf";
  const first = await request.get(path);
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toBe("application/pdf");
  const etag = first.headers()["etag"]!;
  expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
  expect(first.headers()["last-modified"]).toBeTruthy();
  expect((await request.get(path, { headers: { "If-None-Match": etag } })).status()).toBe(304);
  const body = await first.body();
  const all = await Promise.all(Array.from({ length: 20 }, () => request.get(path)));
  for (const r of all) expect((await r.body()).equals(body)).toBe(true);
});
