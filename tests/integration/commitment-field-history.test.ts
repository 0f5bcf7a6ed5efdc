/**
 * Issue 13.9: a commitment's history records every field a save changed — text, title, owner,
 * department, dates, linked articles, goals and groups — beside status, progress and maturity,
 * old → new, and the page shows it readably (names, article titles, dates in the page's language)
 * in English and Dutch. Updates written before field changes were recorded still show.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import { testScope } from "../helpers/city-scope";
import { createTestCity, createUser, type TestCity } from "../helpers/cities";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { updateCommitmentAction, createCommitmentAction } = await import("@/app/(app)/[city]/workspace/commitments/actions");
const { getCommitmentById } = await import("@/lib/features/commitments/get-commitment");
const { toEditValues } = await import("@/lib/features/commitments/records");
const { listCommitmentUpdates } = await import("@/lib/features/commitments/list-updates");
const { buildOptions } = await import("@/lib/features/commitments/commitment-options");
const { createDepartment } = await import("@/lib/features/city-settings/departments/save-department");
const { deleteDepartment } = await import("@/lib/features/city-settings/departments/delete-department");
const { createGroup, deleteGroup } = await import("@/lib/features/city-settings/groups/save-group");
const { listMembers } = await import("@/lib/features/members/list-members");
const { dictionary } = await import("@/lib/features/dictionary");
const { Timeline } = await import("@/app/(app)/[city]/workspace/_components/commitment/timeline");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");

let city: TestCity;
let other: TestCity;
const db = () => cityDbForSchema(city.schemaName);
let commitmentId: string;

async function values() {
  return toEditValues((await getCommitmentById(db(), commitmentId))!);
}

async function save(change: Record<string, unknown>) {
  const result = await updateCommitmentAction(city.slug, { ...(await values()), ...change });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

/** The history as the commitment page renders it, as text. */
async function rendered(locale: "en" | "nl"): Promise<string[]> {
  const d = dictionary(locale);
  const members = await listMembers(city.cityId);
  const departments = await db().department.findMany();
  const cityGroups = await db().rightsHolderGroup.findMany();
  const timeline = await listCommitmentUpdates(db(), city.cityId, commitmentId, members);
  const options = buildOptions({
    locale,
    messages: d.commitments,
    members,
    departments,
    cityGroups,
    builtInHeading: "",
    ownHeading: "",
    ownerId: null,
  });
  const html = renderToStaticMarkup(
    createElement(Timeline, { entries: timeline.entries, total: timeline.total, messages: d.commitments, statusLabels: d.framework.status, options, locale }),
  );
  // One string per history entry, tags gone.
  return [...html.matchAll(/<li class="rounded-md[^>]*>([\s\S]*?)<\/li>(?=<li class="rounded-md|<\/ol>)/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, " ")
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

beforeAll(async () => {
  city = await createTestCity("hist");
  other = await createTestCity("hist");
  session.user = city.users.officer;
  const created = await createCommitmentAction(city.slug, { layer: "tool", title: "Housing first", text: "Everyone has a home." });
  if (!created.ok) throw new Error("not created");
  commitmentId = created.data.id;
});

beforeEach(() => {
  session.user = city.users.officer;
});

describe("the history of a commitment's fields", () => {
  it("records each kind of field, old → new, in one entry per save, and shows it readably in English and Dutch", async () => {
    const scope = await testScope(city, city.users.officer.id, db());
    const social = await createDepartment(scope, { name: "Social Affairs", contactName: "", contactEmail: "" });
    const housing = await createDepartment(scope, { name: "Housing", contactName: "", contactEmail: "" });
    const own = await createGroup(scope, { nameEn: "Night workers", nameNl: "Nachtwerkers" });

    // Text and title only, with a note: an entry of its own, without status, progress or maturity.
    const first = await save({ title: "Housing first for all", text: "Everyone in the city has a home.", note: "Wording agreed with the council." });
    expect(first.updateId).toBeNull();
    // Owner and department with a change of status: one entry carrying both.
    const second = await save({ ownerId: city.users.officer.id, departmentId: social.id, status: "planned", note: "Plan adopted." });
    expect(second.updateId).toBeTruthy();
    // Dates.
    await save({ startDate: "2026-01-15", targetDate: "2027-06-30" });
    // Linked rights, goals and groups.
    await save({ charterArticles: [21, 1], udhrArticles: [25], sdgs: [10], groups: ["homeless", own.key] });
    // A second round: every value moves on or is cleared.
    await save({
      ownerId: city.users.council_member.id,
      departmentId: housing.id,
      targetDate: "",
      charterArticles: [1],
      sdgs: [],
      groups: [own.key],
    });

    const stored = await db().commitmentFieldChange.findMany({ where: { commitmentId }, orderBy: { at: "asc" } });
    expect(stored.map((r) => (r.fields as { field: string }[]).map((f) => f.field))).toEqual([
      ["title", "text"],
      ["ownerId", "departmentId"],
      ["startDate", "targetDate"],
      ["charterArticles", "udhrArticles", "sdgs", "groups"],
      ["ownerId", "departmentId", "targetDate", "charterArticles", "sdgs", "groups"],
    ]);
    expect(stored[0]).toMatchObject({ updateId: null, note: "Wording agreed with the council.", source: "web", authorId: city.users.officer.id });
    expect(stored[1]).toMatchObject({ updateId: second.updateId, note: "" });
    expect(stored[1]!.fields).toEqual([
      { field: "ownerId", from: null, to: city.users.officer.id },
      { field: "departmentId", from: null, to: social.id, toName: "Social Affairs" },
    ]);
    expect(stored[3]!.fields).toEqual([
      { field: "charterArticles", from: [], to: [1, 21] },
      { field: "udhrArticles", from: [], to: [25] },
      { field: "sdgs", from: [], to: [10] },
      // The city's own group with its names, so the entry still reads when the group is deleted.
      { field: "groups", from: [], to: [own.key, "homeless"].sort(), groupNames: { [own.key]: { en: "Night workers", nl: "Nachtwerkers" } } },
    ]);

    const { entries, total } = await listCommitmentUpdates(db(), city.cityId, commitmentId);
    expect(total).toBe(5);
    expect(entries[3]).toMatchObject({ status: { from: "not_started", to: "planned" }, note: "Plan adopted." });
    expect(entries[3]!.fields).toEqual([
      { field: "ownerId", from: null, to: city.users.officer.id, toName: "officer" },
      { field: "departmentId", from: null, to: social.id, toName: "Social Affairs" },
    ]);

    const en = await rendered("en");
    expect(en).toHaveLength(5);
    // Newest first.
    expect(en[0]).toContain("Owner: officer → council_member");
    expect(en[0]).toContain("Responsible department: Social Affairs → Housing");
    expect(en[0]).toContain("Target date: 30 June 2027 → Not set");
    expect(en[0]).toContain("EU Charter of Fundamental Rights: Art. 1 Human dignity; Art. 21 Non-discrimination → Art. 1 Human dignity");
    expect(en[0]).toContain("Sustainable Development Goals: SDG 10 Reduced inequalities → None");
    expect(en[0]).toContain("Rights-holder groups: Homeless people; Night workers → Night workers");
    expect(en[1]).toContain("Universal Declaration of Human Rights: None → Art. 25 ");
    expect(en[2]).toContain("Start date: Not set → 15 January 2026");
    expect(en[3]).toContain("Status: Not started → Planned");
    expect(en[3]).toContain("Owner: No owner → officer");
    expect(en[3]).toContain("Note: Plan adopted.");
    expect(en[4]).toContain("Title: Housing first → Housing first for all");
    expect(en[4]).toContain("Commitment text: changed");
    expect(en[4]).toContain("Before Everyone has a home. After Everyone in the city has a home.");
    expect(en[4]).toContain("Note: Wording agreed with the council.");

    const nl = await rendered("nl");
    expect(nl[0]).toContain("Verantwoordelijke afdeling: Social Affairs → Housing");
    expect(nl[0]).toContain("Streefdatum: 30 juni 2027 → Niet ingevuld");
    expect(nl[0]).toContain("Art. 1 Menselijke waardigheid");
    expect(nl[0]).toContain("Nachtwerkers");
    expect(nl[2]).toContain("15 januari 2026");
    expect(nl[4]).toContain("Titel: Housing first → Housing first for all");
  });

  it("keeps the names of a deleted department and group readable, records the unlinking, and shows a former owner as such", async () => {
    const scope = await testScope(city, city.users.city_admin.id, db());
    const housing = await db().department.findUniqueOrThrow({ where: { name: "Housing" } });
    const group = await db().rightsHolderGroup.findFirstOrThrow({ where: { nameEn: "Night workers" } });
    expect(await deleteDepartment(scope, { id: housing.id, version: housing.version, unsetCommitments: true })).toMatchObject({ unlinked: 1 });
    expect(await deleteGroup(scope, { id: group.id, version: group.version })).toMatchObject({ unlinked: 1 });
    await controlDb().membership.delete({ where: { userId_cityId: { userId: city.users.council_member.id, cityId: city.cityId } } });

    const en = await rendered("en");
    expect(en[0]).toContain("Rights-holder groups: Night workers → None");
    expect(en[1]).toContain("Responsible department: Housing → No department");
    expect(en[1]).toContain("by admin");
    // The earlier entry still names the department as it was called, and the owner who left as a former member.
    expect(en[2]).toContain("Responsible department: Social Affairs → Housing");
    expect(en[2]).toContain("Owner: officer → a former member");
    await controlDb().membership.create({ data: { userId: city.users.council_member.id, cityId: city.cityId, role: "council_member" } });
  });

  it("still shows updates written before field changes were recorded, and records nothing for a save that changes nothing", async () => {
    const legacy = await db().commitment.create({ data: { layer: "tool", title: "Older commitment" } });
    await db().commitmentUpdate.create({
      data: { commitmentId: legacy.id, authorId: city.users.officer.id, note: "Before the field history.", fromStatus: "not_started", toStatus: "in_place" },
    });
    const { entries, total } = await listCommitmentUpdates(db(), city.cityId, legacy.id);
    expect(total).toBe(1);
    expect(entries[0]).toMatchObject({ note: "Before the field history.", status: { from: "not_started", to: "in_place" }, fields: [] });

    const before = await db().commitmentFieldChange.count();
    const unchanged = await updateCommitmentAction(city.slug, await values());
    expect(unchanged).toMatchObject({ ok: true, data: { updateId: null } });
    expect(await db().commitmentFieldChange.count()).toBe(before);
  });

  it("records marking a commitment public from the publishing page, as the form does", async () => {
    const { setCommitmentPublic } = await import("@/lib/features/publication/site/set-public");
    const row = await db().commitment.create({ data: { layer: "tool", title: "To be published", isPublic: false } });
    await setCommitmentPublic(await testScope(city, city.users.officer.id, db()), { id: row.id, isPublic: true });
    const stored = await db().commitmentFieldChange.findMany({ where: { commitmentId: row.id } });
    expect(stored.map((r) => (r.fields as { field: string }[]).map((f) => f.field))).toEqual([["isPublic"]]);
  });

  it("keeps the history in its city: another city's schema has none of it", async () => {
    expect(await cityDbForSchema(other.schemaName).commitmentFieldChange.count()).toBe(0);
    // Another city's commitment id finds no history here.
    const stranger = await cityDbForSchema(other.schemaName).commitment.findFirstOrThrow();
    expect(await listCommitmentUpdates(db(), city.cityId, stranger.id)).toEqual({ entries: [], total: 0 });
    const outsider = await createUser(`outsider-${city.slug}@example.org`);
    session.user = outsider;
    expect(await updateCommitmentAction(city.slug, { ...(await values()), text: "Not mine" })).toMatchObject({ ok: false });
  });
});
