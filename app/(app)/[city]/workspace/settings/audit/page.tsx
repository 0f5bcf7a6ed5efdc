import type { Metadata } from "next";
import Link from "next/link";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDateTime } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { listMembers } from "@/lib/features/members/list-members";
import { userNames, nameOr } from "@/lib/kernel/records/people";
import { listAuditEntries } from "@/lib/features/audit/list-audit";
import { actionLabel, entityLabel } from "@/lib/features/audit/labels";
import { AUDIT_AREAS, auditQuery, readAuditFilter } from "@/lib/features/audit/schema";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClasses } from "@/components/ui/field";
import { PageShell } from "../../_components/page-shell";
import { SettingsNav } from "../settings-nav";

type Props = { params: Promise<{ city: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("audit.title") };
}

/**
 * The city's audit log for its administrators: filter by person, area and period (a plain GET
 * form, so a filtered view is a link that can be shared and works without JavaScript), page by
 * page, and download what the filter selects as CSV.
 */
export default async function AuditPage({ params, searchParams }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "audit.read", `/${city}/workspace/settings/audit`);
  const locale = await requestLocale();
  const t = translator(locale);
  const d = dictionary(locale);
  const filter = readAuditFilter(await searchParams);
  const [page, members] = await Promise.all([listAuditEntries(ctx.db, ctx.city.id, filter), listMembers(ctx.city.id)]);
  const names = await userNames(
    page.entries.map((e) => e.actorId),
    { orEmail: true },
  );
  const base = `/${ctx.city.slug}/workspace/settings/audit`;
  const filtered = !!(filter.actor || filter.area || filter.from || filter.to);

  return (
    <PageShell title={t("settings.title")}>
      <SettingsNav citySlug={ctx.city.slug} t={t} showAudit />
      <h2 className="text-2xl font-semibold">{t("audit.title")}</h2>
      <p className="mt-1 mb-6 max-w-3xl text-slate-800">{t("audit.intro")}</p>

      <form method="get" action={base} className="mb-6 rounded-lg border border-slate-300 p-4">
        <fieldset>
          <legend className="px-1 font-semibold">{t("audit.filter.legend")}</legend>
          <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <div>
              <label htmlFor="audit-actor" className="block text-sm font-semibold text-slate-900">
                {t("audit.filter.actor")}
              </label>
              <select id="audit-actor" name="actor" defaultValue={filter.actor} className={inputClasses}>
                <option value="">{t("audit.filter.anyone")}</option>
                <option value="system">{t("audit.filter.system")}</option>
                {members.map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.name || m.email}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="audit-area" className="block text-sm font-semibold text-slate-900">
                {t("audit.filter.area")}
              </label>
              <select id="audit-area" name="area" defaultValue={filter.area} className={inputClasses}>
                <option value="">{t("audit.filter.anyArea")}</option>
                {AUDIT_AREAS.map((a) => (
                  <option key={a} value={a}>
                    {d.audit.areas[a]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="audit-from" className="block text-sm font-semibold text-slate-900">
                {t("audit.filter.from")}
              </label>
              <input id="audit-from" name="from" type="date" defaultValue={filter.from} className={inputClasses} />
            </div>
            <div>
              <label htmlFor="audit-to" className="block text-sm font-semibold text-slate-900">
                {t("audit.filter.to")}
              </label>
              <input id="audit-to" name="to" type="date" defaultValue={filter.to} className={inputClasses} />
            </div>
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <Button type="submit">{t("audit.filter.apply")}</Button>
            {filtered ? (
              <Link href={base} className="text-blue-800 underline">
                {t("audit.filter.clear")}
              </Link>
            ) : null}
          </div>
        </fieldset>
      </form>

      <p className="mb-4 text-sm text-slate-800">
        <a href={`/api/cities/${ctx.city.slug}/audit/export${auditQuery(filter, { locale })}`} className="font-semibold text-blue-800 underline" download>
          {t("audit.export")}
        </a>{" "}
        {t("audit.exportHint")}
      </p>

      {page.entries.length === 0 ? (
        <EmptyState>{filtered || filter.cursor ? t("audit.empty") : t("audit.emptyAll")}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left text-base font-semibold">{t("audit.table.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pr-4">
                  {t("audit.table.when")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("audit.table.who")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("audit.table.what")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("audit.table.record")}
                </th>
                <th scope="col" className="py-2">
                  {t("audit.table.changes")}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((e) => (
                <tr key={e.key} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={e.at.toISOString()}>{formatDateTime(locale, e.at)}</time>
                  </td>
                  <td className="py-2 pr-4">{e.actorId ? nameOr(names, e.actorId, t("audit.table.formerMember")) : t("audit.table.system")}</td>
                  <td className="py-2 pr-4">{actionLabel(d, e)}</td>
                  <td className="py-2 pr-4">
                    {entityLabel(d, e)}
                    {e.entityId ? (
                      <span className="block font-mono text-xs text-slate-700" title={e.entityId}>
                        {e.entityId.length > 13 ? `${e.entityId.slice(0, 8)}…` : e.entityId}
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2">
                    {e.changes.length === 0 ? (
                      t("audit.table.noChanges")
                    ) : (
                      <details>
                        <summary className="cursor-pointer text-blue-800 underline">
                          {e.changes.length === 1 ? t("audit.table.showChange") : t("audit.table.showChanges", { count: e.changes.length })}
                        </summary>
                        <table className="mt-2 text-xs">
                          <thead>
                            <tr>
                              <th scope="col" className="pr-3 text-left">
                                {t("audit.table.field")}
                              </th>
                              <th scope="col" className="pr-3 text-left">
                                {t("audit.table.before")}
                              </th>
                              <th scope="col" className="text-left">
                                {t("audit.table.after")}
                              </th>
                            </tr>
                          </thead>
                          <tbody>
                            {e.changes.map((c) => (
                              <tr key={c.field} className="align-top">
                                <th scope="row" className="pr-3 text-left font-mono font-normal">
                                  {c.field}
                                </th>
                                <td className="pr-3 break-all">{c.before ?? ""}</td>
                                <td className="break-all">{c.after ?? ""}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav aria-label={t("audit.title")} className="mt-6 flex gap-6">
        {filter.cursor ? (
          <Link href={`${base}${auditQuery(filter)}`} className="text-blue-800 underline">
            {t("audit.newer")}
          </Link>
        ) : null}
        {page.next ? (
          <Link href={`${base}${auditQuery(filter, { cursor: page.next })}`} className="text-blue-800 underline">
            {t("audit.older")}
          </Link>
        ) : null}
      </nav>
    </PageShell>
  );
}
