/**
 * Operators' safety around restore: replacing a city that exists needs --replace and keeps its
 * data until the restored copy is complete (a restore that fails halfway changes nothing); the app's
 * cached client of the city works on the swapped-in schema; and a damaged, truncated, foreign,
 * hand-made or newer file is refused with a clear message before anything changes.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { backupCity } from "@/lib/kernel/backup/backup-city";
import { tableChecksums } from "@/lib/kernel/backup/checksums";
import { restoreCity } from "@/lib/kernel/backup/restore-city";
import { cityDbForSchema } from "@/lib/kernel/db/city-clients";
import { getPool } from "@/lib/kernel/db/pool";
import { createTestCity, type TestCity } from "../helpers/cities";
import { createPlanFixture } from "../helpers/plan-fixture";

const url = () => process.env.DATABASE_URL!;
const dir = mkdtempSync(path.join(tmpdir(), "charta-bk-"));
let n = 0;
const tmpFile = (name: string) => path.join(dir, `${n++}-${name}`);

/** A backup file rewritten line by line, with a checksum that matches what it now holds. */
function rewrite(file: string, edit: (lines: string[]) => string[], opts: { gzip?: boolean } = {}): string {
  const lines = gunzipSync(readFileSync(file)).toString("utf8").trimEnd().split("\n");
  const body = edit(lines.slice(0, -1));
  const trailer = JSON.parse(lines.at(-1)!) as { rows: Record<string, number> };
  const hash = createHash("sha256");
  for (const l of body) hash.update(l + "\n");
  const text = [...body, JSON.stringify({ ...trailer, end: true, sha256: hash.digest("hex") })].join("\n") + "\n";
  const out = tmpFile("edited.charta-backup.gz");
  writeFileSync(out, opts.gzip === false ? text : gzipSync(text));
  return out;
}

