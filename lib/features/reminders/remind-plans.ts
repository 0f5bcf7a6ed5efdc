import "server-only";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import type { City } from "@/lib/generated/control/client";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { sendMail } from "@/lib/kernel/mail/send-mail";
import { createNotification } from "@/lib/features/reminders/notifications/notifications";
import { absoluteAppUrl } from "@/lib/kernel/app-url";
import { composePlanReminder, type PlanReminderItems } from "./compose-plan";
import { indicatorDueDate, isReminderDue } from "./plan-due";
import { startOfUtcDay } from "@/lib/kernel/dates";
import type { UnownedPlanItems } from "./compose";

export interface PlanReminderResult {
  /** Actions past their due date and indicators with a figure due, in adopted action plans. */
  remindedActions: number;
  remindedIndicators: number;
  /** One per owner and plan. */
  planReminders: number;
  emailsSent: number;
}

/** A member who can be reminded (remind-city.ts loads them once per city run). */
export interface ReminderRecipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

type Member = ReminderRecipient;

interface DueAction {
  id: string;
  title: string;
  dueDate: Date;
  lastReminderAt: Date | null;
  updatedAt: Date;
}
interface DueIndicator {
  id: string;
  name: string;
  dueDate: Date;
  latestPeriod: string | null;
  lastReminderAt: Date | null;
  updatedAt: Date;
}
interface OwnerPlanItems {
  ownerId: string;
  plan: { id: string; title: string };
  actions: DueAction[];
  indicators: DueIndicator[];
}

export function planPath(citySlug: string, planId: string): string {
  return `/${citySlug}/workspace/action-plan/${planId}`;
}

/**
 * What is due in the city's adopted plans (lib/features/reminders/plan-due.ts), grouped by owner and plan.
 * Items without an owner who is (still) a member are left out: there is nobody to remind.
 * Three queries, whatever the size of the plans.
 */
