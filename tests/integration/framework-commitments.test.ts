import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { createTestCity, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
// Server Actions revalidate pages; outside a Next request there is nothing to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { updateCommitmentAction } = await import("@/app/(app)/[city]/workspace/commitments/actions");
const { getCommitmentByElement } = await import("@/lib/features/commitments/get-commitment");
const { toEditValues } = await import("@/lib/features/commitments/records");
const { commitmentSummary } = await import("@/lib/features/dashboard/commitment-summary");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");

let city: TestCity;
let other: TestCity;
const db = () => cityDbForSchema(city.schemaName);
const values = async (key: string) => toEditValues((await getCommitmentByElement(db(), key))!);

beforeAll(async () => {
  city = await createTestCity("fw");
  other = await createTestCity("fw");
});

beforeEach(() => {
  session.user = null;
});

describe("the framework's commitments", () => {
  it("start as one per element, not started, and an officer's save is audited with before and after", async () => {
    session.user = city.users.officer;
    const before = await db().commitment.findUniqueOrThrow({ where: { elementKey: "F1" } });
    expect(before).toMatchObject({ version: 1, status: "not_started", maturity: "none", progress: 0, progressMode: "manual" });

    const result = await updateCommitmentAction(city.slug, {
      ...(await values("F1")),
      text: "We commit to dignity for all.",
      status: "in_progress",
      note: "Started.",
    });
    expect(result).toMatchObject({ ok: true, data: { commitment: { text: "We commit to dignity for all.", status: "in_progress", version: 2 } } });

    const audit = await db().auditLog.findMany({ where: { entity: "Commitment", entityId: before.id, action: "update" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: city.users.officer.id,
      before: { text: "", status: "not_started", version: 1 },
      after: { text: "We commit to dignity for all.", status: "in_progress", version: 2 },
    });
  });

  it("answers not_found to a member of another city, and unauthenticated to nobody signed in", async () => {
    session.user = other.users.city_admin;
    const input = { ...(await values("F3")), text: "Wrong city" };
    expect(await updateCommitmentAction(city.slug, input)).toMatchObject({ ok: false, error: { code: "not_found" } });
    session.user = null;
    expect(await updateCommitmentAction(city.slug, input)).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
    expect(await getCommitmentByElement(db(), "F3")).toMatchObject({ text: "", version: 1 });
  });

  it("validates input with the shared schema (message keys per field)", async () => {
    session.user = city.users.officer;
    const result = await updateCommitmentAction(city.slug, { ...(await values("F4")), text: "x".repeat(10_001), status: "done", maturity: "great" });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "validation",
        fieldErrors: {
          text: ["commitments.validation.textTooLong"],
          status: ["commitments.validation.statusInvalid"],
          maturity: ["commitments.validation.maturityInvalid"],
        },
      },
    });
    const unknown = await updateCommitmentAction(city.slug, { ...(await values("F4")), id: "F4" });
    expect(unknown).toMatchObject({ ok: false, error: { code: "validation", fieldErrors: { id: ["commitments.validation.idInvalid"] } } });
    const missing = await updateCommitmentAction(city.slug, { ...(await values("F4")), id: "00000000-0000-4000-8000-000000000000" });
    expect(missing).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("counts statuses per layer", async () => {
    const summary = await commitmentSummary(db());
    expect(summary.foundation.total).toBe(4);
    expect(summary.structure.total).toBe(7);
    expect(summary.tool.total).toBe(9);
    expect(summary.foundation.in_progress).toBe(1);
    expect(summary.foundation.not_started).toBe(3);
  });
});
