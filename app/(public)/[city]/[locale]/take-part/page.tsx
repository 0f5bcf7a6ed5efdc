import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { ContactLink, linkClass, safeHttpUrl } from "@/components/public/contact-link";
import { CityText, pickText } from "@/components/public/localized-text";
import { translator } from "@/lib/features/dictionary";
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
    path: "/take-part",
    title: t("publicSite.takePart.title"),
    description: t("publicSite.takePart.metaDescription", { name: page.city.name }),
  });
}

/** How to take part, whom to write to, and the anti-discrimination office or ombudsperson — as the city published them. */
async function PublicTakePart({ params }: Props) {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") notFound();
  if (page.kind === "suspended") return <SuspendedNotice locale={page.locale} />;
  const { locale, snapshot } = page;
  const t = translator(locale);
  const profile = snapshot?.profile;
  const how = profile ? pickText(profile.takePart, locale) : null;
  const ombuds = profile?.ombuds ?? null;
  const textLang = snapshot && snapshot.city.defaultLocale !== locale ? snapshot.city.defaultLocale : undefined;

  return (
    <div className="space-y-10">
      <h1 className="text-4xl font-bold text-slate-900">{t("publicSite.takePart.title")}</h1>

      <section aria-labelledby="how-heading" className="space-y-3">
        <h2 id="how-heading" className="text-2xl font-semibold text-slate-900">
          {t("publicSite.takePart.howHeading")}
        </h2>
        {how ? <CityText text={how.text} lang={how.lang} pageLocale={locale} /> : <p className="text-slate-800">{t("publicSite.takePart.howNotPublished")}</p>}
      </section>

      <section aria-labelledby="contact-heading" className="space-y-3">
        <h2 id="contact-heading" className="text-2xl font-semibold text-slate-900">
          {t("publicSite.takePart.contactHeading")}
        </h2>
        {profile?.contactEmail ? (
          <p className="text-slate-800">
            {t("publicSite.takePart.contactText")} <ContactLink value={profile.contactEmail} />
          </p>
        ) : (
          <p className="text-slate-800">{t("publicSite.takePart.contactNone")}</p>
        )}
      </section>

      <section aria-labelledby="ombuds-heading" className="space-y-3">
        <h2 id="ombuds-heading" className="text-2xl font-semibold text-slate-900">
          {t("publicSite.takePart.ombudsHeading")}
        </h2>
        {ombuds ? (
          <>
            <p className="max-w-prose text-slate-800">{t("publicSite.takePart.ombudsIntro")}</p>
            <p className="text-lg font-semibold text-slate-900" lang={textLang}>
              {ombuds.name}
            </p>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
              {ombuds.url && (
                <>
                  <dt className="font-semibold">{t("publicSite.takePart.website")}</dt>
                  <dd className="break-all">
                    {safeHttpUrl(ombuds.url) ? (
                      <a href={safeHttpUrl(ombuds.url)!} className={linkClass}>
                        {ombuds.url}
                      </a>
                    ) : (
                      ombuds.url
                    )}
                  </dd>
                </>
              )}
              {ombuds.email && (
                <>
                  <dt className="font-semibold">{t("publicSite.takePart.email")}</dt>
                  <dd className="break-all">
                    <ContactLink value={ombuds.email} />
                  </dd>
                </>
              )}
              {ombuds.phone && (
                <>
                  <dt className="font-semibold">{t("publicSite.takePart.phone")}</dt>
                  <dd>
                    <a href={`tel:${ombuds.phone.replace(/[^\d+]/g, "")}`} className={linkClass}>
                      {ombuds.phone}
                    </a>
                  </dd>
                </>
              )}
            </dl>
          </>
        ) : (
          <p className="max-w-prose text-slate-800">{t("publicSite.takePart.ombudsNone")}</p>
        )}
      </section>
    </div>
  );
}

export default withNotFound(PublicTakePart, PublicNotFoundView);
