import Link from "next/link";
import type { ReactNode } from "react";
import { ProgressFigure } from "@/components/public/progress-bar";
import { EmptyState } from "@/components/ui/empty-state";
import { fill } from "@/lib/kernel/i18n/fill";
import type { PlanOverview } from "@/lib/features/action-plans/load-plan-overview";
import { gapEditValues, planEditValues, strategyEditValues, themeEditValues } from "@/lib/features/action-plans/records";
import { ACTION_STATUSES } from "@/lib/features/action-plans/schema";
import type { Dictionary } from "@/lib/features/dictionary";
import { formatDay } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { CommitmentOptions } from "@/lib/features/commitments/commitment-options";
import { ActionList } from "./action-list";
import { AddForm } from "../../_components/add-form";
import { EditableItem } from "../../_components/editable-item";
import { IndicatorList } from "./indicator-list";
import { formTexts, gapFields, objectiveFields, planFields, strategyFields, themeFields } from "@/components/plans/field-specs";
import { PlanHeader } from "./plan-header";

/** Readers get the content alone; EditableItem (a client component with a router) only for editors. */
function Item(props: Parameters<typeof EditableItem>[0] & { canEdit: boolean }) {
  const { canEdit, ...rest } = props;
  return canEdit ? <EditableItem {...rest} /> : <>{rest.children as ReactNode}</>;
}

/** A list of the plan's records of one kind (baseline gaps, strategies, themes): heading, intro, items or "none yet", and the add form. */
function RecordSection<T extends { id: string }>({
  id,
  heading,
  intro,
  empty,
  items,
  item,
  add,
}: {
  id: string;
  heading: string;
  intro: string;
  empty: string;
  items: T[];
  item: (record: T) => ReactNode;
  add: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-2xl font-semibold">
        {heading}
      </h2>
      <p className="text-slate-800">{intro}</p>
      {items.length === 0 ? <p className="text-sm text-slate-800">{empty}</p> : null}
      <ul className="space-y-3">
        {items.map((record) => (
          <li key={record.id} className="rounded-md border border-slate-200 p-3">
            {item(record)}
          </li>
        ))}
      </ul>
      {add}
    </section>
  );
}

/**
 * A plan at a glance: progress, adoption, objectives with their actions, indicators, baseline and
 * strategies. `options` (for the forms) only for those who may edit; readers get text only. A
 * plain component of its data, so the bench renders exactly what the page renders.
 */
