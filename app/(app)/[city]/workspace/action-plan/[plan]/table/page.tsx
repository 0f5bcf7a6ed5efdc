import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { fill } from "@/lib/kernel/i18n/fill";
import { inputClasses } from "@/components/ui/field";
import { filterActions, parseFilters } from "@/lib/features/action-plans/filter-actions";
import { loadPlanOverview } from "@/lib/features/action-plans/load-plan-overview";
import { needsReason } from "@/lib/features/action-plans/policy";
import { ACTION_STATUSES } from "@/lib/features/action-plans/schema";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDay } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { ActionStatusBadge } from "@/components/plans/badges";
import { loadCommitmentOptions } from "@/lib/features/commitments/load-commitment-options";
import { PlanHeader } from "../../_components/plan-header";
import { WorkspaceNotFoundView } from "../../../_components/not-found-view";

type Props = { params: Promise<{ city: string; plan: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: `${t("actionPlans.table.heading")} · ${t("workspace.actionPlan.title")}` };
}

/** Every action of the plan in one table, narrowed by a plain GET form (works without JavaScript; the URL can be shared). */
async function PlanTablePage({ params, searchParams }: Props) {
  const { city, plan: planId } = await params;
  const ctx = await cityPageContext(city, "plan.read", `/${city}/workspace/action-plan/${planId}/table`);
  const overview = await loadPlanOverview(ctx.db, ctx.city.id, planId);
  if (!overview) notFound();
  const locale = await requestLocale();
  const d = dictionary(locale);
  const m = d.actionPlans;
  const t = m.table;
  const filters = parseFilters(await searchParams);
  const rows = filterActions(overview.actions, filters);
  const options = await loadCommitmentOptions(ctx, locale);
  const objectives = new Map(overview.objectives.map((o) => [o.record.id, o.record.title]));
  const base = `/${ctx.city.slug}/workspace/action-plan/${overview.plan.id}`;
  const select = (name: string, label: string, value: string, choices: { value: string | number; label: string }[]) => (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value} className={inputClasses}>
        <option value="">{t.any}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-7xl space-y-8 px-4 py-8">
      <PlanHeader citySlug={ctx.city.slug} plan={overview.plan} d={d} locale={locale} current="table" />
      <section aria-labelledby="filters-heading" className="rounded-lg border border-slate-300 p-4">
        <h2 id="filters-heading" className="text-xl font-semibold">
          {t.filters}
        </h2>
        <form method="get" className="mt-3 grid gap-4 sm:grid-cols-3">
          {select(
            "status",
            m.fields.status,
            filters.status,
            ACTION_STATUSES.map((s) => ({ value: s, label: m.actionStatus[s] })),
          )}
          {select("department", m.fields.departmentId, filters.department, options.departments)}
          {select(
            "group",
            m.fields.groups,
            filters.group,
            options.groups.flatMap((g) => g.items),
          )}
          {select(
            "charter",
            t.right,
            filters.charter ? String(filters.charter) : "",
            options.charter.flatMap((g) => g.items),
          )}
          {select("sdg", m.fields.sdgs, filters.sdg ? String(filters.sdg) : "", options.sdgs)}
          <div className="flex items-end gap-2 pb-2">
            <input id="filter-overdue" type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="h-4 w-4" />
            <label htmlFor="filter-overdue" className="text-sm font-semibold">
              {t.overdueOnly}
            </label>
          </div>
          <div className="flex flex-wrap gap-3 sm:col-span-3">
            <button type="submit" className={buttonClasses("primary")}>
              {t.apply}
            </button>
            <Link href={`${base}/table`} className={buttonClasses("secondary")}>
              {t.reset}
            </Link>
          </div>
        </form>
      </section>

      <section aria-labelledby="table-heading">
        <h2 id="table-heading" className="text-xl font-semibold">
          {t.heading}
        </h2>
        {rows.length === 0 ? (
          <p className="mt-3">{t.empty}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <caption className="p-2 text-left font-semibold">{fill(t.caption, { shown: rows.length, total: overview.actions.length })}</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  {[t.colAction, t.colObjective, t.colStatus, t.colProgress, t.colDue, t.colDepartment, t.colOwner].map((h) => (
                    <th key={h} scope="col" className="p-2">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="p-2 font-medium">
                      <Link href={`${base}/actions/${a.id}`}>{a.title}</Link>
                    </th>
                    <td className="p-2">{objectives.get(a.objectiveId)}</td>
                    <td className="p-2">
                      <ActionStatusBadge status={a.status} label={m.actionStatus[a.status]} />
                      {a.statusReason && needsReason(a.status) ? <p className="mt-1 text-slate-800">{a.statusReason}</p> : null}
                    </td>
                    <td className="p-2 tabular-nums">{fill(m.rollupLabel.percent, { value: a.progress })}</td>
                    <td className="p-2">
                      {a.dueDate ? formatDay(locale, a.dueDate) : "–"} {a.overdue ? <Badge tone="red">{m.action.overdue}</Badge> : null}
                    </td>
                    <td className="p-2">{a.departmentName ?? "–"}</td>
                    <td className="p-2">{a.ownerName ?? "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}

export default withNotFound(PlanTablePage, WorkspaceNotFoundView);
