/**
 * Stale commitments and the reminder run: owners are reminded once per interval (in-app always,
 * email when mail works), admins get a digest of stale and overdue items, a second run sends
 * nothing new, suspended cities are skipped, and notifications stay with their user and city.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
const mail = vi.hoisted(() => ({ sent: [] as { to: string; subject: string; text: string }[], works: true }));
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
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
const { listStaleCommitments, listOverdueCommitments } = await import("@/lib/features/reminders/list-stale");
const { loadAttention } = await import("@/lib/features/reminders/attention");
const { countUnreadNotifications, listNotifications } = await import("@/lib/features/reminders/notifications/notifications");
const { markReadAction, markAllReadAction } = await import("@/app/(app)/[city]/workspace/notifications/actions");
const { auditedTransaction } = await import("@/lib/kernel/records/audited");
const { applyCommitmentChange } = await import("@/lib/features/commitments/apply-change");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");
const { setCityStatus } = await import("@/lib/kernel/tenancy/set-city-status");
const { createTestCity, createUser } = await import("../helpers/cities");

const DAY = 86_400_000;
type TestCity = Awaited<ReturnType<typeof createTestCity>>;

let city: TestCity;
let other: TestCity;
let formerOwner: SessionUser;
let t0: Date;
const db = () => cityDbForSchema(city.schemaName);
const byKey = (elementKey: string) => db().commitment.findUniqueOrThrow({ where: { elementKey } });

beforeAll(async () => {
  city = await createTestCity("rem");
  other = await createTestCity("rem");
  formerOwner = await createUser(`former-${city.slug}@example.org`);
  t0 = new Date();
  const set = (keys: string[], data: object) => db().commitment.updateMany({ where: { elementKey: { in: keys } }, data });
  await set(["F1", "F2"], { ownerId: city.users.officer.id });
  await set(["S1"], { ownerId: city.users.council_member.id });
  await set(["T1"], { ownerId: formerOwner.id });
  // Overdue: target date passed and not in place; T9 is in place, so not overdue.
  await set(["S2", "T9"], { targetDate: new Date("2024-01-01T00:00:00Z") });
  await set(["T9"], { status: "in_place" });
  await cityDbForSchema(other.schemaName).commitment.updateMany({ where: { elementKey: "F1" }, data: { ownerId: other.users.officer.id } });
});

beforeEach(() => {
  mail.sent = [];
  mail.works = true;
  session.user = null;
});

describe("stale and overdue", () => {
  it("lists nothing as stale within the interval and everything past it", async () => {
    expect(await listStaleCommitments(db(), { intervalDays: 90, now: new Date(t0.getTime() + 89 * DAY) })).toHaveLength(0);
    const stale = await listStaleCommitments(db(), { intervalDays: 90, now: new Date(t0.getTime() + 91 * DAY) });
    expect(stale).toHaveLength(20);
    expect(stale[0]!.elementKey).toBe("F1");
    const own = await listStaleCommitments(db(), { intervalDays: 90, now: new Date(t0.getTime() + 91 * DAY), ownerId: city.users.officer.id });
    expect(own.map((c) => c.elementKey)).toEqual(["F1", "F2"]);
    // A shorter interval makes them stale sooner.
    expect(await listStaleCommitments(db(), { intervalDays: 7, now: new Date(t0.getTime() + 8 * DAY) })).toHaveLength(20);
  });

  it("lists overdue commitments that are not in place", async () => {
    expect((await listOverdueCommitments(db(), { now: t0 })).map((c) => c.elementKey)).toEqual(["S2"]);
  });
});

describe("runReminders", () => {
  const run = (daysLater: number) => runReminders({ now: new Date(t0.getTime() + daysLater * DAY), cities: [city.slug, other.slug] });

  it("does nothing while nothing is stale, except the digest of overdue items", async () => {
    const r = await run(1);
    expect(r).toMatchObject({ cities: 2, remindedCommitments: 0, ownerReminders: 0, digests: 1, failedCities: [] });
    // Reset for the scenario below: the overdue-only digest counts for the weekly limit.
    await db().notification.deleteMany({});
  });

  it("reminds each owner once (listing all their stale commitments), sends the admins a digest, and a second run sends nothing", async () => {
    const f1Before = await byKey("F1");
    const first = await run(100);
    // Officer: F1+F2 in one message; council member: S1; T1's owner left the city; other city: F1.
    expect(first).toMatchObject({ remindedCommitments: 4, ownerReminders: 3, digests: 2, emailsSent: 5, failedCities: [] });

    const officerNotes = await listNotifications(db(), city.users.officer.id);
    expect(officerNotes).toHaveLength(1);
    expect(officerNotes[0]).toMatchObject({ kind: "reminder", title: `2 commitments in Test ${city.slug} need an update`, readAt: null });
    expect(officerNotes[0]!.body).toContain("F1 ");
    expect(officerNotes[0]!.body).toContain("F2 ");
    expect(officerNotes[0]!.link).toBe(`/${city.slug}/workspace/notifications#needs-update`);
    expect(await listNotifications(db(), city.users.council_member.id)).toHaveLength(1);
    expect(await listNotifications(db(), formerOwner.id)).toHaveLength(0);

    const digest = await listNotifications(db(), city.users.city_admin.id);
    expect(digest).toHaveLength(1);
    expect(digest[0]!.kind).toBe("digest");
    expect(digest[0]!.body).toContain("(20):");
    expect(digest[0]!.body).toMatch(/Past the target date and not in place \(1\):\n• S2 /);

    const toOfficer = mail.sent.find((m) => m.to === city.users.officer.email)!;
    expect(toOfficer.subject).toBe(`2 commitments in Test ${city.slug} need an update`);
    expect(toOfficer.text).toContain("/workspace/notifications#needs-update");
    expect(mail.sent.map((m) => m.to)).toContain(city.users.city_admin.email);

    // Bookkeeping only: lastReminderAt is set, version and updatedAt stay, the audit log records it.
    const f1 = await byKey("F1");
    expect(f1.lastReminderAt?.getTime()).toBe(t0.getTime() + 100 * DAY);
    expect(f1.version).toBe(1);
    expect(f1.updatedAt).toEqual(f1Before.updatedAt);
    expect((await byKey("T1")).lastReminderAt).toBeNull();
    expect(await db().auditLog.count({ where: { action: "remind", entityId: f1.id } })).toBe(1);

    mail.sent = [];
    const second = await run(100);
    expect(second).toMatchObject({ remindedCommitments: 0, ownerReminders: 0, digests: 0, emailsSent: 0 });
    expect(mail.sent).toHaveLength(0);
    // A few days later: still within the interval and the digest week.
    expect(await run(103)).toMatchObject({ remindedCommitments: 0, digests: 0 });
  });

  it("reminds again once the interval has passed, but not for a commitment updated in the meantime", async () => {
    const f2 = await byKey("F2");
    await auditedTransaction(db(), city.users.officer.id, (tx, audit) =>
      applyCommitmentChange(
        tx,
        audit,
        city.users.officer.id,
        f2,
        f2.version,
        { status: "in_progress", note: "Started", source: "web" },
        {},
        new Date(t0.getTime() + 150 * DAY),
      ),
    );
    mail.works = false;
    const later = await run(191);
    expect(later).toMatchObject({ remindedCommitments: 3, ownerReminders: 3, digests: 2, emailsSent: 0 });
    const officerNotes = await listNotifications(db(), city.users.officer.id);
    expect(officerNotes).toHaveLength(2);
    // Without mail the in-app notification is the reminder.
    expect(officerNotes[0]!.title).toBe(`A commitment in Test ${city.slug} needs an update`);
    expect(officerNotes[0]!.body).not.toContain("F2 ");
  });

  it("sends one digest and one reminder per owner when runs overlap", async () => {
    const c = await createTestCity("rem");
    const cdb = cityDbForSchema(c.schemaName);
    await cdb.commitment.updateMany({ where: { elementKey: { in: ["F1", "S1", "T1"] } }, data: { ownerId: c.users.officer.id } });
    const now = new Date(t0.getTime() + 100 * DAY);
    const runs = await Promise.all([1, 2, 3].map(() => runReminders({ now, cities: [c.slug] })));
    expect(runs.map((r) => r.failedCities)).toEqual([[], [], []]);
    expect(runs.reduce((n, r) => n + r.digests, 0)).toBe(1);
    expect(runs.reduce((n, r) => n + r.remindedCommitments, 0)).toBe(3);
    expect(await cdb.notification.count({ where: { userId: c.users.city_admin.id, kind: "digest" } })).toBe(1);
    expect(await cdb.notification.count({ where: { userId: c.users.officer.id, kind: "reminder" } })).toBe(1);
    expect(await cdb.auditLog.count({ where: { action: "remind" } })).toBe(3);
  });

  it("skips suspended cities", async () => {
    await setCityStatus(controlDb(), other.slug, "suspended", null);
    try {
      expect(await run(400)).toMatchObject({ cities: 1 });
    } finally {
      await setCityStatus(controlDb(), other.slug, "active", null);
    }
  });
});

describe("the notifications page's data and actions", () => {
  it("shows editors every stale commitment and others only their own", async () => {
    const now = new Date(t0.getTime() + 200 * DAY);
    const all = await loadAttention(db(), { intervalDays: 90, userId: city.users.officer.id, all: true, now });
    expect(all.stale.length).toBeGreaterThanOrEqual(19);
    expect(all.stale.find((c) => c.elementKey === "T1")?.ownerName).toBe(formerOwner.name);
    expect(all.overdue.map((c) => c.elementKey)).toEqual(["S2"]);
    const own = await loadAttention(db(), { intervalDays: 90, userId: city.users.council_member.id, all: false, now });
    expect(own.stale.map((c) => c.elementKey)).toEqual(["S1"]);
    expect(own.overdue).toEqual([]);
  });

  it("marks the user's own notifications read, and nobody else's", async () => {
    const [mine] = await listNotifications(db(), city.users.officer.id);
    session.user = city.users.council_member;
    expect(await markReadAction(city.slug, { id: mine!.id })).toMatchObject({ ok: false, error: { code: "not_found" } });
    session.user = other.users.city_admin;
    expect(await markReadAction(city.slug, { id: mine!.id })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await markReadAction(other.slug, { id: mine!.id })).toMatchObject({ ok: false, error: { code: "not_found" } });

    session.user = city.users.officer;
    // Reminders of days 100, 191 and 400 (the run that skipped the suspended city).
    expect(await countUnreadNotifications(db(), city.users.officer.id)).toBe(3);
    expect(await markReadAction(city.slug, { id: mine!.id })).toMatchObject({ ok: true });
    expect(await markReadAction(city.slug, { id: mine!.id })).toMatchObject({ ok: true });
    expect(await countUnreadNotifications(db(), city.users.officer.id)).toBe(2);
    expect(await markAllReadAction(city.slug, {})).toMatchObject({ ok: true, data: { count: 2 } });
    expect(await countUnreadNotifications(db(), city.users.officer.id)).toBe(0);
    // The council member's reminder is untouched.
    expect(await countUnreadNotifications(db(), city.users.council_member.id)).toBe(3);
  });
});
