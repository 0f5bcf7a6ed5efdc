import type { Metadata } from "next";
import Link from "next/link";
import { ProgressFigure } from "@/components/public/progress-bar";
import { EmptyState } from "@/components/ui/empty-state";
import { fill } from "@/lib/kernel/i18n/fill";
import { listPlans } from "@/lib/features/action-plans/list-plans";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDay } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../_components/page-shell";
import { PlanStatusBadge } from "@/components/plans/badges";
import { formTexts, planFields } from "@/components/plans/field-specs";
import { PlanRecordForm } from "../_components/plan-record-form";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("workspace.actionPlan.title") };
}

/** The city's action plans with their progress; officers start a new one here. */
export default async function ActionPlansPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "plan.read", `/${city}/workspace/action-plan`);
  const locale = await requestLocale();
  const d = dictionary(locale);
  const m = d.actionPlans;
  const canEdit = ctx.can("plan.edit");
  const plans = await listPlans(ctx.db);
  const year = new Date().getUTCFullYear();

  return (
    <PageShell title={d.workspace.actionPlan.title} intro={<p>{m.list.intro}</p>}>
      <section aria-labelledby="plans-heading" className="space-y-4">
        <h2 id="plans-heading" className="text-2xl font-semibold">
          {m.list.heading}
        </h2>
        {!canEdit ? <p className="text-sm text-slate-800">{m.list.readOnly}</p> : null}
        {plans.length === 0 ? (
          <EmptyState title={m.list.empty}>{canEdit ? m.list.emptyEditor : m.list.emptyReader}</EmptyState>
        ) : (
          <ul className="space-y-3">
            {plans.map(({ plan, rollup, objectives, indicators }) => (
              <li key={plan.id} className="rounded-lg border border-slate-300 p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={`/${ctx.city.slug}/workspace/action-plan/${plan.id}`}>{plan.title}</Link>
                </h3>
                <p className="mt-1 flex flex-wrap items-center gap-3 text-sm text-slate-800">
                  <PlanStatusBadge status={plan.status} label={m.planStatus[plan.status]} />
                  <span>{fill(m.list.period, { start: formatDay(locale, plan.periodStart), end: formatDay(locale, plan.periodEnd) })}</span>
                  <span>{fill(m.list.counts, { objectives, actions: rollup.total, indicators })}</span>
                </p>
                <p className="mt-2 text-sm">
                  {m.list.progress}:{" "}
                  {rollup.progress === null ? (
                    m.list.noProgress
                  ) : (
                    <ProgressFigure value={rollup.progress} text={fill(m.rollupLabel.percent, { value: rollup.progress })} />
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canEdit ? (
        <section aria-label={m.list.newHeading} className="mt-10 rounded-lg border border-slate-300 p-5">
          <PlanRecordForm
            kind="planCreate"
            citySlug={ctx.city.slug}
            heading={m.list.newHeading}
            submitLabel={m.form.create}
            fields={planFields(d)}
            initial={{
              title: "",
              summary: "",
              periodStart: `${year}-01-01`,
              periodEnd: `${year + 3}-12-31`,
              status: "draft",
              adoptedOn: "",
              adoptionReference: "",
              adoptionNote: "",
              currency: "EUR",
            }}
            texts={formTexts(d)}
          />
        </section>
      ) : null}
    </PageShell>
  );
}
