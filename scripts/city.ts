/**
 * `npm run city -- <command>`:
 *   create <slug> --name "<name>" --locale nl|en [--country NL] --admin <email> [--admin-name "<name>"]
 *   suspend <slug> | reactivate <slug> | list
 *   backup <slug> [--out <file>] [--without-passwords]
 *   backup-all --dir <dir> [--keep <n>] [--without-passwords]
 *   restore <slug> --from <file> [--replace]
 *   check-backup <file>
 */
import { checkBackup } from "../lib/kernel/backup/read-backup";
import { openDatabase } from "./lib/database";
import { migrateEverything } from "./lib/launch";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const has = (name: string) => process.argv.includes(`--${name}`);
const say = (line: string) => console.log(line);

const USAGE = `Usage: npm run city -- create <slug> --name "<name>" --locale nl|en [--country NL] --admin <email>
       npm run city -- suspend|reactivate <slug>
       npm run city -- list
       npm run city -- backup <slug> [--out <file>] [--without-passwords]
       npm run city -- backup-all --dir <dir> [--keep <n>] [--without-passwords]
       npm run city -- restore <slug> --from <file> [--replace]
       npm run city -- check-backup <file>`;

async function main(): Promise<number> {
  const [command, slug] = process.argv.slice(2);
  if (!command) {
    console.error(USAGE);
    return 2;
  }
  if (command === "check-backup") {
    // Reads only the file: no database needed.
    const file = slug ?? "";
    const r = await checkBackup(file);
    say(`${file}: a complete, undamaged backup of ${r.header.city.slug} made ${r.header.createdAt}`);
    say(
      `  ${r.totalRows} rows in ${r.header.tables.length} tables, ${r.header.members.length} member(s)${r.header.withPasswords ? "" : " (without passwords)"}`,
    );
    say(
      `  schema at ${r.header.migrations.city.at(-1)?.name ?? "—"}${r.newerHere.length ? `; this Charta would apply ${r.newerHere.join(", ")} after restoring` : "; same as this Charta"}`,
    );
    return 0;
  }
  const db = await openDatabase();
  process.env.DATABASE_URL = db.url;
  try {
    await migrateEverything(db.url);
    const { controlDb } = await import("../lib/kernel/db/control");
    const { getPool, closePool } = await import("../lib/kernel/db/pool");
    try {
      switch (command) {
        case "create": {
          const { provisionCity } = await import("../lib/kernel/tenancy/provision-city");
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
          const { setCityStatus } = await import("../lib/kernel/tenancy/set-city-status");
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
          const { backupCity } = await import("../lib/kernel/backup/backup-city");
          const { backupFileName } = await import("../lib/kernel/backup/backup-all");
          const out = flag("out") ?? backupFileName(slug ?? "");
          say(`Backing up ${slug} to ${out}…`);
          const r = await backupCity(db.url, slug ?? "", out, { withoutPasswords: has("without-passwords"), progress: (line) => say(`  ${line}`) });
          say(`Backed up ${slug}: ${r.rows} rows in ${r.tables} tables, ${r.members} member(s), ${(r.bytes / 1024).toFixed(0)} KiB → ${r.file}`);
          return 0;
        }
        case "backup-all": {
          const dir = flag("dir");
          if (!dir) throw new Error("backup-all needs --dir <folder>");
          const keep = flag("keep") === undefined ? undefined : Number(flag("keep"));
          if (keep !== undefined && !(Number.isInteger(keep) && keep > 0))
            throw new Error("--keep takes a whole number of backups to keep per city (1 or more)");
          const { mkdir } = await import("node:fs/promises");
          await mkdir(dir, { recursive: true, mode: 0o700 });
          const { backupAllCities } = await import("../lib/kernel/backup/backup-all");
          const r = await backupAllCities(db.url, dir, { keep, withoutPasswords: has("without-passwords"), onCity: say });
          say(
            `${r.done.length} cit${r.done.length === 1 ? "y" : "ies"} backed up, ${r.failed.length} failed${r.removed.length ? `, ${r.removed.length} older backup(s) removed` : ""}.`,
          );
          return r.failed.length ? 1 : 0;
        }
        case "restore": {
          const from = flag("from");
          if (!from) throw new Error("restore needs --from <file>");
          const { restoreCity } = await import("../lib/kernel/backup/restore-city");
          say(`Checking ${from}…`);
          const r = await restoreCity(db.url, from, { slug, replace: has("replace"), progress: say });
          say(`Restored ${r.slug} from the backup of ${r.backupCreatedAt}: ${r.rows} rows${r.replaced ? ", replacing the data it had" : ""}.`);
          if (r.members) {
            if (r.members.linked.length) say(`Linked to existing accounts: ${r.members.linked.join(", ")}`);
            if (r.members.created.length) say(`New accounts: ${r.members.created.join(", ")}`);
            const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
            for (const l of r.members.passwordLinks) say(`  ${l.email} sets a password here (valid 7 days): ${base}/reset-password/${l.token}`);
          } else {
            say("The city was registered here already: its registry entry and members were kept as they are.");
          }
          say("A running Charta may show the public pages from before the restore until the city publishes again or the app restarts.");
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
