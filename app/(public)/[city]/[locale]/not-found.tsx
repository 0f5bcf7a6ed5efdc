import Link from "next/link";
import { translate } from "@/lib/features/dictionary";
import { LOCALES } from "@/lib/kernel/i18n/locales";

/**
 * A not-found page cannot read the URL's params, so it speaks every language; the surrounding
 * layout has already set <html lang> from the URL.
 */
export default function PublicNotFound() {
  return (
    <div className="space-y-6">
      {/* No metadata reaches a not-found boundary; React puts this title in <head> (WCAG 2.4.2). */}
      <title>{`${LOCALES.map((l) => translate(l, "publicSite.notFound.title")).join(" · ")} · Charta`}</title>
      {LOCALES.map((l, i) => (
        <div key={l} lang={l} className="space-y-2">
          {i === 0 ? (
            <h1 className="text-3xl font-bold text-slate-900">{translate(l, "publicSite.notFound.title")}</h1>
          ) : (
            <p className="text-2xl font-bold text-slate-900">{translate(l, "publicSite.notFound.title")}</p>
          )}
          <p className="max-w-prose text-slate-800">{translate(l, "publicSite.notFound.text")}</p>
          <p>
            <Link href="/">{translate(l, "publicSite.notFound.toCharta")}</Link>
          </p>
        </div>
      ))}
    </div>
  );
}
