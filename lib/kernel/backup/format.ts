/**
 * The city backup file: gzip-compressed JSON lines. The first line is the header (what the city
 * is, its schema version, its tables and sequences, its members); then one line per chunk of rows
 * `{"t": table, "n": count, "rows": [...]}` (the rows as PostgreSQL's row_to_json wrote them, so
 * numbers keep every digit); the last line is the trailer with the row count per table and the
 * SHA-256 of every line before it. A file without its trailer is incomplete, one whose lines do not hash to the
 * trailer's checksum is damaged: restore reads the whole file once to check this before it changes
 * anything (./read-backup.ts).
 */
import { z } from "zod";

export const BACKUP_FORMAT = "charta-city-backup/2";

export interface BackupTrailer {
  end: true;
  rows: Record<string, number>;
  sha256: string;
}

const ZIdent = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/);

/**
 * The header is checked field by field before anything is restored: a file crafted by hand must
 * not reach SQL or the control schema with anything but the shapes below.
 */
export const ZBackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.iso.datetime({ offset: true }),
  city: z.looseObject({ id: z.uuid(), slug: z.string(), name: z.string() }),
  migrations: z.object({
    city: z.array(z.object({ name: z.string().regex(/^\d{4}_[a-z0-9_]+$/), checksum: z.string().regex(/^[0-9a-f]{64}$/) })),
    control: z.array(z.string().regex(/^\d{4}_[a-z0-9_]+$/)),
  }),
  tables: z.array(z.object({ name: ZIdent, columns: z.array(ZIdent).min(1) })),
  sequences: z.array(
    z.object({
      name: ZIdent,
      value: z
        .string()
        .regex(/^-?\d{1,19}$/)
        .nullable(),
    }),
  ),
  // passwordHash travels only for the city's own members who are not platform admins, and not at
  // all with --without-passwords (docs/operations.md, "What a backup holds").
  members: z.array(
    z.object({
      userId: z.uuid(),
      // Whatever the control schema accepted: a stricter check here would refuse a good backup.
      email: z
        .string()
        .max(320)
        .regex(/^[^\s@]+@[^\s@]+$/),
      name: z.string().max(1000),
      locale: z.string().max(10).nullable(),
      disabled: z.boolean(),
      passwordHash: z.string().max(500).nullable(),
      role: z.enum(["city_admin", "officer", "council_member", "advisory_member"]),
      createdAt: z.iso.datetime({ offset: true }),
    }),
  ),
  withPasswords: z.boolean(),
});

export type BackupHeader = z.infer<typeof ZBackupHeader>;
export type BackupTable = BackupHeader["tables"][number];
export type BackupMember = BackupHeader["members"][number];

/** Table and column names go into SQL text (quoted): only plain identifiers are accepted. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function quoteIdent(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Refusing identifier outside the allowlist: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** A problem with the file itself, found before anything was changed. */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupFileError";
  }
}
