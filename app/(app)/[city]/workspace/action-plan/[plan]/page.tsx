import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { loadPlanOverview } from "@/lib/features/action-plans/load-plan-overview";
import { dictionary, translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { loadCommitmentOptions } from "@/lib/features/commitments/load-commitment-options";
import { PlanOverviewView } from "../_components/plan-overview-view";
import { WorkspaceNotFoundView } from "../../_components/not-found-view";

type Props = { params: Promise<{ city: string; plan: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("workspace.actionPlan.title") };
}

/** A plan at a glance (see PlanOverviewView). */
async function PlanPage({ params }: Props) {
  const { city, plan: planId } = await params;
  const ctx = await cityPageContext(city, "plan.read", `/${city}/workspace/action-plan/${planId}`);
  const overview = await loadPlanOverview(ctx.db, ctx.city.id, planId);
  if (!overview) notFound();
  const locale = await requestLocale();
  const canEdit = ctx.can("plan.edit");
  const options = canEdit ? await loadCommitmentOptions(ctx, locale) : null;
  return <PlanOverviewView overview={overview} d={dictionary(locale)} locale={locale} citySlug={ctx.city.slug} canEdit={canEdit} options={options} />;
}

export default withNotFound(PlanPage, WorkspaceNotFoundView);
