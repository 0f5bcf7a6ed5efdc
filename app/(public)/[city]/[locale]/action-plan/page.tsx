import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { PlanIndicator } from "@/components/public/plan-indicator";
import { ProgressFigure } from "@/components/public/progress-bar";
import { ScrollTable } from "@/components/public/scroll-table";
import { publicPath } from "@/components/public/sections";
import { translator, type Translator } from "@/lib/features/dictionary";
import { formatDate, formatDay, formatNumber } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { PUBLIC_ACTION_STATUSES, type PublicPlan } from "@/lib/features/publication/site/types";
import { publicMetadata } from "../_lib/metadata";
import { loadPublicPage } from "@/lib/features/publication/site/load-public-page";
import { SuspendedNotice } from "../suspended-notice";
import { PublicNotFoundView } from "../not-found-view";

export const revalidate = 3600;

type Props = { params: Promise<{ city: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") return {};
  const t = translator(page.locale);
  return publicMetadata(page, { path: "/action-plan", title: t("publicPlan.title"), description: t("publicPlan.metaDescription", { name: page.city.name }) });
}

/**
 * `textLang`: the city writes its plans in its main language; where the page is in another, every
 * text of the plan carries that language (WCAG 3.1.2), the labels around it the page's.
 */
function Plan({ plan, locale, t, textLang }: { plan: PublicPlan; locale: Locale; t: Translator; textLang: Locale | undefined }) {
  const day = (d: string | null) => (d ? formatDay(locale, d) : "—");
  const pct = (n: number) => t("publicPlan.progressValue", { value: formatNumber(locale, n) });
  const id = `plan-${plan.key}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-8">
      <div className="space-y-2">
        <h2 id={`${id}-heading`} lang={textLang} className="text-3xl font-bold text-slate-900">
          {plan.title}
        </h2>
        <p className="text-slate-800">
          {t("publicPlan.period", { start: day(plan.periodStart), end: day(plan.periodEnd) })}
          {plan.adoptedOn
            ? ` · ${plan.adoptionReference ? t("publicPlan.adoptedRef", { date: day(plan.adoptedOn), reference: plan.adoptionReference }) : t("publicPlan.adopted", { date: day(plan.adoptedOn) })}`
            : ""}
        </p>
        {plan.status === "closed" ? <p className="font-semibold text-slate-900">{t("publicPlan.closed")}</p> : null}
        {plan.summary ? (
          <p lang={textLang} className="max-w-prose text-lg text-slate-800">
            {plan.summary}
          </p>
        ) : null}
      </div>

      <section aria-labelledby={`${id}-progress`} className="space-y-3">
        <h3 id={`${id}-progress`} className="text-2xl font-semibold text-slate-900">
          {t("publicPlan.progress")}
        </h3>
        <p className="text-lg">{plan.progress === null ? t("publicPlan.noProgress") : <ProgressFigure value={plan.progress} text={pct(plan.progress)} />}</p>
        <p className="max-w-prose text-slate-700">{t("publicPlan.progressExplain")}</p>
        <ScrollTable id={`${id}-statuses`} caption={t("publicPlan.statusCaption", { plan: plan.title })} head={[t("publicPlan.status"), t("publicPlan.count")]}>
          {PUBLIC_ACTION_STATUSES.map((s) => (
            <tr key={s}>
              <th scope="row" className="font-normal">
                {t(`actionPlans.actionStatus.${s}`)}
              </th>
              <td>{formatNumber(locale, plan.statusCounts[s])}</td>
            </tr>
          ))}
        </ScrollTable>
      </section>

      <section aria-labelledby={`${id}-objectives`} className="space-y-6">
        <h3 id={`${id}-objectives`} className="text-2xl font-semibold text-slate-900">
          {t("publicPlan.objectives")}
        </h3>
        {plan.objectives.map((o) => {
          const actions = plan.actions.filter((a) => a.objectiveKey === o.key);
          return (
            <article key={o.key} aria-labelledby={`objective-${o.key}`} className="space-y-3">
              <h4 id={`objective-${o.key}`} lang={textLang} className="text-xl font-semibold text-slate-900">
                {o.title}
              </h4>
              <p className="text-slate-800">
                {t(`actionPlans.term.${o.term}`)} · {t("publicPlan.progress")}:{" "}
                {o.progress === null ? t("publicPlan.noProgress") : <ProgressFigure value={o.progress} text={pct(o.progress)} />}
              </p>
              {o.intendedChange ? (
                <p className="max-w-prose text-slate-800">
                  <span className="font-semibold">{t("publicPlan.intendedChange")}</span> <span lang={textLang}>{o.intendedChange}</span>
                </p>
              ) : null}
              {actions.length === 0 ? (
                <p className="text-slate-800">{t("publicPlan.noActions")}</p>
              ) : (
                <ScrollTable
                  id={`actions-${o.key}`}
                  caption={t("publicPlan.actionsCaption", { objective: o.title })}
                  head={[
                    t("publicPlan.action"),
                    t("publicPlan.status"),
                    t("publicPlan.progress"),
                    t("publicPlan.department"),
                    t("publicPlan.start"),
                    t("publicPlan.due"),
                  ]}
                >
                  {actions.map((a) => (
                    <tr key={a.key}>
                      <th scope="row" className="font-normal">
                        <span lang={textLang} className="font-semibold">
                          {a.title}
                        </span>
                        {a.description ? (
                          <span lang={textLang} className="block text-slate-700">
                            {a.description}
                          </span>
                        ) : null}
                      </th>
                      <td>{t(`actionPlans.actionStatus.${a.status}`)}</td>
                      <td>{pct(a.progress)}</td>
                      <td lang={a.department ? textLang : undefined}>{a.department ?? "—"}</td>
                      <td>{day(a.startDate)}</td>
                      <td>{day(a.dueDate)}</td>
                    </tr>
                  ))}
                </ScrollTable>
              )}
            </article>
          );
        })}
      </section>

      <section aria-labelledby={`${id}-indicators`} className="space-y-4">
        <h3 id={`${id}-indicators`} className="text-2xl font-semibold text-slate-900">
          {t("publicPlan.indicators")}
        </h3>
        <p className="max-w-prose text-slate-700">{t("publicPlan.indicatorsIntro")}</p>
        {plan.indicators.length === 0 ? <p className="text-slate-800">{t("publicPlan.noIndicators")}</p> : null}
        {plan.indicators.map((i) => (
          <PlanIndicator key={i.key} indicator={i} locale={locale} t={t} />
        ))}
      </section>
    </section>
  );
}

/** The published action plans: progress, objectives with their actions, indicators with their figures. */
async function PublicActionPlan({ params }: Props) {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") notFound();
  if (page.kind === "suspended") return <SuspendedNotice locale={page.locale} />;
  const { city, locale, snapshot } = page;
  const t = translator(locale);
  const plans = snapshot?.plans ?? [];
  const textLang = snapshot && snapshot.city.defaultLocale !== locale ? snapshot.city.defaultLocale : undefined;

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-4xl font-bold text-slate-900">{t("publicPlan.title")}</h1>
        <p className="max-w-prose text-lg text-slate-800">{t("publicPlan.intro", { name: city.name })}</p>
        {snapshot && plans.length > 0 ? (
          <p className="text-slate-700">{t("publicSite.published.asPublished", { date: formatDate(locale, snapshot.publishedAt, "long") })}</p>
        ) : (
          <p className="max-w-prose rounded-md border border-slate-300 bg-slate-50 p-4 text-slate-900">{t("publicPlan.none", { name: city.name })}</p>
        )}
      </div>
      {plans.map((plan) => (
        <Plan key={plan.key} plan={plan} locale={locale} t={t} textLang={textLang} />
      ))}
      {plans.length > 0 ? (
        <p>
          <a href={publicPath(city.slug, locale, "/data")} className="underline-offset-4 hover:text-blue-950">
            {t("publicPlan.dataLink")}
          </a>
        </p>
      ) : null}
    </div>
  );
}

export default withNotFound(PublicActionPlan, PublicNotFoundView);
