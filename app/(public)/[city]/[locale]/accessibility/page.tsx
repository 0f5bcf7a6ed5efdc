import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { ContactLink, linkClass } from "@/components/public/contact-link";
import { CityText, pickText } from "@/components/public/localized-text";
import { translator } from "@/lib/features/dictionary";
import { formatDate } from "@/lib/kernel/i18n/format";
import { configuredAppUrl } from "@/lib/kernel/app-url";
import { publicMetadata } from "../_lib/metadata";
import { loadPublicPage } from "@/lib/features/publication/site/load-public-page";
import { SuspendedNotice } from "../suspended-notice";
import { PublicNotFoundView } from "../not-found-view";

export const revalidate = 3600;

type Props = { params: Promise<{ city: string; locale: string }> };

const DIRECTIVE_URL = "https://eur-lex.europa.eu/eli/dir/2016/2102/oj";

/** Charta's own known limitations, the same for every city (shown under "Non-accessible content"). */
const PLATFORM_LIMITATIONS = ["charts", "language", "plainLanguage", "external"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") return {};
  const t = translator(page.locale);
  return publicMetadata(page, {
    path: "/accessibility",
    title: t("publicSite.accessibility.title"),
    description: t("publicSite.accessibility.metaDescription", { name: page.city.name }),
  });
}

/**
 * The accessibility statement, in the order of the EU model statement (Commission Implementing
 * Decision (EU) 2018/1523): scope, compliance status, non-accessible content, preparation,
 * feedback and contact, enforcement procedure. The city's parts come from its publication.
 */
async function PublicAccessibilityStatement({ params }: Props) {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") notFound();
  if (page.kind === "suspended") return <SuspendedNotice locale={page.locale} />;
  const { city, locale, snapshot } = page;
  const t = translator(locale);
  const a = snapshot?.profile.accessibility ?? null;
  const issues = a ? pickText(a.issues, locale) : null;
  const contact = a?.contact ?? snapshot?.profile.contactEmail ?? null;
  const home = `${configuredAppUrl() ?? ""}/${city.slug}`;
  const h2 = "text-2xl font-semibold text-slate-900";

  return (
    <div className="max-w-3xl space-y-10">
      <div className="space-y-3">
        <h1 className="text-4xl font-bold text-slate-900">{t("publicSite.accessibility.title")}</h1>
        <p className="text-slate-800">{t("publicSite.accessibility.intro", { name: city.name })}</p>
        <p className="break-words text-slate-800">{t("publicSite.accessibility.scope", { name: city.name, url: home })}</p>
      </div>

      <section aria-labelledby="status-heading" className="space-y-3">
        <h2 id="status-heading" className={h2}>
          {t("publicSite.accessibility.statusHeading")}
        </h2>
        <p className="text-slate-800">{a ? t(`publicSite.accessibility.status.${a.status}`) : t("publicSite.accessibility.statusNotPublished")}</p>
      </section>

      <section aria-labelledby="issues-heading" className="space-y-4">
        <h2 id="issues-heading" className={h2}>
          {t("publicSite.accessibility.issuesHeading")}
        </h2>
        <section aria-labelledby="city-issues-heading" className="space-y-2">
          <h3 id="city-issues-heading" className="text-lg font-semibold text-slate-900">
            {t("publicSite.accessibility.cityIssuesHeading")}
          </h3>
          {issues ? (
            <CityText text={issues.text} lang={issues.lang} pageLocale={locale} />
          ) : (
            <p className="text-slate-800">{a ? t("publicSite.accessibility.cityIssuesNone") : t("publicSite.accessibility.statusNotPublished")}</p>
          )}
        </section>
        <section aria-labelledby="platform-issues-heading" className="space-y-2">
          <h3 id="platform-issues-heading" className="text-lg font-semibold text-slate-900">
            {t("publicSite.accessibility.platformHeading")}
          </h3>
          <ul className="list-disc space-y-1 pl-6 text-slate-800">
            {PLATFORM_LIMITATIONS.map((k) => (
              <li key={k}>{t(`publicSite.accessibility.limitations.${k}`)}</li>
            ))}
          </ul>
        </section>
      </section>

      <section aria-labelledby="preparation-heading" className="space-y-3">
        <h2 id="preparation-heading" className={h2}>
          {t("publicSite.accessibility.preparationHeading")}
        </h2>
        <p className="text-slate-800">
          {a?.reviewedOn
            ? t("publicSite.accessibility.preparedOn", { date: formatDate(locale, `${a.reviewedOn}T12:00:00Z`, "long") })
            : t("publicSite.accessibility.preparedNotStated")}
        </p>
        {snapshot && <p className="text-slate-800">{t("publicSite.accessibility.published", { date: formatDate(locale, snapshot.publishedAt, "long") })}</p>}
        <p className="text-slate-800">{t("publicSite.accessibility.testing")}</p>
      </section>

      <section aria-labelledby="feedback-heading" className="space-y-3">
        <h2 id="feedback-heading" className={h2}>
          {t("publicSite.accessibility.feedbackHeading")}
        </h2>
        {contact ? (
          <p className="text-slate-800">
            {t("publicSite.accessibility.feedback")} <ContactLink value={contact} />
          </p>
        ) : (
          <p className="text-slate-800">{t("publicSite.accessibility.feedbackNone")}</p>
        )}
      </section>

      <section aria-labelledby="enforcement-heading" className="space-y-3">
        <h2 id="enforcement-heading" className={h2}>
          {t("publicSite.accessibility.enforcementHeading")}
        </h2>
        <p className="text-slate-800">
          {city.country.toUpperCase() === "NL" ? t("publicSite.accessibility.enforcementNl") : t("publicSite.accessibility.enforcementGeneric")}
        </p>
        <p>
          <a href={DIRECTIVE_URL} className={linkClass}>
            {t("publicSite.accessibility.directive")}
          </a>
        </p>
      </section>
    </div>
  );
}

export default withNotFound(PublicAccessibilityStatement, PublicNotFoundView);
