import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { CommitmentSummary } from "@/components/public/commitment-summary";
import { layerLabel, plural } from "@/components/public/labels";
import { dashFormat } from "@/lib/features/dashboard/format";
import { LAYERS } from "@/lib/reference/framework/catalogue/types";
import { translator } from "@/lib/features/dictionary";
import { formatDate } from "@/lib/kernel/i18n/format";
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
    path: "/commitments",
    title: t("publicSite.commitments.title"),
    description: t("publicSite.commitments.metaDescription", { name: page.city.name }),
  });
}

/** The published commitments, layer by layer. */
async function PublicCommitments({ params }: Props) {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") notFound();
  if (page.kind === "suspended") return <SuspendedNotice locale={page.locale} />;
  const { city, locale, snapshot } = page;
  const t = translator(locale);
  const f = dashFormat(locale, t);
  // The city writes its commitments in its main language; mark them when the page is in another.
  const textLang = snapshot && snapshot.city.defaultLocale !== locale ? snapshot.city.defaultLocale : undefined;

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-4xl font-bold text-slate-900">{t("publicSite.commitments.title")}</h1>
        <p className="max-w-prose text-lg text-slate-800">{t("publicSite.commitments.intro", { name: city.name })}</p>
        {snapshot ? (
          <p className="text-slate-700">{t("publicSite.published.asPublished", { date: formatDate(locale, snapshot.publishedAt, "long") })}</p>
        ) : (
          <p className="max-w-prose rounded-md border border-slate-300 bg-slate-50 p-4 text-slate-900">{t("publicSite.commitments.notPublished")}</p>
        )}
        {snapshot && snapshot.commitments.length === 0 && (
          <p className="max-w-prose rounded-md border border-slate-300 bg-slate-50 p-4 text-slate-900">{t("publicSite.commitments.none")}</p>
        )}
      </div>
      {snapshot &&
        snapshot.commitments.length > 0 &&
        LAYERS.map((layer) => {
          const items = snapshot.commitments.filter((c) => c.layer === layer);
          return (
            <section key={layer} aria-labelledby={`layer-${layer}`} className="space-y-4">
              <div className="space-y-1">
                <h2 id={`layer-${layer}`} className="text-2xl font-semibold text-slate-900">
                  {layerLabel(t, layer)}{" "}
                  <span className="text-base font-normal text-slate-700">
                    ({t(plural(items.length, "publicSite.commitments.layerCountOne", "publicSite.commitments.layerCountOther"), { count: f.num(items.length) })}
                    )
                  </span>
                </h2>
                <p className="max-w-prose text-slate-800">{t(`framework.layerIntro.${layer}`)}</p>
              </div>
              {items.length === 0 ? (
                <p className="text-slate-800">{t("publicSite.commitments.layerEmpty")}</p>
              ) : (
                <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
                  {items.map((c) => (
                    <li key={c.key}>
                      <CommitmentSummary c={c} f={f} slug={city.slug} textLang={textLang} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
    </div>
  );
}

export default withNotFound(PublicCommitments, PublicNotFoundView);
