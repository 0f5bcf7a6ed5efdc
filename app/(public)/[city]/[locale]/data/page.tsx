import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { linkClass } from "@/components/public/contact-link";
import { DatasetSection } from "@/components/public/dataset-section";
import { licenceName } from "@/components/public/licences";
import { translator } from "@/lib/features/dictionary";
import { formatDate } from "@/lib/kernel/i18n/format";
import { DATASET_NAMES } from "@/lib/features/publication/open-data/datasets";
import { datasetRecords } from "@/lib/features/publication/open-data/records";
import { getPublishedReports } from "@/lib/features/reports/read-published-report";
import { DEFAULT_LICENCE, licenceUrl } from "@/lib/features/publication/open-data/licence";
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
  return publicMetadata(page, {
    path: "/data",
    title: t("publicSite.data.title"),
    description: t("publicSite.data.metaDescription", { name: page.city.name }),
  });
}

/** The open-data page: every dataset with its download links and fields, the licence, the catalogue and the feed. */
async function PublicOpenData({ params }: Props) {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") notFound();
  if (page.kind === "suspended") return <SuspendedNotice locale={page.locale} />;
  const { city, locale, snapshot } = page;
  const t = translator(locale);
  const api = `/api/public/${city.slug}`;
  const licence = snapshot?.profile.dataLicence ?? DEFAULT_LICENCE;
  // The counts of the files themselves: the same records the CSV and JSON downloads hold.
  const reports = await getPublishedReports(city.slug);
  const count = (name: (typeof DATASET_NAMES)[number]) => datasetRecords(snapshot, name, { city: { slug: city.slug, name: city.name }, reports }).length;
  const h2 = "text-2xl font-semibold text-slate-900";

  return (
    <div className="space-y-12">
      <div className="space-y-3">
        <h1 className="text-4xl font-bold text-slate-900">{t("publicSite.data.title")}</h1>
        <p className="max-w-prose text-lg text-slate-800">{t("publicSite.data.intro")}</p>
        <p className="max-w-prose text-slate-800">
          {snapshot ? t("publicSite.data.asOf", { date: formatDate(locale, snapshot.publishedAt, "long") }) : t("publicSite.data.notPublished")}
        </p>
      </div>

      <section aria-labelledby="licence-heading" className="space-y-2">
        <h2 id="licence-heading" className={h2}>
          {t("publicSite.data.licenceHeading")}
        </h2>
        <p className="max-w-prose text-slate-800">{t("publicSite.data.licence", { licence: licenceName(licence) })}</p>
        <p>
          <a href={licenceUrl(licence)} className={`${linkClass} break-all`}>
            {t("publicSite.data.licenceText", { licence: licence })}
          </a>
        </p>
      </section>

      <section aria-labelledby="catalogue-heading" className="space-y-2">
        <h2 id="catalogue-heading" className={h2}>
          {t("publicSite.data.catalogueHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a href={`${api}/catalog.jsonld`} className={linkClass}>
              {t("publicSite.data.catalogue")}
            </a>
          </li>
          <li>
            <a href={`${api}/feed.xml`} className={linkClass}>
              {t("publicSite.data.feed")}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="datasets-heading" className="space-y-8">
        <h2 id="datasets-heading" className={h2}>
          {t("publicSite.data.datasetsHeading")}
        </h2>
        {DATASET_NAMES.map((name) => (
          <DatasetSection key={name} name={name} api={api} locale={locale} t={t} records={count(name)} />
        ))}
      </section>
    </div>
  );
}

export default withNotFound(PublicOpenData, PublicNotFoundView);
