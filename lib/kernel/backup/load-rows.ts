/**
 * Loads a backup's rows into a freshly migrated schema that nobody else uses yet (restore's
 * temporary schema). The way pg_dump does it: rows first, then the foreign keys. The schema's
 * foreign keys are dropped, every row goes in, and the same constraints (PostgreSQL's own
 * definitions) are added back, which checks every row at once. So the order of tables, cycles
 * and self-references (comment threads, amendments) do not matter, for today's tables and for
 * any a later migration adds. Deferring the constraints instead would need them DEFERRABLE (they
 * are not), and `session_replication_role = replica` needs a superuser; neither is required here.
 * Triggers of the tables' own (the audit log's append-only guard, and any later one) are switched
 * off while loading, so a trigger can neither refuse nor change a restored row; that needs only
 * ownership of the tables, which the restore has because it just created them.
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import { quoteSchema } from "@/lib/kernel/tenancy/schema-name";
import { cityTables, foreignKeys, tablesWithTriggers } from "./catalog";
import { BackupFileError, quoteIdent, type BackupHeader } from "./format";
import { backupLines, chunkInfo } from "./read-backup";

export interface LoadOptions {
  /** The checksum checkBackup verified: the file must not have changed since. */
  sha256: string;
  /** Applied to each line of rows before it is loaded (user ids of the new installation). */
  rewrite: (text: string) => string;
  progress?: (line: string) => void;
}

function sameTables(header: BackupHeader, found: { name: string; columns: string[] }[]): boolean {
  const key = (ts: { name: string; columns: string[] }[]) => JSON.stringify(ts.map((t) => [t.name, [...t.columns].sort()]).sort());
  return key(header.tables) === key(found);
}

export async function loadRows(client: pg.ClientBase, schema: string, file: string, header: BackupHeader, opts: LoadOptions): Promise<number> {
  const q = quoteSchema(schema);
  const tables = await cityTables(client, schema);
  if (!sameTables(header, tables)) {
    throw new BackupFileError("The backup's tables do not match the schema its migrations build; it was not made by Charta's backup. Nothing was changed.");
  }
  const fks = await foreignKeys(client, schema);
  for (const fk of fks) await client.query(`ALTER TABLE ${q}.${quoteIdent(fk.table)} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
  const triggered = await tablesWithTriggers(client, schema);
  for (const t of triggered) await client.query(`ALTER TABLE ${q}.${quoteIdent(t)} DISABLE TRIGGER USER`);

  const insert = new Map(
    tables.map((t) => {
      const cols = t.columns.map(quoteIdent).join(", ");
      const target = `${q}.${quoteIdent(t.name)}`;
      // OVERRIDING SYSTEM VALUE: an identity column takes the backed-up value, as a serial one does.
      return [t.name, `INSERT INTO ${target} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM json_populate_recordset(NULL::${target}, $1::json)`];
    }),
  );
  let total = 0;
  let current = null as { table: string; rows: number } | null;
  let first = true;
  const hash = createHash("sha256");
  for await (const line of backupLines(file)) {
    const chunk = first ? null : chunkInfo(line.text);
    if (first || chunk) hash.update(line.bytes);
    if (first) {
      first = false;
      continue;
    }
    if (!chunk) continue; // the trailer
    if (current?.table !== chunk.table) {
      if (current) opts.progress?.(`${current.table}: ${current.rows} row(s)`);
      current = { table: chunk.table, rows: 0 };
    }
    await client.query(insert.get(chunk.table)!, [opts.rewrite(chunk.json)]);
    current.rows += chunk.rows;
    total += chunk.rows;
  }
  if (current) opts.progress?.(`${current.table}: ${current.rows} row(s)`);
  if (hash.digest("hex") !== opts.sha256) throw new BackupFileError("The backup file changed while it was being restored. Nothing was changed.");

  for (const fk of fks) await client.query(`ALTER TABLE ${q}.${quoteIdent(fk.table)} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.definition}`);
  for (const t of triggered) await client.query(`ALTER TABLE ${q}.${quoteIdent(t)} ENABLE TRIGGER USER`);
  for (const s of header.sequences) {
    if (s.value !== null) await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [`${q}.${quoteIdent(s.name)}`, s.value]);
  }
  return total;
}
