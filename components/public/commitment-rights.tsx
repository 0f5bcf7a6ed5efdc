import type { Translator } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { PublicCommitment } from "@/lib/features/publication/site/types";
import { charterArticle } from "@/lib/reference/rights/eu-charter";
import { sdg } from "@/lib/reference/rights/sdgs";
import { udhrArticle } from "@/lib/reference/rights/udhr";
import { pickText } from "./localized-text";

function List({ id, heading, items }: { id: string; heading: string; items: { key: string | number; text: string; lang?: string }[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-1">
      <h3 id={id} className="text-lg font-semibold text-slate-900">
        {heading}
      </h3>
      <ul className="list-disc space-y-1 pl-6 text-slate-800">
        {items.map((i) => (
          <li key={i.key} lang={i.lang}>
            {i.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The Charter and UDHR articles, SDGs and rights-holder groups a commitment is linked to, with their names. */
export function CommitmentRights({ c, t, locale }: { c: PublicCommitment; t: Translator; locale: Locale }) {
  const charter = c.charterArticles.map((n) => ({ key: n, text: t("publicSite.commitment.article", { number: n, title: charterArticle(n)?.title[locale] ?? "" }) }));
  const udhr = c.udhrArticles.map((n) => ({ key: n, text: t("publicSite.commitment.article", { number: n, title: udhrArticle(n)?.title[locale] ?? "" }) }));
  const sdgs = c.sdgs.map((n) => ({ key: n, text: t("publicSite.commitment.sdg", { number: n, name: sdg(n)?.name[locale] ?? "" }) }));
  const groups = c.groups.map((g) => {
    const name = pickText(g.name, locale);
    return { key: g.key, text: name?.text ?? g.key, lang: name && name.lang !== locale ? name.lang : undefined };
  });
  const empty = charter.length + udhr.length + sdgs.length + groups.length === 0;
  return (
    <section aria-labelledby="rights-heading" className="space-y-4">
      <h2 id="rights-heading" className="text-2xl font-semibold text-slate-900">
        {t("publicSite.commitment.rightsHeading")}
      </h2>
      {empty ? (
        <p className="text-slate-800">{t("publicSite.commitment.noLinks")}</p>
      ) : (
        <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
          <List id="rights-charter" heading={t("publicSite.commitment.charter")} items={charter} />
          <List id="rights-udhr" heading={t("publicSite.commitment.udhr")} items={udhr} />
          <List id="rights-sdgs" heading={t("publicSite.commitment.sdgs")} items={sdgs} />
          <List id="rights-groups" heading={t("publicSite.commitment.groups")} items={groups} />
        </div>
      )}
    </section>
  );
}
