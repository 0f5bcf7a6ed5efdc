/**
 * Restores ONE city from a backup file (./format.ts), on this installation or on a new one.
 *
 * 1. The whole file is checked first (complete, undamaged, not newer than this code): a bad file
 *    is refused before anything changes.
 * 2. In one transaction: the rows are loaded into a temporary schema built with the backup's own
 *    migrations (./load-rows.ts), newer migrations are applied, and only then is the temporary
 *    schema renamed to the city's — the old schema, if any, is renamed away and dropped in the
 *    same transaction. Until the commit, the app keeps reading the old schema; a failure anywhere
 *    leaves the city exactly as it was. Prisma names the schema in every query, and enum types,
 *    sequences and the audit trigger's function live in the schema, so they move with the rename.
 * 3. A city this installation does not know is registered, and its members come along
 *    (./restore-members.ts). A city it knows keeps its registry row and memberships: who may
 *    enter is this installation's decision, not the backup's (a member removed since the backup
 *    stays removed).
 */
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { applyMigrationsInTransaction, loadMigrations, migrationsDir } from "@/lib/kernel/db/migrations";
import { quoteSchema, schemaNameForSlug } from "@/lib/kernel/tenancy/schema-name";
import { BackupFileError, quoteIdent, type BackupHeader } from "./format";
import { loadRows } from "./load-rows";
import { checkBackup } from "./read-backup";
import { idRewriter, restoreMembers, type RestoredMembers } from "./restore-members";

export interface RestoreOptions {
  /** When given, must be the backup's city: a backup of A is never restored as B. */
  slug?: string;
  /** Required to restore over a city whose schema exists here. */
  replace?: boolean;
  progress?: (line: string) => void;
}

export interface RestoreResult {
  slug: string;
  schemaName: string;
  rows: number;
  replaced: boolean;
  /** The city was not registered here: registry row and members came from the backup. */
  registered: boolean;
  members: Omit<RestoredMembers, "idMap"> | null;
  newerMigrations: string[];
  backupCreatedAt: string;
}

/** Refused because of this installation's state (not the file); nothing was changed. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefusedError";
  }
}

async function schemaExists(client: pg.ClientBase, schema: string): Promise<boolean> {
  return !!(await client.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [schema])).rowCount;
}

/** Inserts the backup's registry row, column by column as far as this installation's table has them. */
async function registerCity(client: pg.ClientBase, header: BackupHeader, schema: string): Promise<{ cityId: string; idMap: Map<string, string> }> {
  const taken = (await client.query(`SELECT 1 FROM "control"."City" WHERE id = $1`, [header.city.id])).rowCount;
  const cityId = taken ? randomUUID() : header.city.id;
  const row = {
    ...header.city,
    id: cityId,
    schemaName: schema,
    provisionedAt: header.city.provisionedAt ?? new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  };
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname::text AS name FROM pg_attribute WHERE attrelid = '"control"."City"'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''`,
  );
  // Columns the backup lacks (an older Charta) take their defaults here.
  const cols = rows
    .map((r) => r.name)
    .filter((name) => name in row)
    .map(quoteIdent)
    .join(", ");
  await client.query(`INSERT INTO "control"."City" (${cols}) SELECT ${cols} FROM json_populate_record(NULL::"control"."City", $1::json)`, [
    JSON.stringify(row),
  ]);
  return { cityId, idMap: cityId === header.city.id ? new Map() : new Map([[header.city.id, cityId]]) };
}

export async function restoreCity(databaseUrl: string, file: string, opts: RestoreOptions = {}): Promise<RestoreResult> {
  const progress = opts.progress ?? (() => undefined);
  const checked = await checkBackup(file);
  const { header } = checked;
  const slug = header.city.slug;
  if (opts.slug && opts.slug !== slug) throw new BackupFileError(`This backup is of "${slug}", not "${opts.slug}". Nothing was changed.`);
  const schema = schemaNameForSlug(slug);
  progress(
    `Backup of ${slug} made ${header.createdAt}: ${checked.totalRows} rows in ${header.tables.length} tables, ${header.members.length} member(s); checksum OK.`,
  );

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    // The same lock as provisioning: a restore and a creation of one slug never interleave.
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`charta-provision:${slug}`]);
    const exists = await schemaExists(client, schema);
    if (exists && !opts.replace) {
      throw new RestoreRefusedError(
        `"${slug}" exists on this installation. To replace its data with this backup, run the restore again with --replace (the current data stays until the restored copy is complete). Nothing was changed.`,
      );
    }
    const registeredHere = (await client.query<{ id: string }>(`SELECT id FROM "control"."City" WHERE slug = $1`, [slug])).rows[0];

    const temp = `city__restore_${randomBytes(6).toString("hex")}`;
    const known = loadMigrations(migrationsDir("city"));
    const had = new Set(header.migrations.city.map((m) => m.name));
    await applyMigrationsInTransaction(
      client,
      temp,
      known.filter((m) => had.has(m.name)),
    );

    let members: RestoredMembers | null = null;
    let idMap = new Map<string, string>();
    if (!registeredHere) {
      const reg = await registerCity(client, header, schema);
      members = await restoreMembers(client, reg.cityId, header.members);
      idMap = new Map([...reg.idMap, ...members.idMap]);
      progress(`Registered ${slug}; members: ${members.created.length} new account(s), ${members.linked.length} linked to existing account(s).`);
    }
    const rows = await loadRows(client, temp, file, header, { sha256: checked.sha256, rewrite: idRewriter(idMap), progress: (line) => progress(`  ${line}`) });
    const newer = await applyMigrationsInTransaction(client, temp, known);
    if (newer.length) progress(`Applied migrations newer than the backup: ${newer.join(", ")}.`);

    if (exists) {
      // Whoever migrates the city waits for the swap (and then finds it up to date).
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`charta-migrate:${schema}`]);
      const old = `city__old_${randomBytes(6).toString("hex")}`;
      await client.query(`ALTER SCHEMA ${quoteSchema(schema)} RENAME TO ${quoteSchema(old)}`);
      await client.query(`ALTER SCHEMA ${quoteSchema(temp)} RENAME TO ${quoteSchema(schema)}`);
      await client.query(`DROP SCHEMA ${quoteSchema(old)} CASCADE`);
    } else {
      await client.query(`ALTER SCHEMA ${quoteSchema(temp)} RENAME TO ${quoteSchema(schema)}`);
    }
    const cityId = registeredHere?.id ?? (await client.query<{ id: string }>(`SELECT id FROM "control"."City" WHERE slug = $1`, [slug])).rows[0]!.id;
    await client.query(`INSERT INTO "control"."PlatformAuditLog" (action, "cityId", target, details) VALUES ('city.restore', $1, $2, $3)`, [
      cityId,
      slug,
      JSON.stringify({
        file: path.basename(file),
        backupCreatedAt: header.createdAt,
        rows,
        replaced: exists,
        registered: !registeredHere,
        membersCreated: members?.created.length ?? 0,
        membersLinked: members?.linked.length ?? 0,
      }),
    ]);
    await client.query("COMMIT");
    return {
      slug,
      schemaName: schema,
      rows,
      replaced: exists,
      registered: !registeredHere,
      members: members && { created: members.created, linked: members.linked, passwordLinks: members.passwordLinks },
      newerMigrations: newer,
      backupCreatedAt: header.createdAt,
    };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
