import { elementsOfLayer } from "@/lib/reference/framework/catalogue/catalogue";
import { LAYERS } from "@/lib/reference/framework/catalogue/types";
import type { Translator } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";

/** The framework's 20 elements by layer: what a city that has not published yet will report on. */
export function FrameworkOutline({ locale, t }: { locale: Locale; t: Translator }) {
  return (
    <section aria-labelledby="framework-heading" className="space-y-6">
      <div className="space-y-2">
        <h2 id="framework-heading" className="text-2xl font-semibold text-slate-900">
          {t("publicSite.home.frameworkHeading")}
        </h2>
        <p className="max-w-prose text-slate-800">{t("publicSite.home.frameworkIntro")}</p>
        <p className="max-w-prose rounded-md border border-slate-300 bg-slate-50 p-4 text-slate-900">{t("publicSite.home.notPublished")}</p>
      </div>
      <div className="grid grid-cols-1 gap-6 md:grid-cols-3">
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
  );
}