export function PlanOverviewView({
  overview,
  d,
  locale,
  citySlug,
  canEdit,
  options,
}: {
  overview: PlanOverview;
  d: Dictionary;
  locale: Locale;
  citySlug: string;
  canEdit: boolean;
  options: CommitmentOptions | null;
}) {
  const m = d.actionPlans;
  const texts = formTexts(d);
  const { plan, rollup } = overview;
  const base = `/${citySlug}/workspace/action-plan/${plan.id}`;
  const pct = (v: number) => fill(m.rollupLabel.percent, { value: v });
  // With themes, objectives sit under a theme's h3; without, directly under the section's h2.
  const ObjectiveHeading = overview.themes.length ? "h4" : "h3";
  const themed = [...overview.themes.map((t) => ({ key: t.id, title: t.title })), { key: "", title: m.plan.unthemed }]
    .map((t) => ({ ...t, objectives: overview.objectives.filter((o) => (o.record.themeId ?? "") === t.key) }))
    .filter((t) => t.objectives.length > 0);

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl space-y-10 px-4 py-8">
      <PlanHeader citySlug={citySlug} plan={plan} d={d} locale={locale} current="overview" />
      {!canEdit ? <p className="text-sm text-slate-800">{m.plan.readOnly}</p> : null}

      <section aria-labelledby="rollup-heading" className="space-y-3 rounded-lg border border-slate-300 p-5">
        <h2 id="rollup-heading" className="text-2xl font-semibold">
          {m.plan.rollupHeading}
        </h2>
        {rollup.progress === null ? (
          <p>{m.plan.rollupNone}</p>
        ) : (
          <p className="text-lg">
            <ProgressFigure
              value={rollup.progress}
              text={fill(m.plan.rollupSummary, { progress: pct(rollup.progress), counted: rollup.counted, total: rollup.total })}
            />
          </p>
        )}
        <h3 className="font-semibold">{m.plan.statusCounts}</h3>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {ACTION_STATUSES.map((s) => (
            <li key={s}>
              {m.actionStatus[s]}: <span className="font-semibold tabular-nums">{rollup.byStatus[s]}</span>
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-700">{m.plan.rollupMethod}</p>
      </section>

      <section aria-labelledby="adoption-heading" className="space-y-3">
        <h2 id="adoption-heading" className="text-2xl font-semibold">
          {m.plan.adoption}
        </h2>
        <Item
          canEdit={canEdit}
          name={plan.title}
          citySlug={citySlug}
          texts={texts}
          context={{ planId: plan.id }}
          edit={canEdit ? { kind: "planEdit", heading: m.plan.editHeading, fields: planFields(d), initial: planEditValues(plan) } : undefined}
          remove={canEdit ? { kind: "plan", id: plan.id, version: plan.version, warning: m.plan.deleteWarning } : undefined}
        >
          <div className="space-y-2">
            {plan.summary ? <p className="whitespace-pre-line">{plan.summary}</p> : null}
            <p>{plan.adoptedOn ? fill(m.plan.adoptedOnBy, { date: formatDay(locale, plan.adoptedOn) }) : m.plan.adoptionNone}</p>
            {plan.adoptionReference ? <p>{fill(m.plan.reference, { reference: plan.adoptionReference })}</p> : null}
            {plan.adoptionNote ? <p className="whitespace-pre-line text-slate-800">{plan.adoptionNote}</p> : null}
          </div>
        </Item>
      </section>

      <section aria-labelledby="objectives-heading" className="space-y-4">
        <h2 id="objectives-heading" className="text-2xl font-semibold">
          {m.plan.objectivesHeading}
        </h2>
        {overview.objectives.length === 0 ? <EmptyState title={m.plan.objectivesEmpty}>{canEdit ? m.plan.objectivesEmptyEditor : null}</EmptyState> : null}
        {themed.map((group) => (
          <div key={group.key} className="space-y-3">
            {overview.themes.length ? <h3 className="text-xl font-semibold">{group.title}</h3> : null}
            {group.objectives.map((o) => (
              <article key={o.record.id} aria-labelledby={`objective-${o.record.id}`} className="rounded-lg border border-slate-300 p-4">
                <ObjectiveHeading id={`objective-${o.record.id}`} className="text-lg font-semibold">
                  <Link href={`${base}/objectives/${o.record.id}`}>{o.record.title}</Link>
                </ObjectiveHeading>
                <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-800">
                  <span>{m.term[o.record.term]}</span>
                  <span>{fill(m.plan.objectiveProgress, { progress: o.rollup.progress === null ? m.rollupLabel.unknown : pct(o.rollup.progress) })}</span>
                </p>
                <div className="mt-2">
                  <ActionList actions={o.actions} base={base} d={d} locale={locale} />
                </div>
              </article>
            ))}
          </div>
        ))}
        {canEdit ? (
          <AddForm
            summary={m.plan.addObjective}
            kind="objectiveCreate"
            citySlug={citySlug}
            heading={m.plan.addObjective}
            submitLabel={m.form.create}
            fields={objectiveFields(d, overview.themes)}
            initial={{ planId: plan.id, title: "", term: "short", themeId: "", intendedChange: "" }}
            context={{ planId: plan.id }}
            texts={texts}
          />
        ) : null}
      </section>

      <section aria-labelledby="plan-indicators-heading" className="space-y-3">
        <h2 id="plan-indicators-heading" className="text-2xl font-semibold">
          {m.plan.indicatorsHeading}
        </h2>
        {overview.indicators.length === 0 ? (
          <p className="text-slate-800">{m.plan.indicatorsEmpty}</p>
        ) : (
          <IndicatorList citySlug={citySlug} indicators={overview.indicators} d={d} />
        )}
        <p>
          <Link href={`/${citySlug}/workspace/indicators`}>{m.plan.indicatorsLink}</Link>
        </p>
      </section>

      <RecordSection
        id="gaps"
        heading={m.plan.gapsHeading}
        intro={m.plan.gapsIntro}
        empty={m.plan.gapsEmpty}
        items={overview.gaps}
        item={(g) => (
          <Item
            canEdit={canEdit}
            name={g.theme}
            citySlug={citySlug}
            texts={texts}
            edit={
              options
                ? { kind: "gapEdit", heading: fill(m.form.editNamed, { name: g.theme }), fields: gapFields(d, options), initial: gapEditValues(g) }
                : undefined
            }
            remove={canEdit ? { kind: "gap", id: g.id, version: g.version, warning: g.description } : undefined}
          >
            <h3 className="font-semibold">{g.theme}</h3>
            <p className="whitespace-pre-line">{g.description}</p>
            {g.sourceText || g.sourceUrl ? (
              <p className="text-sm text-slate-800">
                {m.fields.sourceText}: {g.sourceUrl ? <a href={g.sourceUrl}>{g.sourceText || g.sourceUrl}</a> : g.sourceText}
              </p>
            ) : null}
          </Item>
        )}
        add={
          options ? (
            <AddForm
              summary={m.plan.addGap}
              kind="gapCreate"
              citySlug={citySlug}
              heading={m.plan.addGap}
              submitLabel={m.form.create}
              fields={gapFields(d, options)}
              initial={{ planId: plan.id, theme: "", description: "", sourceText: "", sourceUrl: "", charterArticles: [], udhrArticles: [], groups: [] }}
              texts={texts}
            />
          ) : null
        }
      />

      <RecordSection
        id="strategies"
        heading={m.plan.strategiesHeading}
        intro={m.plan.strategiesIntro}
        empty={m.plan.strategiesEmpty}
        items={overview.strategies}
        item={(s) => (
          <Item
            canEdit={canEdit}
            name={s.title}
            citySlug={citySlug}
            texts={texts}
            edit={
              canEdit
                ? { kind: "strategyEdit", heading: fill(m.form.editNamed, { name: s.title }), fields: strategyFields(d), initial: strategyEditValues(s) }
                : undefined
            }
            remove={canEdit ? { kind: "strategy", id: s.id, version: s.version, warning: s.title } : undefined}
          >
            <p>
              <span className="font-semibold">{s.url ? <a href={s.url}>{s.title}</a> : s.title}</span> · {m.level[s.level]}
            </p>
            {s.note ? <p className="text-sm text-slate-800">{s.note}</p> : null}
          </Item>
        )}
        add={
          canEdit ? (
            <AddForm
              summary={m.plan.addStrategy}
              kind="strategyCreate"
              citySlug={citySlug}
              heading={m.plan.addStrategy}
              submitLabel={m.form.create}
              fields={strategyFields(d)}
              initial={{ planId: plan.id, title: "", level: "national", url: "", note: "" }}
              texts={texts}
            />
          ) : null
        }
      />

      <RecordSection
        id="themes"
        heading={m.plan.themesHeading}
        intro={m.plan.themesIntro}
        empty={m.plan.themesEmpty}
        items={overview.themes}
        item={(t) => (
          <Item
            canEdit={canEdit}
            name={t.title}
            citySlug={citySlug}
            texts={texts}
            edit={
              canEdit
                ? { kind: "themeEdit", heading: fill(m.form.editNamed, { name: t.title }), fields: themeFields(d), initial: themeEditValues(t) }
                : undefined
            }
            remove={canEdit ? { kind: "theme", id: t.id, version: t.version, warning: t.title } : undefined}
          >
            <p className="font-semibold">{t.title}</p>
            {t.description ? <p className="text-sm text-slate-800">{t.description}</p> : null}
          </Item>
        )}
        add={
          canEdit ? (
            <AddForm
              summary={m.plan.addTheme}
              kind="themeCreate"
              citySlug={citySlug}
              heading={m.plan.addTheme}
              submitLabel={m.form.create}
              fields={themeFields(d)}
              initial={{ planId: plan.id, title: "", description: "" }}
              texts={texts}
            />
          ) : null
        }
      />
    </main>
  );
}
