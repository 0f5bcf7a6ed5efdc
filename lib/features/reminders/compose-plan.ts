/**
 * The words of an action-plan reminder (actions past their due date, indicators whose next figure
 * is due), in the recipient's language. Pure, like ./compose.ts, whose email frame it shares.
 */
import { translator } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { email, formatDay, listed, type Composed } from "./compose";

export interface PlanReminderItems {
  actions: { title: string; dueDate: Date }[];
  indicators: { name: string; dueDate: Date; latestPeriod: string | null }[];
}

export function composePlanReminder(input: {
  locale: Locale;
  cityName: string;
  planTitle: string;
  recipientName: string;
  items: PlanReminderItems;
  link: string;
}): Composed {
  const { locale, cityName, planTitle, items } = input;
  const t = translator(locale);
  const count = items.actions.length + items.indicators.length;
  const title = count === 1 ? t("planData.reminder.titleOne", { plan: planTitle }) : t("planData.reminder.titleOther", { plan: planTitle, count });
  const lines: string[] = [t("planData.reminder.intro", { plan: planTitle, city: cityName })];
  if (items.actions.length > 0) {
    lines.push("", t("planData.reminder.actionsHeading", { count: items.actions.length }));
    lines.push(...listed(t, items.actions, (a) => t("planData.reminder.actionItem", { title: a.title, date: formatDay(locale, a.dueDate) })));
  }
  if (items.indicators.length > 0) {
    lines.push("", t("planData.reminder.indicatorsHeading", { count: items.indicators.length }));
    lines.push(
      ...listed(t, items.indicators, (i) =>
        i.latestPeriod
          ? t("planData.reminder.indicatorItem", { name: i.name, period: i.latestPeriod })
          : t("planData.reminder.indicatorItemNone", { name: i.name }),
      ),
    );
  }
  lines.push("", t("planData.reminder.outro"));
  const body = lines.join("\n");
  return { title, body, emailSubject: title, emailText: email(t, { recipientName: input.recipientName, cityName, link: input.link }, body) };
}
