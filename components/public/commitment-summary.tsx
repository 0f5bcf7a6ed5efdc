import type { DashFormat } from "@/lib/features/dashboard/format";
import { getElement } from "@/lib/reference/framework/catalogue/catalogue";
import { formatDate } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { PublicCommitment } from "@/lib/features/publication/site/types";
import { maturityLabel, statusLabel } from "./labels";
import { ProgressFigure } from "./progress-bar";
import { commitmentPath } from "./sections";
import { StatusBadge } from "./status-badge";

/** "Framework element S1: <name>" in the page's language, or "The city's own commitment". */
export function commitmentOrigin(c: Pick<PublicCommitment, "elementKey" | "title">, f: DashFormat): string {
  const element = c.elementKey ? getElement(c.elementKey) : undefined;
  if (!element) return f.t("publicSite.commitments.own");
  // A commitment titled with the element's own name need not repeat it.
  return c.title === element.name.nl || c.title === element.name.en
    ? f.t("publicSite.commitments.elementShort", { key: element.key })
    : f.t("publicSite.commitments.element", { key: element.key, name: element.name[f.locale] });
}

/** Status, progress, maturity and last update of a commitment, as a description list. */
export function CommitmentFacts({ c, f, children }: { c: PublicCommitment; f: DashFormat; children?: React.ReactNode }) {
  const { t } = f;
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
      <dt className="font-semibold text-slate-900">{t("publicSite.commitments.status")}</dt>
      <dd>
        <StatusBadge status={c.status} label={statusLabel(t, c.status)} />
      </dd>
      <dt className="font-semibold text-slate-900">{t("publicSite.commitments.progress")}</dt>
      <dd>
        <ProgressFigure value={c.progress} text={f.pct(c.progress)} />
      </dd>
      <dt className="font-semibold text-slate-900">{t("publicSite.commitments.maturity")}</dt>
      <dd>{maturityLabel(t, c.maturity)}</dd>
      <dt className="font-semibold text-slate-900">{t("publicSite.commitments.lastUpdate")}</dt>
      <dd>
        <time dateTime={c.lastUpdateAt}>{formatDate(f.locale, c.lastUpdateAt)}</time>
      </dd>
      {children}
    </dl>
  );
}

/** One commitment in the list: its title (a link to its page), where it comes from, and its facts. */
export function CommitmentSummary({ c, f, slug, textLang }: { c: PublicCommitment; f: DashFormat; slug: string; textLang: Locale | undefined }) {
  return (
    <article className="space-y-2 rounded-lg border border-slate-300 p-4">
      <h3 className="text-lg font-semibold">
        <a
          href={commitmentPath(slug, f.locale, c.key)}
          lang={textLang}
          className="underline-offset-4 hover:text-blue-950"
        >
          {c.title}
        </a>
      </h3>
      <p className="text-sm text-slate-700">{commitmentOrigin(c, f)}</p>
      <CommitmentFacts c={c} f={f} />
    </article>
  );
}
