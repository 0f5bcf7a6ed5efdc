import type { Metadata } from "next";
import { translator } from "@/lib/i18n/dictionary";
import { requestLocale } from "@/lib/i18n/request-locale";
import { cityPageContext } from "@/lib/tenancy/page-context";
import { ComingSoon } from "../_components/coming-soon";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("workspace.reports.title") };
}

export default async function ReportsPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "report.read", `/${city}/workspace/reports`);
  const t = translator(await requestLocale());
  return <ComingSoon area="reports" t={t} citySlug={ctx.city.slug} />;
}
