import "server-only";
import type { CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import { translator } from "@/lib/features/dictionary";
import { isLocale, type Locale } from "@/lib/kernel/i18n/locales";
import { log } from "@/lib/kernel/log";
import { sendMail } from "@/lib/kernel/mail/send-mail";
import { createNotification, type NotificationKind } from "@/lib/features/reminders/notifications/notifications";
import { configuredAppUrl } from "@/lib/kernel/app-url";
import type { Role } from "@/lib/generated/control/enums";
import type { CommentOutcomeValue } from "./schema";

/**
 * Notifications of comments (a reply, a mention, an officer's answer) and of whatever else a
 * commentable document announces (the declaration's consultation opening and closing): in-app
 * always (written in the same transaction as the change that causes them), by email when SMTP is
 * configured (sent after commit; sendMail never throws and sends nothing without SMTP). Texts are
 * in each recipient's language.
 */
export interface Notice {
  kind: NotificationKind;
  compose: (locale: Locale, cityName: string) => { title: string; body: string };
}

export type CommentNotice =
  | { kind: "comment_reply"; actorName: string; excerpt: string }
  | { kind: "comment_mention"; actorName: string; excerpt: string }
  | { kind: "comment_outcome"; outcome: CommentOutcomeValue; reason: string; excerpt: string };

export function commentNotice(n: CommentNotice): Notice {
  return {
    kind: n.kind,
    compose: (locale) => {
      const t = translator(locale);
      switch (n.kind) {
        case "comment_reply":
          return { title: t("consultation.notify.replyTitle", { name: n.actorName }), body: n.excerpt };
        case "comment_mention":
          return { title: t("consultation.notify.mentionTitle", { name: n.actorName }), body: n.excerpt };
        case "comment_outcome":
          return {
            title: t("consultation.notify.outcomeTitle", { outcome: t(`consultation.outcome.${n.outcome}`) }),
            body: `${t("consultation.notify.outcomeOn", { excerpt: n.excerpt })}\n${n.reason}`,
          };
      }
    },
  };
}

export interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  role: Role;
}

const EXCERPT = 120;
export const excerpt = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT - 1)}…` : s);

/** Active (not disabled) members of the city, optionally only these user ids. */
export async function cityRecipients(city: { id: string; defaultLocale: string }, where: { ids?: string[]; roles?: Role[] } = {}): Promise<Recipient[]> {
  const rows = await controlDb().membership.findMany({
    where: {
      cityId: city.id,
      user: { disabled: false },
      ...(where.ids ? { userId: { in: where.ids } } : {}),
      ...(where.roles ? { role: { in: where.roles } } : {}),
    },
    select: { role: true, user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  const fallback: Locale = isLocale(city.defaultLocale) ? city.defaultLocale : "en";
  return rows.map((m) => ({ ...m.user, role: m.role, locale: isLocale(m.user.locale) ? m.user.locale : fallback }));
}

export interface PendingMail {
  send: () => Promise<number>;
}

/**
 * Writes one in-app notification per recipient inside the transaction and returns the emails to
 * send once it committed (so a rolled-back change mails nobody).
 */
export async function notify(
  db: CityDb | CityTx,
  city: { name: string },
  recipients: Recipient[],
  notice: Notice,
  link: string,
  at = new Date(),
): Promise<PendingMail> {
  for (const r of recipients) {
    const text = notice.compose(r.locale, city.name);
    await createNotification(db, { userId: r.id, kind: notice.kind, title: text.title, body: text.body, link, at });
  }
  return {
    send: async () => {
      let sent = 0;
      const base = configuredAppUrl();
      for (const r of recipients) {
        const text = notice.compose(r.locale, city.name);
        const t = translator(r.locale);
        const lines = [t("consultation.notify.greeting", { name: r.name }), "", text.body, "", t("consultation.notify.open", { link: `${base ?? ""}${link}` })];
        try {
          if ((await sendMail({ to: r.email, subject: text.title, text: lines.join("\n") })).sent) sent++;
        } catch (err) {
          log("error", "consultation mail failed", { err });
        }
      }
      return sent;
    },
  };
}
