/**
 * A city with data in every table (tests/helpers/full-city.ts) survives a backup, on the same
 * installation (back up → drop the schema → restore) and into a new one (a fresh database with no
 * cities): every table's rows are identical (count and checksum), the workspace and public pages,
 * evidence downloads and open data answer as before. On the new installation the members come
 * along: an account with the same email is linked (its password untouched, the city's rows
 * re-pointed to its id), the others are created, and a member signs in with the password they had.
 * A platform admin's password hash and other cities' users never travel in the file.
 */
import { gunzipSync } from "node:zlib";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createScratchDatabase } from "../helpers/database";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("@/lib/kernel/i18n/request-locale", () => ({ requestLocale: async () => "en" }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: () => unknown) => fn }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
  notFound: () => {
    throw new Error("not found");
  },
  usePathname: () => "/",
  useRouter: () => ({ refresh: () => {}, push: () => {}, replace: () => {} }),
  useSearchParams: () => new URLSearchParams(),
}));

const { createFullCity } = await import("../helpers/full-city");
const { createTestCity } = await import("../helpers/cities");
const { renderCityPages } = await import("../helpers/city-pages");
const { tableChecksums } = await import("@/lib/kernel/backup/checksums");
const { backupCity } = await import("@/lib/kernel/backup/backup-city");
const { restoreCity } = await import("@/lib/kernel/backup/restore-city");
const { cityTables } = await import("@/lib/kernel/backup/catalog");
const { getPool } = await import("@/lib/kernel/db/pool");
const { controlDb } = await import("@/lib/kernel/db/control");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { hashPassword } = await import("@/lib/kernel/auth/password");

type City = Awaited<ReturnType<typeof createFullCity>>;
let city: City;
let file: string;
let before: { tables: Awaited<ReturnType<typeof tableChecksums>>; pages: Record<string, string> };
const ADMIN_PASSWORD = "restored-admin-password-1";

async function snapshot(c: { slug: string; schemaName: string }, user: SessionUser, replace: [string, string][] = []) {
  session.user = user;
  const pages = await renderCityPages(c);
  session.user = null;
  return { tables: await tableChecksums(getPool(), c.schemaName, replace), pages };
}

beforeAll(async () => {
  city = await createFullCity();
  // A real password, so that signing in after a restore on a new installation can be proven.
  await controlDb().user.update({ where: { id: city.users.city_admin.id }, data: { passwordHash: await hashPassword(ADMIN_PASSWORD) } });
  // A platform admin among the members: their hash must never leave in a city's file.
  await controlDb().user.update({ where: { id: city.users.council_member.id }, data: { platformAdmin: true, passwordHash: "platform-admin-secret-hash" } });
  // Another city's user with a password: not this city's business.
  const other = await createTestCity("other");
  await controlDb().user.update({ where: { id: other.users.officer.id }, data: { passwordHash: "other-city-secret-hash" } });
  file = path.join(mkdtempSync(path.join(tmpdir(), "charta-full-backup-")), "full.charta-backup.gz");
}, 300_000);

describe("the full-feature city", () => {
  it("has rows in every table of the city schema, so the round trips cover every feature", async () => {
    const client = await getPool().connect();
    try {
      const tables = await cityTables(client, city.schemaName);
      const empty: string[] = [];
      for (const t of tables) {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${city.schemaName}"."${t.name}"`);
        if (rows[0].n === 0) empty.push(t.name);
      }
      expect(empty, "tables without rows in tests/helpers/full-city.ts: add their feature's data there").toEqual([]);
    } finally {
      client.release();
    }
  });

  it("comes back after its schema is dropped: every row, every page, every file", { timeout: 300_000 }, async () => {
    before = await snapshot(city, city.users.officer);
    // What is compared is real: the pages, both evidence files served, every open-data file.
    expect(Object.keys(before.pages).length).toBeGreaterThan(40);
    expect(Object.entries(before.pages).filter(([k, v]) => k.includes("/evidence/") && v.startsWith("200 "))).toHaveLength(2);
    expect(Object.entries(before.pages).filter(([k, v]) => k.includes("/logo/") && v.startsWith("200 image/png "))).toHaveLength(1);
    const backup = await backupCity(process.env.DATABASE_URL!, city.slug, file);
    expect(backup.rows).toBe(Object.values(before.tables).reduce((n, t) => n + t.rows, 0));
    const text = gunzipSync(readFileSync(file)).toString("utf8");
    expect(text).not.toContain("platform-admin-secret-hash");
    expect(text).not.toContain("other-city-secret-hash");
    expect(text).not.toContain("@other-");

    await getPool().query(`DROP SCHEMA "${city.schemaName}" CASCADE`);
    const restored = await restoreCity(process.env.DATABASE_URL!, file, { slug: city.slug });
    expect(restored).toMatchObject({ rows: backup.rows, replaced: false, registered: false, members: null });
    const after = await snapshot(city, city.users.officer);
    expect(after.tables).toEqual(before.tables);
    expect(after.pages).toEqual(before.pages);

    // The restored schema works as the app expects: the audit log is append-only again, ids continue.
    const db = cityDbForSchema(city.schemaName);
    await expect(getPool().query(`DELETE FROM "${city.schemaName}"."AuditLog"`)).rejects.toThrow(/append-only/);
    const max = (await getPool().query(`SELECT max(id)::text AS m FROM "${city.schemaName}"."AuditLog"`)).rows[0].m as string;
    const next = await db.auditLog.create({ data: { action: "test", entity: "Test", entityId: "x" } });
    expect(BigInt(next.id) > BigInt(max)).toBe(true);
  });
});

