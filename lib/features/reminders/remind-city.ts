import "server-only";
import { auditedTransaction, type CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { systemCityDb } from "@/lib/kernel/tenancy/system-city-db";
import { controlDb } from "@/lib/kernel/db/control";
import { userNames } from "@/lib/kernel/records/people";
import { isTransientDbError } from "@/lib/kernel/db/transient-error";
import type { City } from "@/lib/generated/control/client";
import { isLocale, type Locale } from "@/lib/kernel/i18n/locales";
import { sendMail } from "@/lib/kernel/mail/send-mail";
import { createNotification } from "@/lib/features/reminders/notifications/notifications";
import { absoluteAppUrl } from "@/lib/kernel/app-url";
import { notificationsPath } from "./commitment-path";
import { composeDigest, composeOwnerReminder } from "./compose";
import { listOverdueCommitments, listStaleCommitments, type AttentionItem } from "./list-stale";
import { listUnownedPlanItems, remindPlanOwners, type PlanReminderResult, type ReminderRecipient } from "./remind-plans";
import type { UnownedPlanItems } from "./compose";
import { staleCutoff } from "./stale";

/** Admins get the digest at most this often (the list is always live on the notifications page). */
export const DIGEST_EVERY_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The plan reminders' counts (emails include the commitments' and the digests'), and the commitments'. */
export interface CityReminderResult extends PlanReminderResult {
  slug: string;
  /** Commitments whose owner was reminded in this run. */
  remindedCommitments: number;
  /** Owners reminded (one notification and one email each, listing all their due commitments). */
  ownerReminders: number;
  digests: number;
}

interface Member extends ReminderRecipient {
  role: string;
}

async function membersOf(city: City): Promise<Map<string, Member>> {
  const rows = await controlDb().membership.findMany({
    where: { cityId: city.id, user: { disabled: false } },
    select: { role: true, user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  const fallback: Locale = isLocale(city.defaultLocale) ? city.defaultLocale : "en";
  return new Map(rows.map((m) => [m.user.id, { ...m.user, role: m.role, locale: isLocale(m.user.locale) ? m.user.locale : fallback }]));
}

/**
 * Claims the owner's due commitments (sets lastReminderAt where it is still due, so a concurrent
 * run cannot claim them twice) and records the notification, in one transaction; the email goes
 * out after commit. The claim leaves `version` and `updatedAt` alone: a reminder is bookkeeping,
 * not an edit, and must not make an officer's open form conflict.
 */
async function remindOwner(db: CityDb, city: City, owner: Member, items: AttentionItem[], now: Date): Promise<AttentionItem[]> {
  const cutoff = staleCutoff(now, city.updateIntervalDays);
  const path = notificationsPath(city.slug, "needs-update");
  const claimed = await auditedTransaction(db, null, async (tx, audit) => {
    const mine: AttentionItem[] = [];
    for (const c of items) {
      const { count } = await tx.commitment.updateMany({
        where: {
          id: c.id,
          ownerId: owner.id,
          lastUpdateAt: { lt: cutoff },
          OR: [{ lastReminderAt: null }, { lastReminderAt: { lt: cutoff } }],
        },
        data: { lastReminderAt: now, updatedAt: c.updatedAt },
      });
      if (count === 0) continue;
      mine.push(c);
      await audit({
        action: "remind",
        entity: "Commitment",
        entityId: c.id,
        before: { lastReminderAt: c.lastReminderAt },
        after: { lastReminderAt: now, ownerId: owner.id },
      });
    }
    if (mine.length > 0) {
      const text = composeOwnerReminder({
        locale: owner.locale,
        cityName: city.name,
        intervalDays: city.updateIntervalDays,
        recipientName: owner.name,
        items: mine,
        link: path,
      });
      await createNotification(tx, { userId: owner.id, kind: "reminder", title: text.title, body: text.body, link: path, at: now });
    }
    return mine;
  });
  return claimed;
}

async function emailOwner(city: City, owner: Member, items: AttentionItem[]): Promise<boolean> {
  const link = await absoluteAppUrl(notificationsPath(city.slug, "needs-update"));
  const text = composeOwnerReminder({
    locale: owner.locale,
    cityName: city.name,
    intervalDays: city.updateIntervalDays,
    recipientName: owner.name,
    items,
    link,
  });
  return (await sendMail({ to: owner.email, subject: text.emailSubject, text: text.emailText })).sent;
}

/**
 * Check-then-insert, SERIALIZABLE: two overlapping runs (the scheduled one and a manual one) would
 * otherwise both see "no digest yet" and both send one. PostgreSQL aborts one of them; retried, it
 * finds the other's digest.
 */
async function serializable<T>(db: CityDb, fn: (tx: CityTx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, { isolationLevel: "Serializable" });
    } catch (err) {
      if (!isTransientDbError(err) || attempt >= 6) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt * (0.5 + Math.random())));
    }
  }
}

