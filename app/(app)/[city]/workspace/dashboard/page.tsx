import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { parseAsOf } from "@/lib/features/dashboard/as-of";
import { isoDate } from "@/lib/kernel/dates";
import { dashFormat } from "@/lib/features/dashboard/format";
import { loadDashboard } from "@/lib/features/dashboard/load-dashboard";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../_components/page-shell";
import { AsOfForm, AsOfNotice } from "./_components/as-of-form";
import { DashboardView } from "./_components/dashboard-view";

type Props = { params: Promise<{ city: string }>; searchParams: Promise<{ at?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("dashboard.title") };
}

/** The city's dashboard, today or (?at=YYYY-MM-DD) as it stood on a past day. Read-only for every role. */
export default async function DashboardPage({ params, searchParams }: Props) {
  const { city } = await params;
  const { at } = await searchParams;
  const ctx = await cityPageContext(city, "dashboard.read", `/${city}/workspace/dashboard`);
  const locale = await requestLocale();
  const t = translator(locale);
  const f = dashFormat(locale, t);
  const today = isoDate(new Date());
  const { asOf, problem } = parseAsOf(at, today);
  const dashboard = await loadDashboard(ctx, { asOf, today });
  const base = `/${ctx.city.slug}/workspace/dashboard`;
  const printHref = `${base}/print${dashboard.isPast ? `?at=${asOf}` : ""}`;

  return (
    <PageShell title={t("dashboard.title")} intro={<p>{t("dashboard.intro")}</p>} wide>
      <AsOfForm f={f} action={base} asOf={asOf} today={today} problem={problem} rawValue={typeof at === "string" ? at : ""} />
      <AsOfNotice f={f} asOf={asOf} today={today} empty={dashboard.overall.count === 0} />
      <p className="mt-4 flex flex-wrap gap-3 print:hidden">
        <Link href={printHref} className={buttonClasses("secondary")}>
          {t("dashboard.actions.print")}
        </Link>
        <Link href="#rollup" className={buttonClasses("ghost")}>
          {t("dashboard.rollup.howLink")}
        </Link>
      </p>
      <div className="mt-8">
        <DashboardView dashboard={dashboard} locale={locale} t={t} citySlug={ctx.city.slug} charts />
      </div>
    </PageShell>
  );
}
