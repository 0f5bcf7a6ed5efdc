/**
 * Action-plan reminders in the daily run: owners of actions past their due date and of indicators
 * whose next figure is due hear once per due date (in-app always, email when mail works); draft
 * plans and done actions stay quiet; a second run sends nothing new; version and updatedAt stay.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const mail = vi.hoisted(() => ({ sent: [] as { to: string; subject: string; text: string }[], works: true }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/kernel/mail/send-mail", () => ({
  smtpConfigured: () => mail.works,
  sendMail: async (m: { to: string; subject: string; text: string }) => {
    if (!mail.works) return { sent: false };
    mail.sent.push(m);
    return { sent: true };
  },
}));

const { runReminders } = await import("@/lib/features/reminders/run-reminders");
const { listNotifications } = await import("@/lib/features/reminders/notifications/notifications");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { Prisma } = await import("@/lib/generated/city/client");
const { createTestCity } = await import("../helpers/cities");
const { createPlanFixture } = await import("../helpers/plan-fixture");

type TestCity = Awaited<ReturnType<typeof createTestCity>>;
let city: TestCity;
let plan: Awaited<ReturnType<typeof createPlanFixture>>;
const db = () => cityDbForSchema(city.schemaName);
const at = (s: string) => new Date(`${s}T07:00:00Z`);
const run = (s: string) => runReminders({ now: at(s), cities: [city.slug] });

beforeAll(async () => {
  city = await createTestCity("prem");
  plan = await createPlanFixture(city, { title: "Equal access plan" });
  // A draft plan with an overdue action and a long-due indicator: never reminded.
  await createPlanFixture(city, { status: "draft", title: "Draft plan" });
  // The indicator has its 2023 figure: the 2024 figure is due from 1 January 2025.
  await db().measurement.create({
    data: { indicatorId: plan.indicatorId, period: "2023", periodStart: new Date("2023-01-01T00:00:00Z"), value: new Prisma.Decimal("48") },
  });
});

beforeEach(() => {
  mail.sent = [];
  mail.works = true;
});

describe("action-plan reminders", () => {
  it("say nothing before anything is due", async () => {
    const r = await run("2024-06-30");
    expect(r).toMatchObject({ remindedActions: 0, remindedIndicators: 0, planReminders: 0 });
  });

  it("remind the owner once, listing the overdue action; a second run sends nothing", async () => {
    const before = await db().action.findUniqueOrThrow({ where: { id: plan.actionIds[0] } });
    const r = await run("2024-07-01");
    expect(r).toMatchObject({ remindedActions: 1, remindedIndicators: 0, planReminders: 1, failedCities: [] });
    const notes = await listNotifications(db(), city.users.officer.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toBe("Something in the action plan “Equal access plan” needs your attention");
    expect(notes[0]!.body).toContain("Audit all public buildings");
    expect(notes[0]!.body).not.toContain("Draft plan");
    expect(notes[0]!.link).toBe(`/${city.slug}/workspace/action-plan/${plan.planId}`);
    expect(mail.sent.map((m) => m.to)).toEqual([city.users.officer.email]);
    expect(mail.sent[0]!.text).toMatch(/^Hello /);

    const after = await db().action.findUniqueOrThrow({ where: { id: plan.actionIds[0] } });
    expect(after.lastReminderAt?.toISOString()).toBe(at("2024-07-01").toISOString());
    expect(after.version).toBe(before.version);
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(await db().auditLog.count({ where: { action: "remind", entity: "Action", entityId: before.id } })).toBe(1);

    mail.sent = [];
    expect(await run("2024-07-01")).toMatchObject({ remindedActions: 0, planReminders: 0, emailsSent: 0 });
    expect(await run("2024-12-01")).toMatchObject({ remindedActions: 0, planReminders: 0 });
    expect(mail.sent).toHaveLength(0);
  });

  it("remind about the indicator when its next figure is due, in-app when mail does not work", async () => {
    mail.works = false;
    const r = await run("2025-01-02");
    expect(r).toMatchObject({ remindedActions: 0, remindedIndicators: 1, planReminders: 1, emailsSent: 0 });
    const notes = await listNotifications(db(), city.users.officer.id);
    expect(notes[0]!.body).toContain("Accessible public buildings: latest figure for 2023");
    expect(await run("2025-03-01")).toMatchObject({ remindedIndicators: 0 });
  });

  it("remind again for a new due date, and not for a done action or a measured indicator", async () => {
    await db().action.update({ where: { id: plan.actionIds[0] }, data: { dueDate: new Date("2025-03-31T00:00:00Z") } });
    await db().measurement.create({
      data: { indicatorId: plan.indicatorId, period: "2024", periodStart: new Date("2024-01-01T00:00:00Z"), value: new Prisma.Decimal("55") },
    });
    expect(await run("2025-04-02")).toMatchObject({ remindedActions: 1, remindedIndicators: 0 });
    await db().action.update({ where: { id: plan.actionIds[0] }, data: { dueDate: new Date("2025-05-31T00:00:00Z"), status: "done" } });
    expect(await run("2025-06-02")).toMatchObject({ remindedActions: 0, planReminders: 0 });
  });

  it("write the Dutch reminder for a Dutch-speaking owner", async () => {
    const { controlDb } = await import("@/lib/kernel/db/control");
    await controlDb().user.update({ where: { id: city.users.officer.id }, data: { locale: "nl" } });
    await db().action.update({ where: { id: plan.actionIds[1] }, data: { dueDate: new Date("2025-06-30T00:00:00Z") } });
    expect(await run("2025-07-01")).toMatchObject({ remindedActions: 1 });
    const notes = await listNotifications(db(), city.users.officer.id);
    expect(notes[0]!.title).toBe("Iets in het actieplan “Equal access plan” vraagt uw aandacht");
    expect(mail.sent[0]!.text).toMatch(/^Beste /);
  });

  it("list overdue actions and due indicators that no member owns in the admins' digest, since nobody else hears of them", async () => {
    await createPlanFixture(city, { title: "Plan nobody owns", ownerId: null });
    const r = await run("2026-01-15");
    expect(r).toMatchObject({ digests: 1, failedCities: [] });
    const digest = (await listNotifications(db(), city.users.city_admin.id)).find((n) => n.kind === "digest");
    expect(digest?.body).toContain("Actions past their due date that no member owns, so nobody was reminded (1):");
    expect(digest?.body).toContain("• Audit all public buildings (Plan nobody owns): due ");
    // Its indicator has never been measured: its first figure is due, and nobody owns it either.
    expect(digest?.body).toContain("Indicators whose next figure is due and that no member owns (1):");
    expect(digest?.body).toMatch(/• .+ \(Plan nobody owns\): figure due since /);
    // The owned plan's actions went to their owner, not into the digest.
    expect(digest?.body).not.toContain("Equal access plan");
    expect(mail.sent.map((m) => m.to)).toContain(city.users.city_admin.email);
  });
});
