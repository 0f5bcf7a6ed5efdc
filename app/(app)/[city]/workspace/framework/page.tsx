import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { activeFilters, matchesFilters, parseFilters } from "@/lib/features/dashboard/filters";
import { dashFormat } from "@/lib/features/dashboard/format";
import { loadDashboard } from "@/lib/features/dashboard/load-dashboard";
import { elementsOfLayer } from "@/lib/reference/framework/catalogue/catalogue";
import { LAYERS } from "@/lib/reference/framework/catalogue/types";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { FraCredit } from "../_components/fra-credit";
import { PageShell } from "../_components/page-shell";
import { CommitmentCard } from "./commitment-card";
import { filterOptions } from "./filter-options";
import { FilterForm } from "./filter-form";

type Props = { params: Promise<{ city: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("framework.title") };
}

/**
 * The three layers side by side on wide screens, stacked on narrow ones: every framework element
 * and the city's own commitments, filtered by the URL's query. Its numbers come from the same
 * loader and roll-up as the dashboard (lib/features/dashboard/load-dashboard.ts).
 */
export default async function FrameworkPage({ params, searchParams }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "framework.read", `/${city}/workspace/framework`);
  const locale = await requestLocale();
  const t = translator(locale);
  const f = dashFormat(locale, t);
  const d = await loadDashboard(ctx);
  const filters = parseFilters(await searchParams);
  const active = activeFilters(filters) > 0;
  const shown = d.commitments.filter((c) => matchesFilters(c, filters));
  const visible = new Set(shown.map((c) => c.id));
  const byElement = new Map(d.commitments.filter((c) => c.elementKey).map((c) => [c.elementKey!, c]));
  const departments = Object.fromEntries(d.departmentList.map((x) => [x.id, x.name]));
  const base = `/${ctx.city.slug}/workspace`;
  const canEdit = ctx.can("commitment.edit");
  const total = d.commitments.length;
  const cardProps = { f, today: d.today, people: d.people, departments };

  return (
    <PageShell title={t("framework.title")} intro={<p>{t("framework.intro")}</p>} wide>
      <p className="flex flex-wrap gap-3">
        <Link href={`${base}/dashboard`} className={buttonClasses("secondary")}>
          {t("dashboard.framework.dashboardLink")}
        </Link>
        {/* Everyone may export; the page offers the import only to editors. */}
        <Link href={`${base}/framework/spreadsheet`} className={buttonClasses("secondary")}>
          {t("dashboard.framework.spreadsheet")}
        </Link>
      </p>

      <div className="mt-6">
        <FilterForm action={`${base}/framework`} filters={filters} opts={filterOptions(d, filters, locale, t)} t={t} active={active} />
      </div>
      <p className="mt-4 text-slate-800">
        {active
          ? t("dashboard.framework.filters.showing", { shown: f.num(shown.length), total: f.num(total), hidden: f.num(total - shown.length) })
          : t("dashboard.framework.filters.showingAll", { total: f.num(total) })}
      </p>

      {active && shown.length === 0 ? (
        <div className="mt-6">
          <EmptyState
            title={t("dashboard.framework.filters.emptyTitle")}
            action={
              <Link href={`${base}/framework`} className={buttonClasses("secondary")}>
                {t("dashboard.framework.filters.clear")}
              </Link>
            }
          >
            <p>{t("dashboard.framework.filters.emptyText")}</p>
          </EmptyState>
        </div>
      ) : (
        <div className="mt-8 grid gap-8 lg:grid-cols-3">
          {LAYERS.map((layer) => {
            const figures = d.layers.find((l) => l.layer === layer)!;
            const own = shown.filter((c) => c.layer === layer && c.elementKey === null);
            return (
              <section key={layer} aria-labelledby={`layer-${layer}`} className="min-w-0">
                <h2 id={`layer-${layer}`} className="text-2xl font-semibold">
                  {t(`framework.layers.${layer}`)}
                </h2>
                <p className="mt-1 text-slate-800">{t(`framework.layerIntro.${layer}`)}</p>
                <p className="mt-1 text-sm font-semibold text-slate-900">
                  {t("dashboard.framework.layerFigures", { count: f.num(figures.count), percent: f.pctText(figures.percent) })}
                </p>
                <ul className="mt-4 space-y-3">
                  {elementsOfLayer(layer).map((element) => {
                    const c = byElement.get(element.key);
                    if (!c || !visible.has(c.id)) return null;
                    return (
                      <li key={element.key}>
                        <CommitmentCard c={c} href={`${base}/framework/${element.key}`} keyLabel={element.key} name={element.name[locale]} {...cardProps} />
                      </li>
                    );
                  })}
                </ul>
                {/* Filtered, a layer without matching own commitments says nothing rather than "none yet". */}
                {own.length || !active ? <h3 className="mt-6 text-lg font-semibold">{t("dashboard.framework.ownCommitments")}</h3> : null}
                {own.length ? (
                  <ul className="mt-3 space-y-3">
                    {own.map((c) => (
                      <li key={c.id}>
                        <CommitmentCard c={c} href={`${base}/commitments/${c.id}`} keyLabel={null} name={c.title} {...cardProps} />
                      </li>
                    ))}
                  </ul>
                ) : !active ? (
                  <p className="mt-2 text-sm text-slate-700">{t("dashboard.framework.noOwnCommitments")}</p>
                ) : null}
                {canEdit ? (
                  <p className="mt-3">
                    <Link href={`${base}/commitments/new?layer=${layer}`} className={buttonClasses("secondary")}>
                      {t("dashboard.framework.addCommitment", { layer: t(`framework.layers.${layer}`) })}
                    </Link>
                  </p>
                ) : null}
              </section>
            );
          })}
        </div>
      )}
      <FraCredit t={t} />
    </PageShell>
  );
}