async function listDue(db: CityDb, members: Map<string, Member>, now: Date): Promise<OwnerPlanItems[]> {
  const plans = await db.actionPlan.findMany({ where: { status: "adopted" }, select: { id: true, title: true, periodStart: true } });
  if (plans.length === 0) return [];
  const planIds = plans.map((p) => p.id);
  const actions = await db.action.findMany({
    where: {
      objective: { planId: { in: planIds } },
      ownerId: { in: [...members.keys()] },
      status: { notIn: ["done", "cancelled"] },
      dueDate: { lt: startOfUtcDay(now) },
    },
    select: { id: true, title: true, dueDate: true, ownerId: true, lastReminderAt: true, updatedAt: true, objective: { select: { planId: true } } },
    orderBy: [{ dueDate: "asc" }, { title: "asc" }],
  });
  const indicators = await db.indicator.findMany({
    where: { planId: { in: planIds }, ownerId: { in: [...members.keys()] } },
    select: {
      id: true,
      planId: true,
      name: true,
      ownerId: true,
      frequency: true,
      createdAt: true,
      lastReminderAt: true,
      updatedAt: true,
      measurements: { select: { period: true, periodStart: true }, orderBy: { periodStart: "desc" }, take: 1 },
    },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });

  const planById = new Map(plans.map((p) => [p.id, p]));
  const groups = new Map<string, OwnerPlanItems>();
  const group = (ownerId: string, planId: string) => {
    const key = `${ownerId}/${planId}`;
    let g = groups.get(key);
    if (!g) {
      const p = planById.get(planId)!;
      g = { ownerId, plan: { id: p.id, title: p.title }, actions: [], indicators: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const a of actions) {
    if (!isReminderDue(a.dueDate!, a.lastReminderAt, now)) continue;
    group(a.ownerId!, a.objective.planId).actions.push({
      id: a.id,
      title: a.title,
      dueDate: a.dueDate!,
      lastReminderAt: a.lastReminderAt,
      updatedAt: a.updatedAt,
    });
  }
  for (const i of indicators) {
    const latest = i.measurements[0] ?? null;
    const dueDate = indicatorDueDate({
      frequency: i.frequency,
      latestPeriodStart: latest?.periodStart ?? null,
      createdAt: i.createdAt,
      planStart: planById.get(i.planId)!.periodStart,
    });
    if (!isReminderDue(dueDate, i.lastReminderAt, now)) continue;
    group(i.ownerId!, i.planId).indicators.push({
      id: i.id,
      name: i.name,
      dueDate,
      latestPeriod: latest?.period ?? null,
      lastReminderAt: i.lastReminderAt,
      updatedAt: i.updatedAt,
    });
  }
  return [...groups.values()];
}

/** In adopted plans: unowned actions past their due date (not done or cancelled), and unowned indicators whose next figure is due. */
export async function listUnownedPlanItems(db: CityDb, members: Map<string, Member>, now: Date): Promise<UnownedPlanItems> {
  const unowned = { OR: [{ ownerId: null }, { ownerId: { notIn: [...members.keys()] } }] };
  const actions = await db.action.findMany({
    where: { objective: { plan: { status: "adopted" } }, ...unowned, status: { notIn: ["done", "cancelled"] }, dueDate: { lt: startOfUtcDay(now) } },
    select: { title: true, dueDate: true, objective: { select: { plan: { select: { title: true } } } } },
    orderBy: [{ dueDate: "asc" }, { title: "asc" }],
  });
  const indicators = await db.indicator.findMany({
    where: { plan: { status: "adopted" }, ...unowned },
    select: {
      name: true,
      frequency: true,
      createdAt: true,
      plan: { select: { title: true, periodStart: true } },
      measurements: { select: { periodStart: true }, orderBy: { periodStart: "desc" }, take: 1 },
    },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  return {
    actions: actions.map((a) => ({ title: a.title, planTitle: a.objective.plan.title, dueDate: a.dueDate! })),
    indicators: indicators.flatMap((i) => {
      const dueDate = indicatorDueDate({
        frequency: i.frequency,
        latestPeriodStart: i.measurements[0]?.periodStart ?? null,
        createdAt: i.createdAt,
        planStart: i.plan.periodStart,
      });
      return isReminderDue(dueDate, null, now) ? [{ name: i.name, planTitle: i.plan.title, dueDate }] : [];
    }),
  };
}

/**
 * Claims the items (sets lastReminderAt only where it is still before the due date, so an
 * overlapping run cannot claim them twice) and records the notification, in one transaction.
 * Like the commitment reminders, the claim leaves version and updatedAt alone: it is bookkeeping,
 * not an edit, and must not make someone's open form conflict.
 */
async function claim(db: CityDb, city: City, owner: Member, due: OwnerPlanItems, now: Date): Promise<PlanReminderItems> {
  const path = planPath(city.slug, due.plan.id);
  return auditedTransaction(db, null, async (tx, audit) => {
    const items: PlanReminderItems = { actions: [], indicators: [] };
    for (const a of due.actions) {
      const { count } = await tx.action.updateMany({
        where: { id: a.id, ownerId: owner.id, dueDate: a.dueDate, OR: [{ lastReminderAt: null }, { lastReminderAt: { lt: a.dueDate } }] },
        data: { lastReminderAt: now, updatedAt: a.updatedAt },
      });
      if (count === 0) continue;
      items.actions.push(a);
      await audit({
        action: "remind",
        entity: "Action",
        entityId: a.id,
        before: { lastReminderAt: a.lastReminderAt },
        after: { lastReminderAt: now, ownerId: owner.id },
      });
    }
    for (const i of due.indicators) {
      const { count } = await tx.indicator.updateMany({
        where: { id: i.id, ownerId: owner.id, OR: [{ lastReminderAt: null }, { lastReminderAt: { lt: i.dueDate } }] },
        data: { lastReminderAt: now, updatedAt: i.updatedAt },
      });
      if (count === 0) continue;
      items.indicators.push(i);
      await audit({
        action: "remind",
        entity: "Indicator",
        entityId: i.id,
        before: { lastReminderAt: i.lastReminderAt },
        after: { lastReminderAt: now, ownerId: owner.id },
      });
    }
    if (items.actions.length + items.indicators.length > 0) {
      const text = composePlanReminder({ locale: owner.locale, cityName: city.name, planTitle: due.plan.title, recipientName: owner.name, items, link: path });
      await createNotification(tx, { userId: owner.id, kind: "reminder", title: text.title, body: text.body, link: path, at: now });
    }
    return items;
  });
}

/**
 * Reminds owners of actions past their due date and of indicators whose next figure is due, in
 * the city's adopted plans: one notification (and one email when mail works) per owner and plan.
 * A second run sends nothing new (Action/Indicator.lastReminderAt).
 */
export async function remindPlanOwners(db: CityDb, city: City, members: Map<string, Member>, now: Date): Promise<PlanReminderResult> {
  const result: PlanReminderResult = { remindedActions: 0, remindedIndicators: 0, planReminders: 0, emailsSent: 0 };
  for (const due of await listDue(db, members, now)) {
    const owner = members.get(due.ownerId)!;
    const items = await claim(db, city, owner, due, now);
    const count = items.actions.length + items.indicators.length;
    if (count === 0) continue;
    result.remindedActions += items.actions.length;
    result.remindedIndicators += items.indicators.length;
    result.planReminders += 1;
    const link = await absoluteAppUrl(planPath(city.slug, due.plan.id));
    const text = composePlanReminder({ locale: owner.locale, cityName: city.name, planTitle: due.plan.title, recipientName: owner.name, items, link });
    if ((await sendMail({ to: owner.email, subject: text.emailSubject, text: text.emailText })).sent) result.emailsSent += 1;
  }
  return result;
}
