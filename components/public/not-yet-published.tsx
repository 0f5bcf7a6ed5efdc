import type { Translator } from "@/lib/features/dictionary";
import { publicPath } from "./sections";

export type NotYetSection = "declaration" | "actionPlan" | "reports";

/**
 * A section whose feature the city cannot publish yet: says so in one sentence and leads home.
 * Never placeholder content — a resident must not mistake an empty page for a published one.
 */
export function NotYetPublished({ section, name, slug, locale, t }: { section: NotYetSection; name: string; slug: string; locale: string; t: Translator }) {
  return (
    <div className="space-y-6">
      <h1 className="text-4xl font-bold text-slate-900">{t(`publicSite.notYet.${section}.title`)}</h1>
      <p className="max-w-prose text-lg text-slate-800">{t(`publicSite.notYet.${section}.text`, { name })}</p>
      <p>
        <a
          href={publicPath(slug, locale)}
          className="underline-offset-4 hover:text-blue-950"
        >
          {t("publicSite.notYet.home", { name })}
        </a>
      </p>
    </div>
  );
}
