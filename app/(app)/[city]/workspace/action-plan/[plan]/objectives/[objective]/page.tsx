import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { EmptyState } from "@/components/ui/empty-state";
import { fill } from "@/lib/kernel/i18n/fill";
import { listCommitmentChoices } from "@/lib/features/action-plans/list-choices";
import { loadPlanOverview } from "@/lib/features/action-plans/load-plan-overview";
import { objectiveEditValues } from "@/lib/features/action-plans/records";
import { dictionary, translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { ActionList } from "../../../_components/action-list";
import { AddForm } from "../../../../_components/add-form";
import { EditableItem } from "../../../../_components/editable-item";
import { actionFields, formTexts, objectiveFields } from "@/components/plans/field-specs";
import { IndicatorList } from "../../../_components/indicator-list";
import { loadCommitmentOptions } from "@/lib/features/commitments/load-commitment-options";
import { PlanHeader } from "../../../_components/plan-header";
import { WorkspaceNotFoundView } from "../../../../_components/not-found-view";

type Props = { params: Promise<{ city: string; plan: string; objective: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: `${t("actionPlans.objective.heading")} · ${t("workspace.actionPlan.title")}` };
}

/** One objective: the change it intends, its actions (and a form for a new one) and the indicators that measure it. */
async function ObjectivePage({ params }: Props) {
  const { city, plan: planId, objective: objectiveId } = await params;
  const ctx = await cityPageContext(city, "plan.read", `/${city}/workspace/action-plan/${planId}/objectives/${objectiveId}`);
  const overview = await loadPlanOverview(ctx.db, ctx.city.id, planId);
  const objective = overview?.objectives.find((o) => o.record.id === objectiveId);
  if (!overview || !objective) notFound();
  const locale = await requestLocale();
  const d = dictionary(locale);
  const m = d.actionPlans;
  const canEdit = ctx.can("plan.edit");
  const texts = formTexts(d);
  const { plan } = overview;
  const base = `/${ctx.city.slug}/workspace/action-plan/${plan.id}`;
  const [options, commitments] = canEdit ? await Promise.all([loadCommitmentOptions(ctx, locale), listCommitmentChoices(ctx.db)]) : [null, []];
  const indicators = overview.indicators.filter((i) => objective.indicatorIds.includes(i.id));
  const o = objective.record;
  const theme = overview.themes.find((t) => t.id === o.themeId);

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl space-y-10 px-4 py-8">
      <PlanHeader citySlug={ctx.city.slug} plan={plan} d={d} locale={locale} current={null} title={o.title} />
      {!canEdit ? <p className="text-sm text-slate-800">{m.plan.readOnly}</p> : null}
      <section aria-labelledby="objective-heading" className="space-y-3 rounded-lg border border-slate-300 p-5">
        <h2 id="objective-heading" className="text-2xl font-semibold">
          {m.objective.heading}
        </h2>
        <EditableItem
          name={o.title}
          citySlug={ctx.city.slug}
          texts={texts}
          context={{ planId: plan.id }}
          edit={
            canEdit
              ? { kind: "objectiveEdit", heading: m.objective.editHeading, fields: objectiveFields(d, overview.themes), initial: objectiveEditValues(o) }
              : undefined
          }
          remove={canEdit ? { kind: "objective", id: o.id, version: o.version, warning: m.objective.deleteWarning } : undefined}
        >
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{m.fields.term}</dt>
            <dd>{m.term[o.term]}</dd>
            {theme ? (
              <>
                <dt className="font-semibold">{m.fields.themeId}</dt>
                <dd>{theme.title}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{m.fields.intendedChange}</dt>
            <dd className="whitespace-pre-line">{o.intendedChange || "–"}</dd>
            <dt className="font-semibold">{m.plan.rollupHeading}</dt>
            <dd>{objective.rollup.progress === null ? m.rollupLabel.unknown : fill(m.rollupLabel.percent, { value: objective.rollup.progress })}</dd>
          </dl>
        </EditableItem>
      </section>

      <section aria-labelledby="objective-actions-heading" className="space-y-3">
        <h2 id="objective-actions-heading" className="text-2xl font-semibold">
          {m.objective.actionsHeading}
        </h2>
        {objective.actions.length === 0 ? (
          <EmptyState title={m.objective.actionsEmpty} />
        ) : (
          <ActionList actions={objective.actions} base={base} d={d} locale={locale} />
        )}
        {options ? (
          <AddForm
            summary={m.objective.addAction}
            kind="actionCreate"
            citySlug={ctx.city.slug}
            heading={m.objective.addAction}
            submitLabel={m.form.create}
            fields={actionFields(d, locale, options, { currency: plan.currency, objectives: [], commitments, edit: false })}
            initial={{
              objectiveId: o.id,
              title: "",
              description: "",
              departmentId: "",
              ownerId: "",
              partners: [],
              startDate: "",
              dueDate: "",
              budgetPlanned: "",
              budgetSpent: "",
              status: "not_started",
              statusReason: "",
              progress: 0,
              elementKeys: [],
              commitmentIds: [],
              charterArticles: [],
              udhrArticles: [],
              sdgs: [],
              groups: [],
              note: "",
            }}
            context={{ planId: plan.id }}
            texts={texts}
          />
        ) : null}
      </section>

      <section aria-labelledby="objective-indicators-heading" className="space-y-3">
        <h2 id="objective-indicators-heading" className="text-2xl font-semibold">
          {m.objective.indicatorsHeading}
        </h2>
        {indicators.length === 0 ? (
          <p className="text-slate-800">{m.objective.indicatorsEmpty}</p>
        ) : (
          <IndicatorList citySlug={ctx.city.slug} indicators={indicators} d={d} />
        )}
      </section>
    </main>
  );
}

export default withNotFound(ObjectivePage, WorkspaceNotFoundView);
