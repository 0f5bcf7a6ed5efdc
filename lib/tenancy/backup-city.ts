/**
 * Backup and restore of ONE city, without external tools: the city's registry row, the list of
 * migrations its schema had, and every row of every table as JSON. Restoring rebuilds the schema
 * with the same migrations (so the shape is exactly what the code expects), loads the rows, moves
 * sequences past them, then applies any newer migrations. pg_dump -n works too (docs/operations.md);
 * this format needs nothing but Node and keeps a backup readable and portable across PG versions.
 * Limits: users and memberships live in the control schema and are not part of a city backup.
 */
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";
import pg from "pg";
import { applyMigrationsInTransaction, loadMigrations, migrationsDir } from "@/lib/db/migrations";
import { quoteSchema, schemaNameForSlug } from "./schema-name";

const FORMAT = "charta-city-backup/1";
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

interface Header {
  format: string;
  createdAt: string;
  city: Record<string, unknown> & { slug: string };
  migrations: string[];
  tables: string[];
}

async function tablesOf(client: pg.ClientBase, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> '_charta_migrations' ORDER BY tablename`,
    [schema],
  );
  return rows.map((r) => r.tablename).filter((t) => TABLE_NAME.test(t));
}

/** Writes a JSON-lines file: a header line, then one line per table chunk `{table, rows}`. */
export async function backupCity(databaseUrl: string, slug: string, file: string): Promise<{ file: string; rows: number }> {
  const schema = schemaNameForSlug(slug);
  const q = quoteSchema(schema);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const out = createWriteStream(file, { mode: 0o600 });
  let count = 0;
  try {
    // One snapshot for the whole city, so the backup is consistent while people keep working.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const city = (await client.query(`SELECT * FROM "control"."City" WHERE slug = $1`, [slug])).rows[0];
    if (!city) throw new Error(`No city with slug "${slug}".`);
    const migrations = (await client.query<{ name: string }>(`SELECT name FROM ${q}."_charta_migrations" ORDER BY name`)).rows.map((r) => r.name);
    const tables = await tablesOf(client, schema);
    const header: Header = { format: FORMAT, createdAt: new Date().toISOString(), city, migrations, tables };
    out.write(JSON.stringify(header) + "\n");
    for (const table of tables) {
      const cursorName = "backup_cursor";
      await client.query(`DECLARE ${cursorName} CURSOR FOR SELECT row_to_json(t) AS r FROM ${q}."${table}" t`);
      for (;;) {
        const { rows } = await client.query<{ r: unknown }>(`FETCH 1000 FROM ${cursorName}`);
        if (!rows.length) break;
        count += rows.length;
        if (!out.write(JSON.stringify({ table, rows: rows.map((x) => x.r) }) + "\n")) await once(out, "drain");
      }
      await client.query(`CLOSE ${cursorName}`);
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
    out.end();
    await once(out, "finish");
  }
  return { file, rows: count };
}

/**
 * Replaces the city's schema with the backup's contents in one transaction: if anything fails,
 * the city is left exactly as it was. A city missing from the registry is registered again.
 */
export async function restoreCity(databaseUrl: string, slug: string, file: string): Promise<{ rows: number }> {
  if (!existsSync(file)) throw new Error(`Backup file not found: ${file}`);
  const schema = schemaNameForSlug(slug);
  const q = quoteSchema(schema);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let header: Header | undefined;
  let count = 0;
  try {
    await client.query("BEGIN");
    // Created right before the loop: readline emits lines as soon as it exists, and lines emitted
    // while we awaited something else would be lost to the iterator.
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      if (!header) {
        header = JSON.parse(line) as Header;
        if (header.format !== FORMAT) throw new Error(`Not a Charta city backup (${header.format}).`);
        if (header.city.slug !== slug) throw new Error(`This backup is of "${header.city.slug}", not "${slug}".`);
        const known = loadMigrations(migrationsDir("city"));
        const upTo = known.filter((m) => header!.migrations.includes(m.name));
        if (upTo.length !== header.migrations.length) throw new Error("The backup was made by a newer Charta (unknown migrations).");
        await client.query(`DROP SCHEMA IF EXISTS ${q} CASCADE`);
        await applyMigrationsInTransaction(client, schema, upTo);
        await registerCity(client, header.city, schema);
        continue;
      }
      const chunk = JSON.parse(line) as { table: string; rows: unknown[] };
      if (!header.tables.includes(chunk.table) || !TABLE_NAME.test(chunk.table)) throw new Error(`Unexpected table ${chunk.table} in backup.`);
      const t = `${q}."${chunk.table}"`;
      await client.query(`INSERT INTO ${t} SELECT * FROM json_populate_recordset(NULL::${t}, $1::json)`, [JSON.stringify(chunk.rows)]);
      count += chunk.rows.length;
    }
    if (!header) throw new Error("The backup file is empty.");
    // Serial columns continue after the restored rows. PostgreSQL's format(%I/%L) does the quoting.
    const setvals = await client.query<{ stmt: string }>(
      `SELECT format('SELECT setval(%L, COALESCE((SELECT max(%I) FROM %I.%I), 0) + 1, false)',
                     pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname), a.attname, n.nspname, c.relname) AS stmt
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL`,
      [schema],
    );
    for (const { stmt } of setvals.rows) await client.query(stmt);
    await applyMigrationsInTransaction(client, schema, loadMigrations(migrationsDir("city")));
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
  return { rows: count };
}

async function registerCity(client: pg.ClientBase, city: Header["city"], schema: string) {
  const exists = (await client.query(`SELECT 1 FROM "control"."City" WHERE slug = $1`, [city.slug])).rowCount;
  if (exists) return;
  await client.query(
    `INSERT INTO "control"."City" (id, slug, name, country, "defaultLocale", locales, status, "schemaName", "brandColor", "logoUrl", "provisionedAt", "updatedAt")
     VALUES ($1,$2,$3,$4,$5,$6,$7::"control"."CityStatus",$8,$9,$10, now(), now())`,
    [city.id, city.slug, city.name, city.country, city.defaultLocale, city.locales, city.status, schema, city.brandColor, city.logoUrl],
  );
}
