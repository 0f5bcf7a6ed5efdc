import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { listPlanChoices } from "@/lib/features/action-plans/list-choices";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatNumber } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { listIndicators } from "@/lib/features/indicators/list-indicators";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../_components/page-shell";
import { AddForm } from "../_components/add-form";
import { TargetStatusBadge } from "@/components/plans/badges";
import { formTexts, indicatorFields } from "@/components/plans/field-specs";
import { loadCommitmentOptions } from "@/lib/features/commitments/load-commitment-options";
import { TypeExplainer } from "./_components/type-explainer";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("indicators.list.title") };
}

/** All the city's indicators with their status against target; officers add new ones to a plan here. */
export default async function IndicatorsPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "plan.read", `/${city}/workspace/indicators`);
  const locale = await requestLocale();
  const d = dictionary(locale);
  const m = d.indicators;
  const canEdit = ctx.can("plan.edit");
  const [indicators, plans] = await Promise.all([listIndicators(ctx.db), listPlanChoices(ctx.db)]);
  const options = canEdit && plans.length ? await loadCommitmentOptions(ctx, locale) : null;

  return (
    <PageShell title={m.list.title} intro={<p>{m.list.intro}</p>} wide>
      <div className="space-y-10">
        <section aria-labelledby="indicator-list-heading" className="space-y-3">
          <h2 id="indicator-list-heading" className="text-2xl font-semibold">
            {m.list.caption}
          </h2>
          {!canEdit ? <p className="text-sm text-slate-800">{m.list.readOnly}</p> : null}
          {indicators.length === 0 ? (
            <EmptyState title={m.list.empty}>
              {plans.length === 0 ? <Link href={`/${ctx.city.slug}/workspace/action-plan`}>{m.list.emptyNoPlan}</Link> : canEdit ? m.list.emptyEditor : null}
            </EmptyState>
          ) : (
            <div className="overflow-x-auto">
              <table className="min-w-full text-left text-sm">
                <thead>
                  <tr className="border-b-2 border-slate-400">
                    {[m.list.colName, m.list.colPlan, m.list.colType, m.list.colLatest, m.list.colStatus].map((h) => (
                      <th key={h} scope="col" className="p-2">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {indicators.map((i) => (
                    <tr key={i.id} className="border-b border-slate-200 align-top">
                      <th scope="row" className="p-2 font-medium">
                        <Link href={`/${ctx.city.slug}/workspace/indicators/${i.id}`}>{i.name}</Link>
                      </th>
                      <td className="p-2">
                        <Link href={`/${ctx.city.slug}/workspace/action-plan/${i.planId}`}>{i.planTitle}</Link>
                      </td>
                      <td className="p-2">{m.type[i.type]}</td>
                      <td className="p-2 tabular-nums">
                        {i.assessment.latest
                          ? `${formatNumber(locale, i.assessment.latest.value, { maximumFractionDigits: 2 })} ${i.unit} (${i.assessment.latest.period})`
                          : m.list.noValue}
                      </td>
                      <td className="p-2">
                        <TargetStatusBadge status={i.assessment.status} label={m.status[i.assessment.status]} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        {options ? (
          <AddForm
            summary={m.list.newHeading}
            kind="indicatorCreate"
            citySlug={ctx.city.slug}
            heading={m.list.newHeading}
            submitLabel={d.actionPlans.form.create}
            fields={indicatorFields(d, options, [], plans)}
            initial={{
              planId: plans[0]!.id,
              name: "",
              definition: "",
              type: "outcome",
              unit: "",
              direction: "higher",
              accumulation: "per_period",
              baselineValue: "",
              baselineYear: "",
              targetValue: "",
              targetYear: "",
              dataSource: "",
              ownerId: "",
              frequency: "yearly",
              dimensions: [],
              objectiveIds: [],
              charterArticles: [],
              udhrArticles: [],
              sdgs: [],
              groups: [],
            }}
            texts={formTexts(d, "indicators")}
          />
        ) : null}
        <TypeExplainer d={d} />
      </div>
    </PageShell>
  );
}