/** One digest per admin per DIGEST_EVERY_DAYS. */
async function sendDigest(
  db: CityDb,
  city: City,
  admin: Member,
  lists: { stale: AttentionItem[]; overdue: AttentionItem[]; unowned: UnownedPlanItems },
  ownerNames: Map<string, string>,
  now: Date,
): Promise<{ created: boolean; emailed: boolean }> {
  const path = notificationsPath(city.slug, "needs-update");
  const compose = (link: string) =>
    composeDigest({
      locale: admin.locale,
      cityName: city.name,
      intervalDays: city.updateIntervalDays,
      recipientName: admin.name,
      stale: lists.stale.map((c) => ({ ...c, ownerName: c.ownerId ? (ownerNames.get(c.ownerId) ?? null) : null })),
      overdue: lists.overdue,
      unowned: lists.unowned,
      link,
    });
  const created = await serializable(db, async (tx) => {
    const recent = await tx.notification.findFirst({
      where: { userId: admin.id, kind: "digest", createdAt: { gt: new Date(now.getTime() - DIGEST_EVERY_DAYS * DAY_MS) } },
      select: { id: true },
    });
    if (recent) return false;
    const text = compose(path);
    await createNotification(tx, { userId: admin.id, kind: "digest", title: text.title, body: text.body, link: path, at: now });
    return true;
  });
  if (!created) return { created: false, emailed: false };
  const text = compose(await absoluteAppUrl(path));
  const { sent } = await sendMail({ to: admin.email, subject: text.emailSubject, text: text.emailText });
  return { created: true, emailed: sent };
}

export async function remindCity(city: City, now: Date): Promise<CityReminderResult> {
  const db = systemCityDb(city, "job");
  const members = await membersOf(city);
  const plans = await remindPlanOwners(db, city, members, now);
  const result: CityReminderResult = {
    slug: city.slug,
    remindedCommitments: 0,
    ownerReminders: 0,
    digests: 0,
    remindedActions: plans.remindedActions,
    remindedIndicators: plans.remindedIndicators,
    planReminders: plans.planReminders,
    emailsSent: plans.emailsSent,
  };
  const stale = await listStaleCommitments(db, { intervalDays: city.updateIntervalDays, now });
  const cutoff = staleCutoff(now, city.updateIntervalDays);

  // Owners who are (still) members and not disabled; a commitment without one shows in the digest.
  const due = new Map<string, AttentionItem[]>();
  for (const c of stale) {
    if (!c.ownerId || !members.has(c.ownerId)) continue;
    if (c.lastReminderAt && c.lastReminderAt >= cutoff) continue;
    due.set(c.ownerId, [...(due.get(c.ownerId) ?? []), c]);
  }
  for (const [ownerId, items] of due) {
    const owner = members.get(ownerId)!;
    const claimed = await remindOwner(db, city, owner, items, now);
    if (claimed.length === 0) continue;
    result.remindedCommitments += claimed.length;
    result.ownerReminders += 1;
    if (await emailOwner(city, owner, claimed)) result.emailsSent += 1;
  }

  const overdue = await listOverdueCommitments(db, { now });
  const unowned = await listUnownedPlanItems(db, members, now);
  if (stale.length === 0 && overdue.length === 0 && unowned.actions.length === 0 && unowned.indicators.length === 0) return result;
  const ownerNames = await userNames(stale.map((c) => c.ownerId));
  for (const admin of members.values()) {
    if (admin.role !== "city_admin") continue;
    const digest = await sendDigest(db, city, admin, { stale, overdue, unowned }, ownerNames, now);
    if (digest.created) result.digests += 1;
    if (digest.emailed) result.emailsSent += 1;
  }
  return result;
}
