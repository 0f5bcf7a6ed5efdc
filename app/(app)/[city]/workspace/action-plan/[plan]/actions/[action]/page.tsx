import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { Badge } from "@/components/ui/badge";
import { fill } from "@/lib/kernel/i18n/fill";
import { getAction } from "@/lib/features/action-plans/get-action";
import { listCommitmentChoices, listObjectiveChoices } from "@/lib/features/action-plans/list-choices";
import { loadPlanOverview } from "@/lib/features/action-plans/load-plan-overview";
import { actionEditValues } from "@/lib/features/action-plans/records";
import { isOverdue } from "@/lib/features/action-plans/rollup";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDateTime, formatDay, formatNumber } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { listMembers } from "@/lib/features/members/list-members";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { AddForm } from "../../../../_components/add-form";
import { ActionStatusBadge } from "@/components/plans/badges";
import { EditableItem } from "../../../../_components/editable-item";
import { actionFields, formTexts, milestoneFields } from "@/components/plans/field-specs";
import { MilestoneToggle } from "../../../_components/milestone-toggle";
import { loadCommitmentOptions } from "@/lib/features/commitments/load-commitment-options";
import { PlanHeader } from "../../../_components/plan-header";
import { PlanRecordForm } from "../../../../_components/plan-record-form";
import { WorkspaceNotFoundView } from "../../../../_components/not-found-view";
import { isoDate } from "@/lib/kernel/dates";
import { nameOr } from "@/lib/kernel/records/people";

type Props = { params: Promise<{ city: string; plan: string; action: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: `${t("actionPlans.action.heading")} · ${t("workspace.actionPlan.title")}` };
}

