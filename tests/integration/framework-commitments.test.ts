import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/current-user";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getSessionUser: async () => session.user }));
// Server Actions revalidate pages; outside a Next request there is nothing to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { updateCommitment: updateCommitmentAction } = await import("@/app/(app)/[city]/workspace/framework/[key]/actions");
const { updateCommitment } = await import("@/lib/framework/update-commitment");
const { getCommitment } = await import("@/lib/framework/get-commitment");
const { commitmentSummary } = await import("@/lib/framework/commitment-summary");
const { cityDbForSchema } = await import("@/lib/db/city-clients");
const { controlDb } = await import("@/lib/db/control");
const { getPool } = await import("@/lib/db/pool");
const { provisionCity } = await import("@/lib/tenancy/provision-city");
const { ConflictError } = await import("@/lib/errors");

type Role = "city_admin" | "officer" | "council_member" | "advisory_member";

function slug() {
  return `t-fw-${randomUUID().slice(0, 8)}`;
}

async function addMember(cityId: string, role: Role, name: string): Promise<SessionUser> {
  const user = await controlDb().user.create({ data: { email: `${randomUUID()}@example.org`, name } });
  await controlDb().membership.create({ data: { userId: user.id, cityId, role } });
  return { id: user.id, email: user.email, name: user.name, platformAdmin: false, locale: null };
}

let city: { slug: string; cityId: string; schemaName: string };
let officer: SessionUser;
let council: SessionUser;
let outsider: SessionUser;

beforeAll(async () => {
  const s = slug();
  const p = await provisionCity(getPool(), { slug: s, name: "Framework Test City", country: "NL", defaultLocale: "nl", adminEmail: `admin-${s}@example.org` });
  city = { slug: s, cityId: p.cityId, schemaName: p.schemaName };
  officer = await addMember(p.cityId, "officer", "Olga Officer");
  council = await addMember(p.cityId, "council_member", "Cees Council");

  const other = slug();
  const q = await provisionCity(getPool(), { slug: other, name: "Other City", country: "NL", defaultLocale: "en", adminEmail: `admin-${other}@example.org` });
  outsider = await addMember(q.cityId, "city_admin", "Otto Outsider");
});

beforeEach(() => {
  session.user = null;
});

const db = () => cityDbForSchema(city.schemaName);
const stored = (elementKey: string) => db().commitment.findUniqueOrThrow({ where: { elementKey } });

describe("updateCommitment (action)", () => {
  it("lets an officer save text and status, bumps the version and writes an audit entry with before and after", async () => {
    session.user = officer;
    const before = await stored("F1");
    expect(before.version).toBe(1);

    const result = await updateCommitmentAction(city.slug, { elementKey: "F1", text: "We commit to dignity for all.", status: "in_progress", version: 1 });

    expect(result).toMatchObject({ ok: true, data: { text: "We commit to dignity for all.", status: "in_progress", version: 2, updatedByName: "Olga Officer" } });
    const after = await stored("F1");
    expect(after).toMatchObject({ text: "We commit to dignity for all.", status: "in_progress", version: 2, updatedBy: officer.id });

    const audit = await db().auditLog.findMany({ where: { entity: "Commitment", entityId: before.id, action: "update" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: officer.id,
      before: { text: "", status: "not_started", version: 1 },
      after: { text: "We commit to dignity for all.", status: "in_progress", version: 2 },
    });
  });

  it("refuses a stale version with a conflict that carries the stored record, and overwrites nothing", async () => {
    session.user = officer;
    const first = await updateCommitmentAction(city.slug, { elementKey: "F2", text: "First save", status: "planned", version: 1 });
    expect(first.ok).toBe(true);
    const auditBefore = await db().auditLog.count();

    const stale = await updateCommitmentAction(city.slug, { elementKey: "F2", text: "Second save from an old form", status: "in_place", version: 1 });

    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe("conflict");
    expect(stale.error.message).toMatch(/someone else saved/i);
    expect(stale.error.current).toMatchObject({ text: "First save", status: "planned", version: 2, updatedByName: "Olga Officer" });
    expect(await stored("F2")).toMatchObject({ text: "First save", status: "planned", version: 2 });
    expect(await db().auditLog.count()).toBe(auditBefore);
  });

  it("refuses a council member (forbidden) and changes nothing", async () => {
    session.user = council;
    const result = await updateCommitmentAction(city.slug, { elementKey: "F3", text: "Not allowed", status: "in_place", version: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await stored("F3")).toMatchObject({ text: "", status: "not_started", version: 1 });
  });

  it("answers not_found to a user of another city, and to nobody signed in unauthenticated", async () => {
    session.user = outsider;
    const result = await updateCommitmentAction(city.slug, { elementKey: "F3", text: "Wrong city", status: "in_place", version: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: "not_found" } });

    session.user = null;
    const anonymous = await updateCommitmentAction(city.slug, { elementKey: "F3", text: "Nobody", status: "in_place", version: 1 });
    expect(anonymous).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
    expect(await stored("F3")).toMatchObject({ text: "", version: 1 });
  });

  it("validates input with the shared schema (message keys per field)", async () => {
    session.user = officer;
    const result = await updateCommitmentAction(city.slug, { elementKey: "F4", text: "x".repeat(10_001), status: "done", version: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("validation");
    expect(result.error.fieldErrors).toMatchObject({
      text: ["framework.validation.textTooLong"],
      status: ["framework.validation.statusInvalid"],
    });
    const unknown = await updateCommitmentAction(city.slug, { elementKey: "Z9", text: "", status: "planned", version: 1 });
    expect(unknown).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { elementKey: ["framework.validation.keyInvalid"] } } });
  });
});

describe("updateCommitment (core)", () => {
  it("lets exactly one of two concurrent saves from the same version win", async () => {
    const ctx = { db: db(), actorId: officer.id };
    const results = await Promise.allSettled([
      updateCommitment(ctx, { elementKey: "S1", text: "Version A", status: "planned", version: 1 }),
      updateCommitment(ctx, { elementKey: "S1", text: "Version B", status: "in_progress", version: 1 }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const row = await stored("S1");
    expect(row.version).toBe(2);
    expect(row.text).toBe((won[0] as PromiseFulfilledResult<{ text: string }>).value.text);
  });

  it("does not write or audit a save that changes nothing", async () => {
    const ctx = { db: db(), actorId: officer.id };
    const row = await stored("S2");
    const auditBefore = await db().auditLog.count();
    const saved = await updateCommitment(ctx, { elementKey: "S2", text: row.text, status: row.status, version: row.version });
    expect(saved.version).toBe(row.version);
    expect(await db().auditLog.count()).toBe(auditBefore);
  });

  it("reads one commitment and counts statuses per layer", async () => {
    const f1 = await getCommitment(db(), "F1");
    expect(f1).toMatchObject({ elementKey: "F1", layer: "foundation", status: "in_progress", updatedByName: "Olga Officer" });
    expect(await getCommitment(db(), "Z9")).toBeNull();

    const summary = await commitmentSummary(db());
    expect(summary.foundation.total).toBe(4);
    expect(summary.structure.total).toBe(7);
    expect(summary.tool.total).toBe(9);
    expect(summary.foundation.in_progress).toBe(1);
    expect(summary.foundation.planned).toBe(1);
    expect(summary.foundation.not_started).toBe(2);
  });
});
