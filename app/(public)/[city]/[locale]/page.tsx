import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { FrameworkOutline } from "@/components/public/framework-outline";
import { CityText, pickText } from "@/components/public/localized-text";
import { SectionLinks } from "@/components/public/section-links";
import { WhereCityStands } from "@/components/public/where-city-stands";
import { dashFormat } from "@/lib/features/dashboard/format";
import { translator } from "@/lib/features/dictionary";
import { formatDate } from "@/lib/kernel/i18n/format";
import { publicMetadata } from "./_lib/metadata";
import { loadPublicPage } from "@/lib/features/publication/site/load-public-page";
import { SuspendedNotice } from "./suspended-notice";
import { PublicNotFoundView } from "./not-found-view";

export const revalidate = 3600;

type Props = { params: Promise<{ city: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") return {};
  const t = translator(page.locale);
  // Not called a human rights city before it has published anything (issue 13.10).
  const unpublished = page.kind === "ok" && !page.snapshot;
  return publicMetadata(page, {
    path: "",
    title: null,
    unpublished,
    description: t(unpublished ? "publicSite.home.metaDescriptionUnpublished" : "publicSite.home.metaDescription", { name: page.city.name }),
  });
}

/** A city's public home: where it stands on the framework, as last published. */
async function PublicCityHome({ params }: Props) {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") notFound();
  if (page.kind === "suspended") return <SuspendedNotice locale={page.locale} />;
  const { city, locale, snapshot } = page;
  const t = translator(locale);
  const intro = snapshot ? pickText(snapshot.profile.intro, locale) : null;

  return (
    <div className="space-y-12">
      <div className="space-y-3">
        <h1 className="text-4xl font-bold text-slate-900">{city.name}</h1>
        {intro ? (
          <CityText text={intro.text} lang={intro.lang} pageLocale={locale} className="text-xl" />
        ) : (
          <p className="text-xl text-slate-800">{t(snapshot ? "publicSite.home.intro" : "publicSite.home.introUnpublished", { name: city.name })}</p>
        )}
        {snapshot && <p className="text-slate-700">{t("publicSite.published.lastPublished", { date: formatDate(locale, snapshot.publishedAt, "long") })}</p>}
      </div>
      {snapshot ? <WhereCityStands snapshot={snapshot} f={dashFormat(locale, t)} /> : <FrameworkOutline locale={locale} t={t} />}
      <SectionLinks slug={city.slug} locale={locale} t={t} />
    </div>
  );
}

export default withNotFound(PublicCityHome, PublicNotFoundView);