/** One action: every field (a form for editors), its milestones and its history of status and progress. */
async function ActionPage({ params }: Props) {
  const { city, plan: planId, action: actionId } = await params;
  const ctx = await cityPageContext(city, "plan.read", `/${city}/workspace/action-plan/${planId}/actions/${actionId}`);
  const page = await getAction(ctx.db, planId, actionId);
  if (!page) notFound();
  const locale = await requestLocale();
  const d = dictionary(locale);
  const m = d.actionPlans;
  const canEdit = ctx.can("plan.edit");
  const texts = formTexts(d);
  const { action: a, milestones, history } = page;
  const [overview, options, commitments, objectives, members] = await Promise.all([
    loadPlanOverview(ctx.db, ctx.city.id, planId),
    loadCommitmentOptions(ctx, locale, a.ownerId),
    listCommitmentChoices(ctx.db),
    listObjectiveChoices(ctx.db, planId),
    listMembers(ctx.city.id),
  ]);
  const plan = overview!.plan;
  const names = new Map(members.map((u) => [u.userId, u.name]));
  const today = isoDate(new Date());
  const money = (v: string | null) => (v === null ? "–" : formatNumber(locale, Number(v), { style: "currency", currency: plan.currency }));
  const label = (list: { value: string | number; label: string }[], v: string | number) => list.find((c) => c.value === v)?.label ?? String(v);
  const fields = actionFields(d, locale, options, { currency: plan.currency, objectives, commitments, edit: true });
  const shown = fields.filter((f) => f.name !== "note" && f.name !== "title");
  const display = (name: string): string => {
    const spec = fields.find((f) => f.name === name)!;
    const v = (a as unknown as Record<string, unknown>)[name];
    if (v === null || v === "" || (Array.isArray(v) && !v.length)) return "–";
    if (name === "budgetPlanned" || name === "budgetSpent") return money(v as string);
    if (spec.type === "date") return formatDay(locale, v as string);
    if (spec.type === "select") return label(spec.options, v as string);
    if (spec.type === "multi")
      return (v as (string | number)[])
        .map((x) =>
          label(
            spec.groups.flatMap((g) => g.items),
            x,
          ),
        )
        .join("; ");
    if (name === "progress") return fill(m.rollupLabel.percent, { value: v as number });
    return Array.isArray(v) ? v.join("; ") : String(v);
  };

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl space-y-10 px-4 py-8">
      <PlanHeader citySlug={ctx.city.slug} plan={plan} d={d} locale={locale} current={null} title={a.title} />
      <p className="text-sm">
        {m.fields.objectiveId}: <Link href={`/${ctx.city.slug}/workspace/action-plan/${plan.id}/objectives/${page.objective.id}`}>{page.objective.title}</Link>
      </p>
      <p className="flex flex-wrap items-center gap-3">
        <ActionStatusBadge status={a.status} label={m.actionStatus[a.status]} />
        <span className="tabular-nums">{fill(m.rollupLabel.percent, { value: a.progress })}</span>
        {isOverdue(a, today) ? <Badge tone="red">{m.action.overdue}</Badge> : null}
        <span>{fill(m.action.budget, { spent: money(a.budgetSpent), planned: money(a.budgetPlanned) })}</span>
      </p>

      <section aria-labelledby="action-details-heading" className="space-y-3 rounded-lg border border-slate-300 p-5">
        <h2 id="action-details-heading" className="text-2xl font-semibold">
          {m.action.details}
        </h2>
        {canEdit ? (
          <>
            <PlanRecordForm
              kind="actionEdit"
              citySlug={ctx.city.slug}
              heading={m.action.editHeading}
              submitLabel={m.form.save}
              fields={fields}
              initial={actionEditValues(a)}
              texts={texts}
              context={{ planId: plan.id }}
            />
            <EditableItem
              name={a.title}
              citySlug={ctx.city.slug}
              texts={texts}
              context={{ planId: plan.id, objectiveId: a.objectiveId }}
              remove={{ kind: "action", id: a.id, version: a.version, warning: m.action.deleteWarning }}
            >
              {null}
            </EditableItem>
          </>
        ) : (
          <>
            <p className="text-sm text-slate-800">{m.action.readOnly}</p>
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              {shown.map((f) => (
                <div key={f.name} className="contents">
                  <dt className="font-semibold">{f.label}</dt>
                  <dd className="whitespace-pre-line">{display(f.name)}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </section>

      <section aria-labelledby="milestones-heading" className="space-y-3">
        <h2 id="milestones-heading" className="text-2xl font-semibold">
          {m.action.milestonesHeading}
        </h2>
        {milestones.length === 0 ? <p className="text-slate-800">{m.action.milestonesEmpty}</p> : null}
        <ul className="space-y-2">
          {milestones.map((mi) => (
            <li key={mi.id} className="rounded-md border border-slate-200 p-3">
              <EditableItem
                name={mi.title}
                citySlug={ctx.city.slug}
                texts={texts}
                remove={canEdit ? { kind: "milestone", id: mi.id, version: mi.version, warning: mi.title } : undefined}
              >
                <p className="flex flex-wrap items-center gap-3">
                  <span className="font-semibold">{mi.title}</span>
                  <span>
                    {mi.completedOn
                      ? fill(m.action.doneMilestone, { date: formatDay(locale, mi.completedOn), date2: formatDay(locale, mi.dueDate) })
                      : fill(m.action.openMilestone, { date: formatDay(locale, mi.dueDate) })}
                  </span>
                  {canEdit ? (
                    <MilestoneToggle
                      citySlug={ctx.city.slug}
                      id={mi.id}
                      version={mi.version}
                      done={!!mi.completedOn}
                      labels={
                        mi.completedOn
                          ? { short: m.action.reopenShort, full: fill(m.action.reopen, { name: mi.title }) }
                          : { short: m.action.completeShort, full: fill(m.action.complete, { name: mi.title }) }
                      }
                    />
                  ) : null}
                </p>
              </EditableItem>
            </li>
          ))}
        </ul>
        {canEdit ? (
          <AddForm
            summary={m.action.addMilestone}
            kind="milestoneCreate"
            citySlug={ctx.city.slug}
            heading={m.action.addMilestone}
            submitLabel={m.form.create}
            fields={milestoneFields(d)}
            initial={{ actionId: a.id, title: "", dueDate: "" }}
            texts={texts}
          />
        ) : null}
      </section>

      <section aria-labelledby="action-history-heading" className="space-y-3">
        <h2 id="action-history-heading" className="text-2xl font-semibold">
          {m.action.historyHeading}
        </h2>
        <p className="text-slate-800">{m.action.historyIntro}</p>
        {history.length === 0 ? (
          <p>{m.action.historyEmpty}</p>
        ) : (
          <ol className="space-y-3">
            {history.map((h) => (
              <li key={h.id} className="rounded-md border border-slate-200 p-3">
                <p className="text-sm text-slate-800">
                  {formatDateTime(locale, h.at)} · {fill(m.action.historyBy, { name: nameOr(names, h.authorId, m.action.formerMember) })}
                  {h.source === "import" ? ` · ${m.action.historyImport}` : ""}
                </p>
                {h.fromStatus || h.toStatus ? (
                  <p>
                    {fill(m.action.historyStatus, {
                      from: h.fromStatus ? m.actionStatus[h.fromStatus] : "–",
                      to: h.toStatus ? m.actionStatus[h.toStatus] : "–",
                    })}
                  </p>
                ) : null}
                {h.toProgress !== null ? <p>{fill(m.action.historyProgress, { from: h.fromProgress ?? "–", to: h.toProgress })}</p> : null}
                {h.statusReason ? <p>{fill(m.action.historyReason, { reason: h.statusReason })}</p> : null}
                {h.note ? <p className="whitespace-pre-line">{h.note}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </main>
  );
}

export default withNotFound(ActionPage, WorkspaceNotFoundView);
