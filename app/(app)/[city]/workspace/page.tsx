import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { dashFormat } from "@/lib/features/dashboard/format";
import { loadDashboard, type ShownRollup } from "@/lib/features/dashboard/load-dashboard";
import { COMMITMENT_STATUSES } from "@/lib/features/commitments/schema";
import { translator } from "@/lib/features/dictionary";
import { formatNumber } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
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
  // The same loader and roll-up as the framework page and the dashboard: the numbers agree.
  const d = await loadDashboard(ctx);
  const f = dashFormat(locale, t);
  const n = (v: number) => formatNumber(locale, v);
  const rows: { key: string; label: string; r: ShownRollup }[] = d.layers.map((l) => ({ key: l.layer, label: t(`framework.layers.${l.layer}`), r: l }));
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
                <th scope="col" className="px-3 py-2 text-right font-semibold">
                  {t("dashboard.overview.progress")}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...rows, { key: "overall", label: t("dashboard.overview.overall"), r: d.overall }].map(({ key, label, r }) => (
                <tr key={key} className={key === "overall" ? "border-t-2 border-slate-400" : "border-b border-slate-200"}>
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {label}
                  </th>
                  {COMMITMENT_STATUSES.map((s) => (
                    <td key={s} className="px-3 py-2 tabular-nums">
                      {n(r.statuses[s])}
                    </td>
                  ))}
                  <td className="px-3 py-2 text-right font-semibold tabular-nums">{n(r.count)}</td>
                  <td className="px-3 py-2 text-right font-semibold tabular-nums">{f.pct(r.percent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-3 text-sm text-slate-700">
          {t("dashboard.rollup.short")} <Link href={`/${ctx.city.slug}/workspace/dashboard#rollup`}>{t("dashboard.rollup.howLink")}</Link>
        </p>
        <p className="mt-6 text-slate-800">
          {ctx.can("commitment.edit") ? t("workspace.overview.nextStep", { city: cityName }) : t("workspace.overview.nextStepReadOnly", { city: cityName })}
        </p>
        <p className="mt-3 flex flex-wrap gap-3">
          <Link href={`/${ctx.city.slug}/workspace/framework`} className={buttonClasses("primary")}>
            {t("workspace.overview.openFramework")}
          </Link>
          {ctx.can("dashboard.read") ? (
            <Link href={`/${ctx.city.slug}/workspace/dashboard`} className={buttonClasses("secondary")}>
              {t("dashboard.overview.openDashboard")}
            </Link>
          ) : null}
        </p>
      </section>
    </PageShell>
  );
}