async function leftovers(): Promise<string[]> {
  const { rows } = await getPool().query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'city\\_\\_%'`);
  return rows.map((r) => r.nspname);
}

let city: TestCity;
let other: TestCity;
let file: string;

beforeAll(async () => {
  city = await createTestCity("bk");
  other = await createTestCity("bk");
  await createPlanFixture(city);
  file = tmpFile("city.charta-backup.gz");
  await backupCity(url(), city.slug, file);
});

describe("restoring over a city that exists", () => {
  it("needs --replace, and changes nothing without it", async () => {
    const db = cityDbForSchema(city.schemaName);
    await db.commitment.update({ where: { elementKey: "S1" }, data: { text: "written after the backup" } });
    const before = await tableChecksums(getPool(), city.schemaName);
    await expect(restoreCity(url(), file)).rejects.toThrow(/exists on this installation.*--replace/);
    expect(await tableChecksums(getPool(), city.schemaName)).toEqual(before);
    expect(await leftovers()).toEqual([]);
  });

  it("with --replace swaps the restored copy in; the app's cached client reads and writes it", async () => {
    const db = cityDbForSchema(city.schemaName);
    const otherBefore = await tableChecksums(getPool(), other.schemaName);
    // The client (and its pooled connections) were used before the swap.
    expect((await db.commitment.findUniqueOrThrow({ where: { elementKey: "S1" } })).text).toBe("written after the backup");

    const r = await restoreCity(url(), file, { slug: city.slug, replace: true });
    expect(r).toMatchObject({ replaced: true, registered: false, members: null });
    expect((await db.commitment.findUniqueOrThrow({ where: { elementKey: "S1" } })).text).toBe("");
    // Enum casts, sequences and the audit trigger belong to the swapped-in schema.
    const s1 = await db.commitment.update({ where: { elementKey: "S1" }, data: { status: "in_place" } });
    expect(s1.status).toBe("in_place");
    await db.auditLog.create({ data: { action: "test", entity: "Test", entityId: "x" } });
    await expect(getPool().query(`UPDATE "${city.schemaName}"."AuditLog" SET action = 'x'`)).rejects.toThrow(/append-only/);
    expect(await leftovers()).toEqual([]);
    expect(await tableChecksums(getPool(), other.schemaName)).toEqual(otherBefore);
    const audit = await getPool().query(`SELECT details FROM control."PlatformAuditLog" WHERE action = 'city.restore' AND target = $1`, [city.slug]);
    expect(audit.rows[0].details).toMatchObject({ replaced: true, file: path.basename(file) });
  });

  it("keeps the city's data when the restore fails halfway", async () => {
    // A file whose checksum is right but whose rows break a foreign key: it fails while loading.
    const broken = rewrite(file, (lines) =>
      lines.map((l) => (l.startsWith('{"t":"Objective"') ? l.replace(/"planId":"[0-9a-f-]{36}"/, '"planId":"00000000-0000-4000-8000-000000000000"') : l)),
    );
    const before = await tableChecksums(getPool(), city.schemaName);
    await expect(restoreCity(url(), broken, { replace: true })).rejects.toThrow(/foreign key/);
    expect(await tableChecksums(getPool(), city.schemaName)).toEqual(before);
    expect(await leftovers()).toEqual([]);
  });
});

describe("files that are refused before anything changes", () => {
  const cases: [string, () => string, RegExp][] = [
    ["another city's backup", () => file, /This backup is of .*, not/],
    [
      "a damaged file (one byte changed inside a line)",
      () => {
        const text = gunzipSync(readFileSync(file)).toString("utf8").replace('"elementKey":"S1"', '"elementKey":"S2"');
        const out = tmpFile("damaged.charta-backup.gz");
        writeFileSync(out, gzipSync(text));
        return out;
      },
      /damaged: its checksum does not match/,
    ],
    [
      "a damaged gzip stream",
      () => {
        const bytes = readFileSync(file);
        const at = Math.floor(bytes.length / 2);
        bytes[at] = bytes[at]! ^ 0xff;
        const out = tmpFile("flipped.charta-backup.gz");
        writeFileSync(out, bytes);
        return out;
      },
      /damaged|incomplete/,
    ],
    [
      // Early in the stream the flip garbles the header line itself, long before gzip's own check
      // at the end: still "damaged", not "not a backup".
      "a damaged gzip stream, near its start",
      () => {
        const bytes = readFileSync(file);
        for (const at of [12, 16, 24, 40]) bytes[at] = bytes[at]! ^ 0xff;
        const out = tmpFile("flipped-early.charta-backup.gz");
        writeFileSync(out, bytes);
        return out;
      },
      /damaged|incomplete/,
    ],
    [
      "a truncated file",
      () => {
        const out = tmpFile("cut.charta-backup.gz");
        writeFileSync(out, readFileSync(file).subarray(0, 400));
        return out;
      },
      /incomplete/,
    ],
    [
      "a file that lost its last line",
      () => {
        const out = tmpFile("short.charta-backup.jsonl");
        const lines = gunzipSync(readFileSync(file)).toString("utf8").trimEnd().split("\n");
        writeFileSync(out, lines.slice(0, -1).join("\n") + "\n");
        return out;
      },
      /incomplete: its last line is missing/,
    ],
    [
      "a backup made by a newer Charta",
      () =>
        rewrite(file, ([header, ...rest]) => {
          const h = JSON.parse(header!);
          h.migrations.city.push({ name: "9999_from_the_future", checksum: "0".repeat(64) });
          return [JSON.stringify(h), ...rest];
        }),
      /made by a newer Charta.*9999_from_the_future.*Upgrade Charta/,
    ],
    [
      "a header that tries to put SQL into a table name",
      () =>
        rewrite(file, ([header, ...rest]) => {
          const h = JSON.parse(header!);
          h.tables[0].name = 'Commitment"; DROP SCHEMA control CASCADE; --';
          return [JSON.stringify(h), ...rest];
        }),
      /damaged: its header is not valid/,
    ],
    [
      "a backup of the earlier format, without a checksum",
      () => {
        const out = tmpFile("v1.charta-backup.jsonl");
        writeFileSync(out, JSON.stringify({ format: "charta-city-backup/1", city: { slug: "x" }, migrations: [], tables: [] }) + "\n");
        return out;
      },
      /earlier Charta, without a checksum/,
    ],
    [
      "something else",
      () => {
        const out = tmpFile("notes.txt");
        writeFileSync(out, "shopping list\n");
        return out;
      },
      /not a Charta city backup/,
    ],
  ];

  it.each(cases)("%s", async (label, make, message) => {
    const target = label === "another city's backup" ? other : city;
    const before = await tableChecksums(getPool(), target.schemaName);
    const restores = () =>
      getPool().query(`SELECT count(*)::int AS n FROM control."PlatformAuditLog" WHERE action = 'city.restore' AND target = $1`, [target.slug]);
    const audits = await restores();
    await expect(restoreCity(url(), make(), { slug: target.slug, replace: true })).rejects.toThrow(message);
    expect(await tableChecksums(getPool(), target.schemaName)).toEqual(before);
    expect((await restores()).rows[0].n).toBe(audits.rows[0].n);
    expect(await leftovers()).toEqual([]);
  });
});
