import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { fill } from "@/lib/kernel/i18n/fill";
import { loadPlanOverview } from "@/lib/features/action-plans/load-plan-overview";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDay } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PlanHeader } from "../../_components/plan-header";
import { WorkspaceNotFoundView } from "../../../_components/not-found-view";

type Props = { params: Promise<{ city: string; plan: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: `${t("actionPlans.timeline.heading")} · ${t("workspace.actionPlan.title")}` };
}

const DAY = 86_400_000;
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
// Status colours with at least 3:1 against white (WCAG 1.4.11); the list below carries the words.
const FILL: Record<string, string> = {
  not_started: "#64748b",
  on_track: "#15803d",
  at_risk: "#b45309",
  delayed: "#b91c1c",
  done: "#1d4ed8",
  cancelled: "#94a3b8",
};

/**
 * The plan on a time axis, drawn on the server as SVG: one row per action (a bar from start to due
 * date, or a tick when only one date is known), milestones as diamonds, today as a line. The SVG
 * is one image for screen readers; the list after it holds every date as text.
 */
async function PlanTimelinePage({ params }: Props) {
  const { city, plan: planId } = await params;
  const ctx = await cityPageContext(city, "plan.read", `/${city}/workspace/action-plan/${planId}/timeline`);
  const overview = await loadPlanOverview(ctx.db, ctx.city.id, planId);
  if (!overview) notFound();
  const locale = await requestLocale();
  const d = dictionary(locale);
  const m = d.actionPlans;
  const { plan } = overview;
  const base = `/${ctx.city.slug}/workspace/action-plan/${plan.id}`;

  const dated = overview.actions.filter((a) => a.startDate || a.dueDate);
  const milestonesOf = new Map<string, typeof overview.milestones>();
  for (const ms_ of overview.milestones) milestonesOf.set(ms_.actionId, [...(milestonesOf.get(ms_.actionId) ?? []), ms_]);
  const all = [
    plan.periodStart,
    plan.periodEnd,
    overview.today,
    ...dated.flatMap((a) => [a.startDate, a.dueDate]),
    ...overview.milestones.map((x) => x.dueDate),
  ]
    .filter((x): x is string => !!x)
    .map(ms);
  const from = Math.min(...all);
  const to = Math.max(...all) + DAY;
  const LABEL = 260;
  const WIDTH = 1000;
  const ROW = 28;
  const TOP = 28;
  const x = (day: string) => LABEL + ((ms(day) - from) / (to - from)) * (WIDTH - LABEL - 10);
  const height = TOP + dated.length * ROW + 10;
  const years: number[] = [];
  for (let y = new Date(from).getUTCFullYear() + 1; Date.UTC(y, 0, 1) < to; y++) years.push(y);
  const short = (s: string) => (s.length > 34 ? `${s.slice(0, 33)}…` : s);

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-7xl space-y-8 px-4 py-8">
      <PlanHeader citySlug={ctx.city.slug} plan={plan} d={d} locale={locale} current="timeline" />
      <section aria-labelledby="timeline-heading" className="space-y-3">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          {m.timeline.heading}
        </h2>
        <p className="text-slate-800">{m.timeline.intro}</p>
        {dated.length === 0 ? (
          <p>{m.timeline.empty}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-300 p-2">
            <svg
              viewBox={`0 0 ${WIDTH} ${height}`}
              width={WIDTH}
              height={height}
              role="img"
              aria-label={fill(m.timeline.chartLabel, { start: formatDay(locale, new Date(from)), end: formatDay(locale, new Date(to - DAY)) })}
            >
              {years.map((y) => {
                const day = `${y}-01-01`;
                return (
                  <g key={y}>
                    <line x1={x(day)} x2={x(day)} y1={TOP - 8} y2={height} stroke="#cbd5e1" />
                    <text x={x(day) + 3} y={14} fontSize={12} fill="#0f172a">
                      {y}
                    </text>
                  </g>
                );
              })}
              {dated.map((a, i) => {
                const y = TOP + i * ROW;
                const start = a.startDate ?? a.dueDate!;
                const end = a.dueDate ?? a.startDate!;
                const x1 = x(start);
                const x2 = Math.max(x(end), x1 + 4);
                return (
                  <g key={a.id}>
                    <text x={4} y={y + 16} fontSize={12} fill="#0f172a">
                      {short(a.title)}
                    </text>
                    <rect x={x1} y={y + 6} width={x2 - x1} height={14} rx={3} fill={FILL[a.status]} />
                    {(milestonesOf.get(a.id) ?? []).map((mi) => {
                      const cx = x(mi.dueDate);
                      return (
                        <path
                          key={mi.id}
                          d={`M ${cx} ${y + 3} l 7 10 l -7 10 l -7 -10 z`}
                          fill={mi.completedOn ? "#0f172a" : "#ffffff"}
                          stroke="#0f172a"
                          strokeWidth={1.5}
                        />
                      );
                    })}
                  </g>
                );
              })}
              <line x1={x(overview.today)} x2={x(overview.today)} y1={TOP - 10} y2={height} stroke="#7c3aed" strokeWidth={2} strokeDasharray="4 3" />
              <text x={x(overview.today) + 4} y={TOP - 2} fontSize={12} fontWeight={700} fill="#5b21b6">
                {m.timeline.today}
              </text>
            </svg>
          </div>
        )}
      </section>

      <section aria-labelledby="timeline-list-heading" className="space-y-3">
        <h2 id="timeline-list-heading" className="text-xl font-semibold">
          {m.timeline.listHeading}
        </h2>
        <p>
          {m.timeline.today}: {formatDay(locale, overview.today)}
        </p>
        <ul className="space-y-2">
          {overview.actions.map((a) => (
            <li key={a.id}>
              <Link href={`${base}/actions/${a.id}`} className="font-medium">
                {a.title}
              </Link>{" "}
              ({m.actionStatus[a.status]}):{" "}
              {a.startDate || a.dueDate
                ? `${a.startDate ? formatDay(locale, a.startDate) : "…"} – ${a.dueDate ? formatDay(locale, a.dueDate) : "…"}`
                : m.timeline.noDates}
              {(milestonesOf.get(a.id) ?? []).length ? (
                <ul className="ml-6 list-disc text-sm">
                  {milestonesOf.get(a.id)!.map((mi) => (
                    <li key={mi.id}>
                      {mi.title}: {formatDay(locale, mi.dueDate)}
                      {mi.completedOn ? ` (${m.timeline.milestoneDone} ${formatDay(locale, mi.completedOn)})` : ""}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

export default withNotFound(PlanTimelinePage, WorkspaceNotFoundView);
