/**
 * Offline `prisma migrate diff`: the SQL that turns one live PostgreSQL schema into the datamodel
 * of a schema.prisma file. The Prisma CLI cannot run its native engine here (see
 * docs/architecture.md, "Prisma offline"), so we drive Prisma's WebAssembly schema engine the way
 * the CLI itself does (prisma/prisma packages/migrate SchemaEngineWasm.ts + internals'
 * wasmSchemaEngineLoader): instantiate the wasm by hand, then `SchemaEngine.new(options, debug,
 * adapterFactory)` with a migration-aware PrismaPg adapter.
 *
 * INTERNAL API, tested with exactly these pinned versions (package.json):
 *   @prisma/schema-engine-wasm 8.1.0-2.59be4fda12412a79eeb9c2ae727b6aa723593323
 *   @prisma/driver-adapter-utils 7.10.0, @prisma/adapter-pg 7.10.0
 * Upgrading any of them: run tests/integration/migrations-drift.test.ts first.
 *
 * Node only (reads the .wasm from node_modules); never import this from app code.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { assertSchemaName } from "@/lib/kernel/tenancy/schema-name";

/** Our runner's bookkeeping table: present in every migrated schema, absent from schema.prisma. */
const RUNNER_TABLE = "_charta_migrations";

type EngineClass = typeof SchemaEngine;
let engineClass: Promise<EngineClass> | undefined;

/**
 * The package's own entry does `import * as wasm from "./x.wasm"`, which Node cannot load. Like
 * Prisma's CLI we import the wasm-bindgen glue and instantiate the module ourselves — once per
 * process, because the glue keeps global state and a second instantiation breaks it.
 */
function loadEngineClass(): Promise<EngineClass> {
  engineClass ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { "./schema_engine_bg.js": glue });
    (glue as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void }).__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue.SchemaEngine;
  })();
  return engineClass;
}

export interface DiffSqlOptions {
  /** URL of the database that holds `fromSchema`; nothing outside that schema is looked at. */
  databaseUrl: string;
  /** The PostgreSQL schema to diff from, e.g. "control" or "city_amsterdam". */
  fromSchema: string;
  prismaSchemaPath: string;
}

/**
 * SQL that migrates `fromSchema` (as it is in the live database) to the datamodel in
 * `prismaSchemaPath`. Returns "" when they match. Names in the SQL are unqualified, ready for the
 * runner, which applies migrations under `SET LOCAL search_path`.
 */
export async function diffSql({ databaseUrl, fromSchema, prismaSchemaPath }: DiffSqlOptions): Promise<string> {
  assertSchemaName(fromSchema);
  const datamodel = await readFile(prismaSchemaPath, "utf8");
  const files = [{ path: prismaSchemaPath, content: datamodel }];
  const Engine = await loadEngineClass();
  // The engine introspects exactly the adapter's `schema` (getConnectionInfo().schemaName), and
  // since schema.prisma declares no `schemas`, it emits unqualified names.
  const pool = charAsTextPool(new pg.Pool({ connectionString: databaseUrl, max: 2 }));
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool, { schema: fromSchema }));
  let engine: SchemaEngine | undefined;
  try {
    engine = await Engine.new({ datamodels: undefined }, () => undefined, factory);
    const result = await engine.diff({
      // The wasm engine refuses `{ tag: "url" }`; a datasource without a url means "the live
      // database behind the adapter".
      from: { tag: "schemaDatasource", files, configDir: path.dirname(prismaSchemaPath) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      // Tables listed as externally managed (schema-qualified, or the engine refuses) are left out.
      filters: { externalTables: [`${fromSchema}.${RUNNER_TABLE}`], externalEnums: [] },
    });
    return normalise(result.stdout ?? "");
  } finally {
    engine?.free();
    await pool.end();
  }
}

/**
 * The engine's catalog queries return PostgreSQL's one-byte `"char"` type (OID 18, e.g.
 * pg_constraint.contype), which adapter-pg 7.10 refuses as an unsupported column type. pg already
 * returns its values as strings, so relabelling the column as `text` (OID 25) is lossless.
 */
function charAsTextPool(pool: pg.Pool): pg.Pool {
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
  Object.assign(pool, {
    query: async (config: pg.QueryConfig) => {
      const result = await query(config);
      for (const field of result.fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return result;
    },
  });
  return pool;
}

/** An empty diff is reported as a comment-only script ("-- This is an empty migration."). */
function normalise(sql: string): string {
  const meaningful = sql.split("\n").some((line) => line.trim() !== "" && !line.trim().startsWith("--"));
  return meaningful ? sql.trimEnd() + "\n" : "";
}
