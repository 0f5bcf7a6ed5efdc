/**
 * A status its progress contradicts (issue 13.7): "Not started" at 60% is refused at save unless
 * the officer keeps the status on purpose, which is recorded; publishing lists such public
 * commitments and publishes them only when confirmed.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: () => unknown) => fn }));

const { updateCommitmentAction } = await import("@/app/(app)/[city]/workspace/commitments/actions");
const { publishCityAction } = await import("@/app/(app)/[city]/workspace/settings/public/actions");
const { getCommitmentByElement } = await import("@/lib/features/commitments/get-commitment");
const { toEditValues } = await import("@/lib/features/commitments/records");
const { getPublishingOverview } = await import("@/lib/features/publication/site/publishing-overview");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");

let city: TestCity;
const db = () => cityDbForSchema(city.schemaName);
const editValues = async (key: string) => toEditValues((await getCommitmentByElement(db(), key))!);

beforeAll(async () => {
  city = await createTestCity("csc");
});

beforeEach(() => {
  session.user = city.users.officer;
});

describe("saving a status its progress contradicts", () => {
  it("is refused without the officer's choice, and nothing changes", async () => {
    const r = await updateCommitmentAction(city.slug, { ...(await editValues("S2")), progress: 60, note: "Half the teams trained." });
    expect(r).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { keepStatus: ["commitments.validation.statusContradicts"] } } });
    expect(await getCommitmentByElement(db(), "S2")).toMatchObject({ status: "not_started", progress: 0, version: 1 });
  });

  it("is saved when the officer keeps the status, with the choice in the audit log", async () => {
    const r = await updateCommitmentAction(city.slug, { ...(await editValues("S2")), progress: 60, note: "Half the teams trained.", keepStatus: true });
    expect(r).toMatchObject({ ok: true, data: { commitment: { status: "not_started", progress: 60 } } });
    const id = (await getCommitmentByElement(db(), "S2"))!.id;
    const kept = await db().auditLog.findMany({ where: { entity: "Commitment", entityId: id, action: "keep_status" } });
    expect(kept.map((k) => k.after)).toEqual([{ status: "not_started", progress: 60, suggested: "in_progress", rule: "progressNotStarted" }]);
    // A later save that leaves the kept pair as it is (a text edit) does not ask again.
    expect(await updateCommitmentAction(city.slug, { ...(await editValues("S2")), text: "Trained teams keep a log." })).toMatchObject({ ok: true });
  });

  it("needs nothing when the status follows the progress; 100% not in place is a contradiction too", async () => {
    expect(await updateCommitmentAction(city.slug, { ...(await editValues("S3")), status: "in_progress", progress: 60, note: "Started." })).toMatchObject({
      ok: true,
    });
    expect(await updateCommitmentAction(city.slug, { ...(await editValues("S3")), progress: 100, note: "Done." })).toMatchObject({
      ok: false,
      error: { fieldErrors: { keepStatus: ["commitments.validation.statusContradicts"] } },
    });
    expect(await updateCommitmentAction(city.slug, { ...(await editValues("S3")), status: "in_place", progress: 100, note: "Done." })).toMatchObject({
      ok: true,
    });
    const id = (await getCommitmentByElement(db(), "S3"))!.id;
    expect(await db().auditLog.count({ where: { entityId: id, action: "keep_status" } })).toBe(0);
  });
});

describe("publishing a status its progress contradicts", () => {
  it("lists the public ones and publishes only when confirmed, recording the confirmation", async () => {
    await db().commitment.updateMany({ where: { elementKey: { in: ["S2", "S3"] } }, data: { isPublic: true } });
    const overview = await getPublishingOverview(db());
    expect(overview.contradictions.map((c) => [c.elementKey, c.status, c.progress, c.suggested])).toEqual([["S2", "not_started", 60, "in_progress"]]);

    expect(await publishCityAction(city.slug, { note: "" })).toMatchObject({
      ok: false,
      error: { code: "validation", fieldErrors: { keepContradictions: ["publicSite.publishing.validation.contradictions"] } },
    });
    expect(await db().publication.count()).toBe(0);

    expect(await publishCityAction(city.slug, { note: "", keepContradictions: true })).toMatchObject({ ok: true, data: { commitments: 2 } });
    const entry = await db().auditLog.findFirst({ where: { entity: "Publication", action: "publish" } });
    expect(entry?.after).toMatchObject({ keptContradictions: [{ status: "not_started", progress: 60 }] });
  });

  it("needs no confirmation once the status follows the progress", async () => {
    ok(await updateCommitmentAction(city.slug, { ...(await editValues("S2")), status: "in_progress", note: "Started." }));
    expect((await getPublishingOverview(db())).contradictions).toEqual([]);
    expect(await publishCityAction(city.slug, { note: "" })).toMatchObject({ ok: true });
  });
});

function ok<T>(r: { ok: true; data: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`action failed: ${JSON.stringify(r.error)}`);
  return r.data;
}
