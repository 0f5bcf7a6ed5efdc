/**
 * What a city schema holds, read from PostgreSQL's catalog rather than from a list in the code:
 * a table, column, sequence or foreign key a later migration adds is covered without a change
 * here (tests/integration/backup-full-city.test.ts fails when the full-feature city leaves a
 * table empty, so the round trips keep proving it).
 */
import type pg from "pg";
import { IDENTIFIER } from "./format";

export interface CatalogTable {
  name: string;
  /** Columns a row is written with: generated columns are left out (PostgreSQL computes them). */
  columns: string[];
  hasBytes: boolean;
}

/** The migration bookkeeping travels in the header, not as data. */
const NOT_DATA = new Set(["_charta_migrations"]);

export async function cityTables(client: pg.ClientBase, schema: string): Promise<CatalogTable[]> {
  const { rows } = await client.query<{ table: string; columns: string[]; hasBytes: boolean }>(
    `SELECT c.relname AS table,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            bool_or(a.atttypid = 'bytea'::regtype) AS "hasBytes"
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
      GROUP BY c.relname
      ORDER BY c.relname`,
    [schema],
  );
  const tables = rows.filter((r) => !NOT_DATA.has(r.table));
  // A name that cannot be quoted safely stops the backup loudly; skipping it would lose data quietly.
  for (const t of tables) {
    for (const name of [t.table, ...t.columns])
      if (!IDENTIFIER.test(name)) throw new Error(`${schema}: cannot back up ${JSON.stringify(name)} (not a plain identifier).`);
  }
  return tables.map((t) => ({ name: t.table, columns: t.columns, hasBytes: t.hasBytes }));
}

export interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

/** Every foreign key of the schema's tables, with the definition PostgreSQL would write for it. */
export async function foreignKeys(client: pg.ClientBase, schema: string): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(
    `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND k.contype = 'f'
      ORDER BY c.relname, k.conname`,
    [schema],
  );
  for (const fk of rows)
    if (!IDENTIFIER.test(fk.table) || !IDENTIFIER.test(fk.name)) throw new Error(`${schema}: unexpected constraint ${JSON.stringify(fk.name)}.`);
  return rows;
}

/** Tables with triggers of their own (not the ones PostgreSQL makes for foreign keys). */
export async function tablesWithTriggers(client: pg.ClientBase, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ table: string }>(
    `SELECT DISTINCT c.relname AS table
       FROM pg_trigger g
       JOIN pg_class c ON c.oid = g.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND NOT g.tgisinternal
      ORDER BY 1`,
    [schema],
  );
  return rows.map((r) => r.table);
}
