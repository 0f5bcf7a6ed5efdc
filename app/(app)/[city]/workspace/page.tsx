import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { LAYERS } from "@/lib/framework/catalogue/types";
import { commitmentSummary } from "@/lib/framework/commitment-summary";
import { COMMITMENT_STATUSES } from "@/lib/framework/schema";
import { translator } from "@/lib/i18n/dictionary";
import { formatNumber } from "@/lib/i18n/format";
import { requestLocale } from "@/lib/i18n/request-locale";
import { cityPageContext } from "@/lib/tenancy/page-context";
import { PageShell } from "./_components/page-shell";
import { StatusBadge } from "./_components/status-badge";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("workspace.overview.title") };
}

export default async function OverviewPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "workspace.view", `/${city}/workspace`);
  const locale = await requestLocale();
  const t = translator(locale);
  const summary = await commitmentSummary(ctx.db);
  const n = (v: number) => formatNumber(locale, v);
  const cityName = ctx.city.name;

  return (
    <PageShell
      title={t("workspace.overview.welcome", { name: ctx.user.name })}
      intro={<p>{t("workspace.overview.role", { city: cityName, role: t(`workspace.roles.${ctx.role}`) })}</p>}
    >
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-2xl font-semibold">
          {t("workspace.overview.summaryTitle")}
        </h2>
        <p className="mt-2 text-slate-800">{t("workspace.overview.summaryIntro", { city: cityName })}</p>
        <div className="mt-4 overflow-x-auto">
          <table className="min-w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("workspace.overview.summaryTitle")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("workspace.overview.layer")}
                </th>
                {COMMITMENT_STATUSES.map((s) => (
                  <th key={s} scope="col" className="px-3 py-2 font-semibold">
                    <StatusBadge status={s} label={t(`framework.status.${s}`)} />
                  </th>
                ))}
                <th scope="col" className="px-3 py-2 text-right font-semibold">
                  {t("workspace.overview.total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {LAYERS.map((layer) => (
                <tr key={layer} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {t(`framework.layers.${layer}`)}
                  </th>
                  {COMMITMENT_STATUSES.map((s) => (
                    <td key={s} className="px-3 py-2 tabular-nums">
                      {n(summary[layer][s])}
                    </td>
                  ))}
                  <td className="px-3 py-2 text-right font-semibold tabular-nums">{n(summary[layer].total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-6 text-slate-800">
          {ctx.can("commitment.edit")
            ? t("workspace.overview.nextStep", { city: cityName })
            : t("workspace.overview.nextStepReadOnly", { city: cityName })}
        </p>
        <p className="mt-3">
          <Link href={`/${ctx.city.slug}/workspace/framework`} className={buttonClasses("primary")}>
            {t("workspace.overview.openFramework")}
          </Link>
        </p>
      </section>
    </PageShell>
  );
}
