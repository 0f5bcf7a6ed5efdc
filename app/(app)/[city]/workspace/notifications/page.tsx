import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { translator, type Translator } from "@/lib/features/dictionary";
import { formatDate, formatDateTime } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { listNotifications } from "@/lib/features/reminders/notifications/notifications";
import { loadAttention, type AttentionView } from "@/lib/features/reminders/attention";
import { commitmentPath } from "@/lib/features/reminders/commitment-path";
import { commitmentLabel, formatDay } from "@/lib/features/reminders/compose";
import { daysSince } from "@/lib/features/reminders/stale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../_components/page-shell";
import { StatusBadge } from "../_components/status-badge";
import { MarkAllReadButton, MarkReadButton } from "./mark-read";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("reminders.page.title") };
}

function ownerText(t: Translator, c: AttentionView): string {
  if (c.ownerName === null) return t("reminders.needsUpdate.noOwner");
  return c.ownerName || t("reminders.needsUpdate.formerMember");
}

function CommitmentLink({ slug, c, locale }: { slug: string; c: AttentionView; locale: Locale }) {
  return <Link href={commitmentPath(slug, c)}>{commitmentLabel(c, locale)}</Link>;
}

/** The person's notifications in this city, and what waits for an update (all of it for editors, their own for others). */
export default async function NotificationsPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "workspace.view", `/${city}/workspace/notifications`);
  const locale = await requestLocale();
  const t = translator(locale);
  const now = new Date();
  const days = ctx.city.updateIntervalDays;
  const all = ctx.can("commitment.edit");
  const { stale, overdue } = await loadAttention(ctx.db, { intervalDays: days, userId: ctx.user.id, all, now });
  const notifications = await listNotifications(ctx.db, ctx.user.id);
  const unread = notifications.filter((n) => !n.readAt).length;
  const slug = ctx.city.slug;

  return (
    <PageShell title={t("reminders.page.title")} intro={<p>{t("reminders.page.intro")}</p>}>
      <section aria-labelledby="needs-update" className="scroll-mt-4">
        <h2 id="needs-update" className="text-2xl font-semibold">
          {t("reminders.needsUpdate.heading", { count: stale.length })}
        </h2>
        <p className="mt-1 text-slate-800">{t(all ? "reminders.needsUpdate.introAll" : "reminders.needsUpdate.introOwn", { days })}</p>
        {stale.length === 0 ? (
          <div className="mt-4">
            <EmptyState>{t("reminders.needsUpdate.empty", { days })}</EmptyState>
          </div>
        ) : (
          <>
            <div className="mt-4 overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">{t("reminders.needsUpdate.tableCaption")}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-400">
                    <th scope="col" className="py-2 pr-4">
                      {t("reminders.needsUpdate.commitment")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("reminders.needsUpdate.owner")}
                    </th>
                    <th scope="col" className="py-2">
                      {t("reminders.needsUpdate.lastUpdate")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stale.map((c) => (
                    <tr key={c.id} className="border-b border-slate-300 align-top">
                      <td className="py-2 pr-4">
                        <CommitmentLink slug={slug} c={c} locale={locale} />
                      </td>
                      <td className="py-2 pr-4">{ownerText(t, c)}</td>
                      <td className="py-2">
                        {t("reminders.needsUpdate.daysAgo", { date: formatDate(locale, c.lastUpdateAt), days: daysSince(c.lastUpdateAt, now) })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="mt-3 text-sm text-slate-800">{t("reminders.needsUpdate.howTo")}</p>
          </>
        )}
      </section>

      <section aria-labelledby="overdue" className="mt-10 scroll-mt-4">
        <h2 id="overdue" className="text-2xl font-semibold">
          {t("reminders.overdue.heading", { count: overdue.length })}
        </h2>
        <p className="mt-1 text-slate-800">{t("reminders.overdue.intro")}</p>
        {overdue.length === 0 ? (
          <div className="mt-4">
            <EmptyState>{t("reminders.overdue.empty")}</EmptyState>
          </div>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("reminders.overdue.tableCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="py-2 pr-4">
                    {t("reminders.needsUpdate.commitment")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("reminders.needsUpdate.owner")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("reminders.overdue.targetDate")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("reminders.overdue.status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {overdue.map((c) => (
                  <tr key={c.id} className="border-b border-slate-300 align-top">
                    <td className="py-2 pr-4">
                      <CommitmentLink slug={slug} c={c} locale={locale} />
                    </td>
                    <td className="py-2 pr-4">{ownerText(t, c)}</td>
                    <td className="py-2 pr-4">{c.targetDate ? formatDay(locale, c.targetDate) : ""}</td>
                    <td className="py-2">
                      <StatusBadge status={c.status} label={t(`framework.status.${c.status}`)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="inbox" className="mt-10">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="inbox" className="text-2xl font-semibold">
            {t("reminders.inbox.heading")}
          </h2>
          {unread > 0 ? <MarkAllReadButton citySlug={slug} label={t("reminders.inbox.markAllRead")} done={t("reminders.inbox.markedAll")} /> : null}
        </div>
        {unread > 0 ? <p className="mt-1 text-slate-800">{t("reminders.inbox.unreadCount", { count: unread })}</p> : null}
        {notifications.length === 0 ? (
          <div className="mt-4">
            <EmptyState>{t("reminders.inbox.empty")}</EmptyState>
          </div>
        ) : (
          <ul className="mt-4 space-y-4">
            {notifications.map((n) => (
              <li key={n.id} className={`rounded-lg border p-4 ${n.readAt ? "border-slate-300 bg-white" : "border-blue-700 bg-blue-50"}`}>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <h3 className="flex flex-wrap items-center gap-2 font-semibold">
                      <Badge tone={n.readAt ? "gray" : "blue"}>{n.readAt ? t("reminders.inbox.read") : t("reminders.inbox.unread")}</Badge>
                      {n.title}
                    </h3>
                    <p className="mt-1 text-sm text-slate-700">{t("reminders.inbox.received", { date: formatDateTime(locale, n.createdAt) })}</p>
                  </div>
                  {!n.readAt ? (
                    <MarkReadButton
                      citySlug={slug}
                      id={n.id}
                      label={t("reminders.inbox.markRead")}
                      accessibleLabel={t("reminders.inbox.markReadLabel", { title: n.title })}
                    />
                  ) : null}
                </div>
                {n.body ? <p className="mt-3 whitespace-pre-line">{n.body}</p> : null}
                {n.link?.startsWith("/") ? (
                  <p className="mt-3">
                    <Link href={n.link}>{t("reminders.inbox.open")}</Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageShell>
  );
}
