import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { elementsOfLayer } from "@/lib/framework/catalogue/catalogue";
import { LAYERS } from "@/lib/framework/catalogue/types";
import { translator } from "@/lib/i18n/dictionary";
import { configuredAppUrl } from "@/lib/platform/app-url";
import { publicPageContext } from "./public-context";
import { SuspendedNotice } from "./suspended-notice";

export const revalidate = 3600;

type Props = { params: Promise<{ city: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ctx = await publicPageContext(params);
  if (ctx.kind === "not_found") return {};
  const t = translator(ctx.locale);
  const base = configuredAppUrl();
  return {
    title: t("publicSite.home.metaTitle", { name: ctx.city.name }),
    description: t("publicSite.home.metaDescription", { name: ctx.city.name }),
    ...(base ? { metadataBase: new URL(base) } : {}),
    alternates: {
      canonical: `/${ctx.city.slug}/${ctx.locale}`,
      languages: {
        ...Object.fromEntries(ctx.city.locales.map((l) => [l, `/${ctx.city.slug}/${l}`])),
        "x-default": `/${ctx.city.slug}/${ctx.city.defaultLocale}`,
      },
    },
    robots: ctx.kind === "suspended" ? { index: false } : undefined,
  };
}

export default async function PublicCityHome({ params }: Props) {
  const ctx = await publicPageContext(params);
  if (ctx.kind === "not_found") notFound();
  if (ctx.kind === "suspended") return <SuspendedNotice locale={ctx.locale} />;
  const { city, locale } = ctx;
  const t = translator(locale);

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-4xl font-bold text-slate-900">{city.name}</h1>
        <p className="text-xl text-slate-800">{t("publicSite.home.intro", { name: city.name })}</p>
      </div>

      <section aria-labelledby="framework-heading" className="space-y-6">
        <div className="space-y-2">
          <h2 id="framework-heading" className="text-2xl font-semibold text-slate-900">
            {t("publicSite.home.frameworkHeading")}
          </h2>
          <p className="max-w-prose text-slate-800">{t("publicSite.home.frameworkIntro")}</p>
          <p className="max-w-prose rounded-md border border-slate-300 bg-slate-50 p-4 text-slate-900">{t("publicSite.home.notPublished")}</p>
        </div>
        <div className="grid gap-6 md:grid-cols-3">
          {LAYERS.map((layer) => {
            const elements = elementsOfLayer(layer);
            return (
              <section key={layer} aria-labelledby={`layer-${layer}`} className="space-y-2">
                <h3 id={`layer-${layer}`} className="text-lg font-semibold text-slate-900">
                  {t(`publicSite.layers.${layer}`)}{" "}
                  <span className="text-sm font-normal text-slate-700">({t("publicSite.home.layerCount", { count: elements.length })})</span>
                </h3>
                <ol className="space-y-1">
                  {elements.map((element) => (
                    <li key={element.key}>
                      <span className="font-mono text-sm text-slate-700">{element.key}</span> {element.name[locale]}
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}
        </div>
      </section>
    </div>
  );
}
