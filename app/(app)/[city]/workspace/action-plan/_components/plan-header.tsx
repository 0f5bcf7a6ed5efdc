import Link from "next/link";
import { fill } from "@/lib/kernel/i18n/fill";
import type { PlanRecord } from "@/lib/features/action-plans/records";
import type { Dictionary } from "@/lib/features/dictionary";
import { formatDay } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { PlanStatusBadge } from "@/components/plans/badges";

export type PlanView = "overview" | "table" | "timeline" | "data" | null;

/** Breadcrumb, the plan's title line and its views (the current one marked for screen readers too). */
export function PlanHeader({
  citySlug,
  plan,
  d,
  locale,
  current,
  title,
}: {
  citySlug: string;
  plan: PlanRecord;
  d: Dictionary;
  locale: Locale;
  current: PlanView;
  title?: string;
}) {
  const m = d.actionPlans;
  const base = `/${citySlug}/workspace/action-plan/${plan.id}`;
  const views: [Exclude<PlanView, null>, string, string][] = [
    ["overview", m.plan.overview, base],
    ["table", m.plan.table, `${base}/table`],
    ["timeline", m.plan.timeline, `${base}/timeline`],
    ["data", m.plan.data, `${base}/data`],
  ];
  return (
    <header className="space-y-3">
      <nav aria-label={m.plan.breadcrumb} className="text-sm">
        <Link href={`/${citySlug}/workspace/action-plan`}>← {m.plan.breadcrumb}</Link>
        {title ? (
          <>
            {" / "}
            <Link href={base}>{plan.title}</Link>
          </>
        ) : null}
      </nav>
      <h1 className="text-3xl font-bold text-slate-900">{title ?? plan.title}</h1>
      <p className="flex flex-wrap items-center gap-3 text-slate-800">
        <PlanStatusBadge status={plan.status} label={m.planStatus[plan.status]} />
        <span>{fill(m.list.period, { start: formatDay(locale, plan.periodStart), end: formatDay(locale, plan.periodEnd) })}</span>
      </p>
      {current ? (
        <nav aria-label={m.plan.views}>
          <ul className="flex flex-wrap gap-2 border-b border-slate-300">
            {views.map(([key, label, href]) => (
              <li key={key}>
                <Link
                  href={href}
                  aria-current={key === current ? "page" : undefined}
                  className={`inline-block rounded-t-md px-4 py-2 font-semibold no-underline ${key === current ? "border-b-4 border-blue-700 text-slate-900" : "text-blue-800 hover:bg-slate-100"}`}
                >
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
