/**
 * `npm run city -- <command>`:
 *   create <slug> --name "<name>" --locale nl|en [--country NL] --admin <email> [--admin-name "<name>"]
 *   suspend <slug> | reactivate <slug> | list
 *   backup <slug> [--out <file>] | restore <slug> --from <file>
 */
import { backupCity, restoreCity } from "../lib/tenancy/backup-city";
import { openDatabase } from "./lib/database";
import { migrateEverything } from "./lib/launch";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const USAGE = `Usage: npm run city -- create <slug> --name "<name>" --locale nl|en [--country NL] --admin <email>
       npm run city -- suspend|reactivate|backup <slug>   (backup: [--out file])
       npm run city -- restore <slug> --from <file>
       npm run city -- list`;

async function main(): Promise<number> {
  const [command, slug] = process.argv.slice(2);
  if (!command) {
    console.error(USAGE);
    return 2;
  }
  const db = await openDatabase();
  process.env.DATABASE_URL = db.url;
  try {
    await migrateEverything(db.url);
    const { controlDb } = await import("../lib/db/control");
    const { getPool, closePool } = await import("../lib/db/pool");
    try {
      switch (command) {
        case "create": {
          const { provisionCity } = await import("../lib/tenancy/provision-city");
          const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
          const locale = flag("locale") ?? "nl";
          const r = await provisionCity(getPool(), {
            slug: slug ?? "",
            name: flag("name") ?? "",
            country: flag("country") ?? (locale === "nl" ? "NL" : "IE"),
            defaultLocale: locale as "nl" | "en",
            adminEmail: flag("admin") ?? "",
            adminName: flag("admin-name"),
          });
          console.log(r.created ? `Created ${r.slug} (schema ${r.schemaName}).` : `${r.slug} already exists; nothing changed.`);
          if (r.adminPasswordToken) console.log(`The city admin sets a password here (valid 7 days): ${base}/reset-password/${r.adminPasswordToken}`);
          return 0;
        }
        case "suspend":
        case "reactivate": {
          const { setCityStatus } = await import("../lib/tenancy/set-city-status");
          await setCityStatus(controlDb(), slug ?? "", command === "suspend" ? "suspended" : "active", null);
          console.log(`${slug} is now ${command === "suspend" ? "suspended" : "active"}.`);
          return 0;
        }
        case "list": {
          const cities = await controlDb().city.findMany({ orderBy: { slug: "asc" } });
          console.table(cities.map((c) => ({ slug: c.slug, name: c.name, status: c.status, schema: c.schemaName, locales: c.locales.join(",") })));
          return 0;
        }
        case "backup": {
          const out = flag("out") ?? `${slug}-${new Date().toISOString().slice(0, 10)}.charta-backup.jsonl`;
          const r = await backupCity(db.url, slug ?? "", out);
          console.log(`Backed up ${slug} to ${r.file} (${r.rows} rows).`);
          return 0;
        }
        case "restore": {
          const from = flag("from");
          if (!from) throw new Error("restore needs --from <file>");
          const r = await restoreCity(db.url, slug ?? "", from);
          console.log(`Restored ${slug} from ${from} (${r.rows} rows).`);
          return 0;
        }
        default:
          console.error(USAGE);
          return 2;
      }
    } finally {
      await closePool();
    }
  } finally {
    await db.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((err) => {
    const issues = (err as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    if (issues) for (const i of issues) console.error(`✗ ${i.path.join(".") || "input"}: ${i.message}`);
    else console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
