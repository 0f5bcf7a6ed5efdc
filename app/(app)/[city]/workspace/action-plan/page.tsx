import type { Metadata } from "next";
import { translator } from "@/lib/i18n/dictionary";
import { requestLocale } from "@/lib/i18n/request-locale";
import { cityPageContext } from "@/lib/tenancy/page-context";
import { ComingSoon } from "../_components/coming-soon";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("workspace.actionPlan.title") };
}

export default async function ActionPlanPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "plan.read", `/${city}/workspace/action-plan`);
  const t = translator(await requestLocale());
  return <ComingSoon area="actionPlan" t={t} citySlug={ctx.city.slug} />;
}
