/**
 * Row count and checksum of every table of a city schema: what a restore must reproduce. The
 * checksum is order-independent (rows are hashed one by one, then the sorted hashes together), so
 * it compares content, not the physical order PostgreSQL happens to return.
 */
import type pg from "pg";
import { quoteSchema } from "@/lib/kernel/tenancy/schema-name";
import { cityTables } from "./catalog";
import { quoteIdent } from "./format";

export type TableChecksums = Record<string, { rows: number; md5: string }>;

/**
 * `replace` rewrites text in each row before hashing, e.g. a user id of the source installation
 * into the id that user has on the restored one.
 */
export async function tableChecksums(client: pg.ClientBase | pg.Pool, schema: string, replace: [string, string][] = []): Promise<TableChecksums> {
  const out: TableChecksums = {};
  const params = replace.flat();
  // A row's text form tells an SQL NULL from a JSON null, which row_to_json does not.
  let row = "t::text";
  replace.forEach((_, i) => (row = `replace(${row}, $${2 * i + 1}, $${2 * i + 2})`));
  for (const t of await cityTables(client as pg.ClientBase, schema)) {
    const { rows } = await client.query<{ rows: number; md5: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS md5
         FROM (SELECT md5(${row}) AS h FROM ${quoteSchema(schema)}.${quoteIdent(t.name)} t) x`,
      params,
    );
    out[t.name] = rows[0]!;
  }
  return out;
}
