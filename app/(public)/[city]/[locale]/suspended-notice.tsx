import { translate } from "@/lib/features/dictionary";
import { LOCALES, type Locale } from "@/lib/kernel/i18n/locales";

/**
 * Shown instead of a suspended city's pages, in every language (the visitor may have come from a
 * link in either). A statically rendered page cannot answer 503, so the notice is the signal;
 * the workspace's own suspension page and the API answer with a status code.
 */
export function SuspendedNotice({ locale }: { locale: Locale }) {
  const order = [locale, ...LOCALES.filter((l) => l !== locale)];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-slate-900">{translate(locale, "publicSite.suspended.title")}</h1>
      {order.map((l) => (
        <p key={l} lang={l} className="max-w-prose text-lg text-slate-800">
          {translate(l, "publicSite.suspended.text")}
        </p>
      ))}
    </div>
  );
}