describe("the full-feature city into a new installation", () => {
  let fresh: Awaited<ReturnType<typeof createScratchDatabase>>;

  beforeAll(async () => {
    fresh = await createScratchDatabase();
    const { closePool } = await import("@/lib/kernel/db/pool");
    const { disconnectControl } = await import("@/lib/kernel/db/control");
    const { clearCityClients } = await import("@/lib/kernel/db/city-clients");
    await clearCityClients();
    await disconnectControl();
    await closePool();
    process.env.DATABASE_URL = fresh.url;
  }, 120_000);

  afterAll(async () => {
    const { closePool } = await import("@/lib/kernel/db/pool");
    const { disconnectControl } = await import("@/lib/kernel/db/control");
    const { clearCityClients } = await import("@/lib/kernel/db/city-clients");
    await clearCityClients();
    await disconnectControl();
    await closePool();
    await fresh?.drop();
  });

  it("restores the city with its members: links an existing account, creates the others, re-points the rows", { timeout: 300_000 }, async () => {
    const officerEmail = city.users.officer.email;
    const existing = await controlDb().user.create({ data: { email: officerEmail, name: city.users.officer.name, passwordHash: "this-installation-hash" } });
    expect(existing.id).not.toBe(city.users.officer.id);

    const restored = await restoreCity(fresh.url, file);
    expect(restored).toMatchObject({ slug: city.slug, registered: true, replaced: false });
    expect(restored.members!.linked).toEqual([officerEmail]);
    expect(restored.members!.created.sort()).toEqual([city.users.city_admin.email, city.users.council_member.email, city.users.advisory_member.email].sort());
    // The platform admin of the old installation comes without a password and without platform
    // rights; like a member who never set one, they get a link to set it. The admin's hash came along.
    expect(restored.members!.passwordLinks.map((l) => l.email).sort()).toEqual([city.users.advisory_member.email, city.users.council_member.email].sort());

    const restoredCity = await controlDb().city.findUniqueOrThrow({ where: { slug: city.slug }, include: { memberships: { include: { user: true } } } });
    const byEmail = new Map(restoredCity.memberships.map((m) => [m.user.email, m]));
    expect(byEmail.get(officerEmail)).toMatchObject({ role: "officer", userId: existing.id, user: { passwordHash: "this-installation-hash" } });
    expect(byEmail.get(city.users.council_member.email)).toMatchObject({ role: "council_member", user: { platformAdmin: false, passwordHash: null } });
    expect(byEmail.get(city.users.city_admin.email)).toMatchObject({ role: "city_admin", userId: city.users.city_admin.id });

    // The admin signs in with the password they had.
    const { authorizeCredentials } = await import("@/lib/kernel/auth/authorize-credentials");
    expect(await authorizeCredentials({ email: city.users.city_admin.email, password: ADMIN_PASSWORD, ip: null })).toMatchObject({ ok: true });

    // Every row as it was, with the officer's old id replaced by the linked account's: hashed with
    // the new id written back as the old one, every table matches the source; no row keeps the old id.
    const swap: [string, string] = [city.users.officer.id, existing.id];
    expect(await tableChecksums(getPool(), city.schemaName, [[swap[1], swap[0]]])).toEqual(before.tables);
    const client = await getPool().connect();
    try {
      for (const t of await cityTables(client, city.schemaName)) {
        const q = `SELECT count(*)::int AS n FROM "${city.schemaName}"."${t.name}" t WHERE row_to_json(t)::text LIKE $1`;
        expect((await client.query(q, [`%${swap[0]}%`])).rows[0].n, t.name).toBe(0);
      }
      expect(
        (await client.query(`SELECT count(*)::int AS n FROM "${city.schemaName}"."CommitmentUpdate" WHERE "authorId" = $1`, [swap[1]])).rows[0].n,
      ).toBeGreaterThan(0);
    } finally {
      client.release();
    }
    const replaced = (s: string) => s.split(swap[0]).join(swap[1]);
    const after = await snapshot(city, { ...city.users.officer, id: existing.id });
    expect(after.pages).toEqual(Object.fromEntries(Object.entries(before.pages).map(([k, v]) => [replaced(k), replaced(v)])));
  });
});
