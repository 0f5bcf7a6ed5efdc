/**
 * The words of a reminder and of the admin digest, in the recipient's language: the in-app
 * notification (title + body) and the email (the same text with a greeting, link and signature).
 * Pure, so it is tested without a database or a mail server.
 */
import { getElement } from "@/lib/reference/framework/catalogue/catalogue";
import { translator, type Translator } from "@/lib/features/dictionary";
import { formatDate, formatDay as formatCalendarDay } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";

/**
 * Plan items no member owns (no owner, or one who left or was disabled): the owner reminders
 * (remind-plans.ts) cannot reach them, so the admins' digest lists them.
 */
export interface UnownedPlanItems {
  actions: { title: string; planTitle: string; dueDate: Date }[];
  indicators: { name: string; planTitle: string; dueDate: Date }[];
}

/** A long list is cut here in messages; the notifications page always shows all of it. */
export const MAX_LISTED = 25;

export interface ComposeItem {
  elementKey: string | null;
  title: string;
  status: string;
  lastUpdateAt: Date;
  targetDate: Date | null;
  ownerName?: string | null;
}

export interface Composed {
  title: string;
  body: string;
  emailSubject: string;
  emailText: string;
}

/** A calendar date stored as @db.Date, in the medium style of reminder texts. */
export function formatDay(locale: Locale, date: Date): string {
  return formatCalendarDay(locale, date, "medium");
}

/** "S1 Human rights office" in the reader's language for framework elements; the city's own title otherwise. */
export function commitmentLabel(c: { elementKey: string | null; title: string }, locale: Locale): string {
  const element = c.elementKey ? getElement(c.elementKey) : undefined;
  return element ? `${element.key} ${element.name[locale]}` : c.title;
}

/** At most MAX_LISTED lines, then "… and N more". */
export function listed<T>(t: Translator, items: T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, MAX_LISTED).map(line);
  if (items.length > MAX_LISTED) lines.push(t("reminders.email.more", { count: items.length - MAX_LISTED }));
  return lines;
}

/** The email around a message's body: greeting, link, signature and why it came. */
export function email(t: Translator, ctx: { recipientName: string; cityName: string; link: string }, body: string): string {
  return [
    t("reminders.email.greeting", { name: ctx.recipientName }),
    "",
    body,
    "",
    t("reminders.email.open", { link: ctx.link }),
    "",
    t("reminders.email.signature", { city: ctx.cityName }),
    "",
    t("reminders.email.why", { city: ctx.cityName }),
  ].join("\n");
}

export function composeOwnerReminder(input: {
  locale: Locale;
  cityName: string;
  intervalDays: number;
  recipientName: string;
  items: ComposeItem[];
  link: string;
}): Composed {
  const { locale, cityName, intervalDays, items } = input;
  const t = translator(locale);
  const title =
    items.length === 1 ? t("reminders.reminder.titleOne", { city: cityName }) : t("reminders.reminder.titleOther", { city: cityName, count: items.length });
  const body = [
    t("reminders.reminder.intro", { city: cityName, days: intervalDays }),
    ...listed(t, items, (c) => t("reminders.reminder.item", { label: commitmentLabel(c, locale), date: formatDate(locale, c.lastUpdateAt) })),
    "",
    t("reminders.reminder.outro", { days: intervalDays }),
  ].join("\n");
  return { title, body, emailSubject: title, emailText: email(t, { recipientName: input.recipientName, cityName, link: input.link }, body) };
}

export function composeDigest(input: {
  locale: Locale;
  cityName: string;
  intervalDays: number;
  recipientName: string;
  stale: ComposeItem[];
  overdue: ComposeItem[];
  /** Plan items no member owns (lib/features/reminders/remind-plans.ts listUnownedPlanItems). */
  unowned?: UnownedPlanItems;
  link: string;
}): Composed {
  const { locale, cityName, intervalDays, stale, overdue, unowned = { actions: [], indicators: [] } } = input;
  const t = translator(locale);
  const title = t("reminders.digest.title", { city: cityName });
  const parts = [t("reminders.digest.intro", { city: cityName })];
  if (stale.length > 0) {
    parts.push(
      "",
      t("reminders.digest.staleHeading", { days: intervalDays, count: stale.length }),
      ...listed(t, stale, (c) =>
        t("reminders.digest.staleItem", {
          label: commitmentLabel(c, locale),
          date: formatDate(locale, c.lastUpdateAt),
          owner: c.ownerName ?? t("reminders.digest.noOwner"),
        }),
      ),
    );
  }
  if (overdue.length > 0) {
    parts.push(
      "",
      t("reminders.digest.overdueHeading", { count: overdue.length }),
      ...listed(t, overdue, (c) =>
        t("reminders.digest.overdueItem", {
          label: commitmentLabel(c, locale),
          date: c.targetDate ? formatDay(locale, c.targetDate) : "",
          status: t(`framework.status.${c.status as "planned"}`),
        }),
      ),
    );
  }
  if (unowned.actions.length > 0) {
    parts.push(
      "",
      t("reminders.digest.unownedActionsHeading", { count: unowned.actions.length }),
      ...listed(t, unowned.actions, (a) => t("reminders.digest.unownedActionItem", { title: a.title, plan: a.planTitle, date: formatDay(locale, a.dueDate) })),
    );
  }
  if (unowned.indicators.length > 0) {
    parts.push(
      "",
      t("reminders.digest.unownedIndicatorsHeading", { count: unowned.indicators.length }),
      ...listed(t, unowned.indicators, (i) =>
        t("reminders.digest.unownedIndicatorItem", { name: i.name, plan: i.planTitle, date: formatDay(locale, i.dueDate) }),
      ),
    );
  }
  const body = parts.join("\n");
  return { title, body, emailSubject: title, emailText: email(t, { recipientName: input.recipientName, cityName, link: input.link }, body) };
}
