/**
 * The consultation's notices: opened and closing soon go to the advisory council once each (in-app
 * always, email when mail works); replies and outcomes are emailed too.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestCity, type TestCity } from "../helpers/cities";
import { createDeclaration } from "../helpers/declaration";

const mail = vi.hoisted(() => ({ sent: [] as { to: string; subject: string; text: string }[], works: true }));
vi.mock("@/lib/kernel/mail/send-mail", () => ({
  smtpConfigured: () => mail.works,
  sendMail: async (m: { to: string; subject: string; text: string }) => {
    if (!mail.works) return { sent: false };
    mail.sent.push(m);
    return { sent: true };
  },
}));

const { runConsultationNotices, CLOSING_SOON_DAYS } = await import("@/lib/features/declaration/consultation-notices");
const { declarationComments: core } = await import("@/lib/features/comments/targets/declaration");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");

let city: TestCity;
const db = () => cityDbForSchema(city.schemaName);
const day = (s: string) => new Date(`${s}T00:00:00Z`);

beforeAll(async () => {
  city = await createTestCity("cn");
});

beforeEach(() => {
  mail.sent = [];
  mail.works = true;
});

describe("consultation opened and closing soon", () => {
  it("tells advisory members once each, in-app and by email; not before the opening date; nothing twice", async () => {
    const d = await createDeclaration(city.schemaName, { status: "consultation", closesOn: day("2031-03-20"), title: "Our declaration" });
    await db().declaration.update({ where: { id: d.id }, data: { consultationOpensOn: day("2031-03-01") } });

    // Before the opening date: nothing.
    expect(await runConsultationNotices({ now: new Date("2031-02-27T07:00:00Z"), cities: [city.slug] })).toMatchObject({ opened: 0, closing: 0 });

    const opened = await runConsultationNotices({ now: new Date("2031-03-01T07:00:00Z"), cities: [city.slug] });
    expect(opened).toMatchObject({ opened: 1, closing: 0, failedCities: [] });
    const advisory = city.users.advisory_member;
    const inApp = await db().notification.findMany({ where: { userId: advisory.id } });
    expect(inApp).toEqual([expect.objectContaining({ kind: "consultation_opened", link: `/${city.slug}/workspace/consultation` })]);
    expect(inApp[0]!.body).toContain("Our declaration");
    expect(mail.sent.map((m) => m.to)).toEqual([advisory.email]);
    // Officers and council members are not on this list.
    expect(
      await db().notification.count({ where: { userId: { in: [city.users.officer.id, city.users.council_member.id] }, kind: "consultation_opened" } }),
    ).toBe(0);

    const closeDay = new Date(day("2031-03-20").getTime() - CLOSING_SOON_DAYS * 24 * 3600 * 1000 + 7 * 3600 * 1000);
    expect(await runConsultationNotices({ now: new Date(closeDay.getTime() - 24 * 3600 * 1000), cities: [city.slug] })).toMatchObject({
      opened: 0,
      closing: 0,
    });
    expect(await runConsultationNotices({ now: closeDay, cities: [city.slug] })).toMatchObject({ opened: 0, closing: 1 });
    expect(await runConsultationNotices({ now: closeDay, cities: [city.slug] })).toMatchObject({ opened: 0, closing: 0 });
    expect((await db().notification.findMany({ where: { userId: advisory.id }, orderBy: { createdAt: "asc" } })).map((n) => n.kind)).toEqual([
      "consultation_opened",
      "consultation_closing",
    ]);
    expect(mail.sent).toHaveLength(2);
    // Bookkeeping did not count as an edit of the declaration.
    expect((await db().declaration.findUniqueOrThrow({ where: { id: d.id } })).version).toBe(1);
  });

  it("without mail, the in-app notice still appears", async () => {
    mail.works = false;
    const other = await createTestCity("cn");
    await createDeclaration(other.schemaName, { status: "consultation" });
    expect(await runConsultationNotices({ cities: [other.slug] })).toMatchObject({ opened: 1 });
    expect(await cityDbForSchema(other.schemaName).notification.count({ where: { userId: other.users.advisory_member.id, kind: "consultation_opened" } })).toBe(
      1,
    );
  });
});

describe("replies and outcomes by email", () => {
  it("emails the commenter in their language when someone replies and when the officer answers", async () => {
    await controlDb().user.update({ where: { id: city.users.advisory_member.id }, data: { locale: "nl" } });
    const d = await createDeclaration(city.schemaName);
    const cityRow = await controlDb().city.findUniqueOrThrow({ where: { id: city.cityId } });
    const actor = (role: "advisory_member" | "officer") => ({ db: db(), city: cityRow, actor: { id: city.users[role].id, name: city.users[role].name, role } });
    const c = await core.addComment(actor("advisory_member"), { declarationId: d.id, body: "Graag een artikel over water." });
    await core.addComment(actor("officer"), { declarationId: d.id, body: "Goed idee.", parentId: c.id });
    await core.setCommentOutcome(actor("officer"), { id: c.id, version: c.version, outcome: "partly_accepted", reason: "Water staat nu in artikel 4." });
    expect(mail.sent.map((m) => [m.to, m.subject])).toEqual([
      [city.users.advisory_member.email, "officer reageerde op uw opmerking"],
      [city.users.advisory_member.email, "Uw opmerking is beantwoord: Deels overgenomen"],
    ]);
    expect(mail.sent[1]!.text).toContain("Water staat nu in artikel 4.");
  });
});
