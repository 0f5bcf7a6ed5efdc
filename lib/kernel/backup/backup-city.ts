/**
 * Backs up ONE city without external tools: its registry row, its members, the migrations its
 * schema had, its sequences and every row of every table (files included: they live in
 * `StoredFile`), from one consistent snapshot, into the format of ./format.ts. Tables are found
 * in the catalog, so a table a later feature adds is backed up without a change here.
 */
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { quoteSchema, schemaNameForSlug } from "@/lib/kernel/tenancy/schema-name";
import { BACKUP_FORMAT, quoteIdent, ZBackupHeader, type BackupHeader, type BackupMember, type BackupTable, type BackupTrailer } from "./format";
import { cityTables } from "./catalog";

export interface BackupOptions {
  /** Leave every password hash out: restored members then set a password through a link. */
  withoutPasswords?: boolean;
  progress?: (line: string) => void;
}

export interface BackupResult {
  file: string;
  rows: number;
  tables: number;
  members: number;
  bytes: number;
}

/** Rows per line: files are up to tens of MB each, so tables holding bytes go a few rows at a time. */
const ROWS_PER_FETCH = 1000;
const ROWS_PER_FETCH_WITH_BYTES = 2;

class LineWriter {
  private readonly hash = createHash("sha256");
  private readonly gzip = createGzip();
  private readonly out;
  bytes = 0;

  constructor(file: string) {
    this.out = createWriteStream(file, { mode: 0o600 });
    this.gzip.pipe(this.out);
    this.gzip.on("data", (chunk: Buffer) => (this.bytes += chunk.length));
  }

  async line(text: string, hashed = true): Promise<void> {
    const data = text + "\n";
    if (hashed) this.hash.update(data);
    if (!this.gzip.write(data)) await once(this.gzip, "drain");
  }

  digest(): string {
    return this.hash.digest("hex");
  }

  async close(): Promise<void> {
    this.gzip.end();
    await once(this.out, "finish");
  }

  destroy(): void {
    this.gzip.destroy();
    this.out.destroy();
  }
}

async function membersOf(client: pg.ClientBase, cityId: string, withPasswords: boolean): Promise<BackupMember[]> {
  // A platform admin's hash is a credential for the whole platform: it never leaves in a city's file.
  const { rows } = await client.query<BackupMember & { createdAt: Date }>(
    `SELECT u.id AS "userId", u.email, u.name, u.locale, u.disabled,
            CASE WHEN $2::boolean AND NOT u."platformAdmin" THEN u."passwordHash" END AS "passwordHash",
            m.role::text AS role, m."createdAt"
       FROM "control"."Membership" m JOIN "control"."User" u ON u.id = m."userId"
      WHERE m."cityId" = $1 ORDER BY u.email`,
    [cityId, withPasswords],
  );
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

async function writeTable(client: pg.ClientBase, q: string, table: BackupTable & { hasBytes: boolean }, w: LineWriter): Promise<number> {
  // row_to_json's text goes into the file untouched: numeric and bigint values keep every digit.
  // It writes a JSON null inside a Json column as SQL NULL would be written; Charta never stores
  // one (no Prisma.JsonNull), and the round-trip tests' checksums (row text) would show it if it did.
  await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS r FROM ${q}.${quoteIdent(table.name)} t`);
  const fetch = `FETCH ${table.hasBytes ? ROWS_PER_FETCH_WITH_BYTES : ROWS_PER_FETCH} FROM backup_rows`;
  let count = 0;
  for (;;) {
    const { rows } = await client.query<{ r: string }>(fetch);
    if (!rows.length) break;
    count += rows.length;
    await w.line(`{"t":${JSON.stringify(table.name)},"n":${rows.length},"rows":[${rows.map((x) => x.r).join(",")}]}`);
  }
  await client.query("CLOSE backup_rows");
  return count;
}

export async function backupCity(databaseUrl: string, slug: string, file: string, opts: BackupOptions = {}): Promise<BackupResult> {
  const schema = schemaNameForSlug(slug);
  const q = quoteSchema(schema);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // Written under a temporary name: a backup that failed halfway never looks like a backup.
  const part = `${file}.part`;
  const w = new LineWriter(part);
  try {
    // One snapshot for the registry, the members and every table: consistent while people work.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const city = (await client.query(`SELECT row_to_json(c) AS c FROM "control"."City" c WHERE slug = $1`, [slug])).rows[0]?.c;
    if (!city) throw new Error(`No city with slug "${slug}" on this installation.`);
    const tables = await cityTables(client, schema);
    if (!tables.length) throw new Error(`The schema of "${slug}" (${schema}) is missing or empty; nothing to back up.`);
    const cityMigrations = (await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${q}."_charta_migrations" ORDER BY name`)).rows;
    const controlMigrations = (await client.query<{ name: string }>(`SELECT name FROM "control"."_charta_migrations" ORDER BY name`)).rows.map((r) => r.name);
    // Read after the snapshot was taken, so each is at least the highest value any backed-up row holds.
    const sequences = (
      await client.query<{ name: string; value: string | null }>(
        `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = $1 ORDER BY sequencename`,
        [schema],
      )
    ).rows;
    const members = await membersOf(client, city.id, !opts.withoutPasswords);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      city,
      migrations: { city: cityMigrations, control: controlMigrations },
      tables: tables.map(({ name, columns }) => ({ name, columns })),
      sequences,
      members,
      withPasswords: !opts.withoutPasswords,
    };
    // The file must restore: a header restore would refuse fails here, while the data is still there.
    await w.line(JSON.stringify(ZBackupHeader.parse(header)));
    const counts: Record<string, number> = {};
    let total = 0;
    for (const table of tables) {
      counts[table.name] = await writeTable(client, q, table, w);
      total += counts[table.name]!;
      if (counts[table.name]) opts.progress?.(`${table.name}: ${counts[table.name]} row(s)`);
    }
    await client.query("COMMIT");
    const trailer: BackupTrailer = { end: true, rows: counts, sha256: w.digest() };
    await w.line(JSON.stringify(trailer), false);
    await w.close();
    await rename(part, file);
    return { file, rows: total, tables: tables.length, members: members.length, bytes: w.bytes };
  } catch (err) {
    w.destroy();
    await rm(part, { force: true });
    throw err;
  } finally {
    await client.end();
  }
}
