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
import { AsOfNotice } from "../_components/as-of-form";
import { DashboardView } from "../_components/dashboard-view";
import { PrintButton } from "./print-button";
import { PrintSummary } from "./print-summary";
import "./print.css";

type Props = { params: Promise<{ city: string }>; searchParams: Promise<{ at?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("dashboard.actions.print") };
}

/**
 * The dashboard for council members to read and print: a one-page summary with the key charts
 * first (what a council meeting looks at), then every section in full with its table and, where
 * the summary has not shown it, its chart — all drawn on the server, so paper shows exactly what
 * the screen does. On paper the workspace header and navigation are left out (print.css).
 */
export default async function DashboardPrintPage({ params, searchParams }: Props) {
  const { city } = await params;
  const { at } = await searchParams;
  const ctx = await cityPageContext(city, "dashboard.read", `/${city}/workspace/dashboard/print`);
  const locale = await requestLocale();
  const t = translator(locale);
  const f = dashFormat(locale, t);
  const today = isoDate(new Date());
  const { asOf } = parseAsOf(at, today);
  const dashboard = await loadDashboard(ctx, { asOf, today });
  const back = `/${ctx.city.slug}/workspace/dashboard${dashboard.isPast ? `?at=${asOf}` : ""}`;

  return (
    <main id="main" tabIndex={-1} className="charta-print-view mx-auto max-w-5xl px-4 py-8 print:max-w-none print:p-0">
      <p className="flex flex-wrap gap-3 print:hidden">
        <PrintButton label={t("dashboard.actions.printNow")} />
        <Link href={back} className={buttonClasses("secondary")}>
          {t("dashboard.actions.back")}
        </Link>
      </p>
      <h1 className="mt-6 text-3xl font-bold text-slate-900 print:mt-0">{t("dashboard.print.title", { city: ctx.city.name })}</h1>
      <p className="mt-2 text-slate-800">{t("dashboard.print.generated", { date: f.day(asOf) })}</p>
      <AsOfNotice f={f} asOf={asOf} today={today} empty={dashboard.overall.count === 0} />
      <div className="mt-8">
        <PrintSummary d={dashboard} f={f} />
      </div>
      <div className="charta-print-detail mt-12">
        <h2 className="mb-4 text-2xl font-semibold text-slate-900">{t("dashboard.print.detailHeading")}</h2>
        <DashboardView dashboard={dashboard} locale={locale} t={t} citySlug={ctx.city.slug} charts="print" headline={false} />
      </div>
    </main>
  );
}
