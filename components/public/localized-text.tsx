import type { Locale } from "@/lib/kernel/i18n/locales";
import type { PublicText } from "@/lib/features/publication/site/types";

/**
 * The city's text in the page's language, or — when the city wrote it only in its other
 * language — that one, marked with its language so screen readers pronounce it right.
 */
export function pickText(text: PublicText, locale: Locale): { text: string; lang: Locale } | null {
  const own = text[locale];
  if (own) return { text: own, lang: locale };
  const other = (Object.keys(text) as Locale[]).find((l) => text[l]);
  return other ? { text: text[other]!, lang: other } : null;
}

/** Paragraphs of a city's text (blank lines separate them), in the language they are written in. */
export function CityText({ text, lang, pageLocale, className }: { text: string; lang: Locale; pageLocale: Locale; className?: string }) {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div lang={lang === pageLocale ? undefined : lang} className={`space-y-3 ${className ?? ""}`}>
      {paragraphs.map((p, i) => (
        <p key={i} className="max-w-prose whitespace-pre-line text-slate-800">
          {p}
        </p>
      ))}
    </div>
  );
}
