import type { Translator } from "@/lib/features/dictionary";
import { PUBLIC_SECTIONS, publicPath } from "./sections";

/** The home page's guide to the other sections, one line each on what is there. */
export function SectionLinks({ slug, locale, t }: { slug: string; locale: string; t: Translator }) {
  return (
    <section aria-labelledby="sections-heading" className="space-y-4">
      <h2 id="sections-heading" className="text-2xl font-semibold text-slate-900">
        {t("publicSite.sections.heading")}
      </h2>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {PUBLIC_SECTIONS.filter((s) => s.key !== "home").map((s) => (
          <li key={s.key} className="rounded-lg border border-slate-300 p-4">
            <a
              href={publicPath(slug, locale, s.path)}
              className="text-lg font-semibold underline-offset-4 hover:text-blue-950"
            >
              {t(`publicSite.nav.${s.key}`)}
            </a>
            <p className="mt-1 text-slate-800">{t(`publicSite.sections.${s.key}`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
