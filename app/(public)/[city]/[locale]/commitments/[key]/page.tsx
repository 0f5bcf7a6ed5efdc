import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { CommitmentHistory } from "@/components/public/commitment-history";
import { CommitmentRights } from "@/components/public/commitment-rights";
import { CommitmentFacts, commitmentOrigin } from "@/components/public/commitment-summary";
import { layerLabel, statusLabel } from "@/components/public/labels";
import { CityText } from "@/components/public/localized-text";
import { publicPath } from "@/components/public/sections";
import { dashFormat } from "@/lib/features/dashboard/format";
import { translator } from "@/lib/features/dictionary";
import type { PublicSnapshot } from "@/lib/features/publication/site/types";
import { publicMetadata } from "../../_lib/metadata";
import { loadPublicPage } from "@/lib/features/publication/site/load-public-page";
import { SuspendedNotice } from "../../suspended-notice";
import { PublicNotFoundView } from "../../not-found-view";

export const revalidate = 3600;

/** No pages at build time: each commitment page is rendered on its first visit and cached (ISR). */
export async function generateStaticParams(): Promise<{ key: string }[]> {
  return [];
}

type Params = { city: string; locale: string; key: string };
type Props = { params: Promise<Params> };

function findCommitment(snapshot: PublicSnapshot | null, rawKey: string) {
  let key = rawKey;
  try {
    key = decodeURIComponent(rawKey);
  } catch {
    // A malformed escape: look the key up as it came.
  }
  return snapshot?.commitments.find((c) => c.key === key) ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") return {};
  const { key } = await params;
  const t = translator(page.locale);
  if (page.kind === "suspended")
    return publicMetadata(page, { path: `/commitments/${key}`, title: t("publicSite.suspended.title"), description: t("publicSite.suspended.text") });
  const c = findCommitment(page.snapshot, key);
  if (!c) return {};
  const f = dashFormat(page.locale, t);
  return publicMetadata(page, {
    path: `/commitments/${encodeURIComponent(c.key)}`,
    title: c.title,
    description: t("publicSite.commitment.metaDescription", {
      title: c.title,
      name: page.city.name,
      status: statusLabel(t, c.status),
      progress: f.pct(c.progress),
    }),
  });
}

/** One published commitment: its text, where it stands, what it serves, and its public history. */
async function PublicCommitment({ params }: Props) {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") notFound();
  if (page.kind === "suspended") return <SuspendedNotice locale={page.locale} />;
  const { city, locale, snapshot } = page;
  const c = findCommitment(snapshot, (await params).key);
  if (!snapshot || !c) notFound();
  const t = translator(locale);
  const f = dashFormat(locale, t);
  const textLang = snapshot.city.defaultLocale !== locale ? snapshot.city.defaultLocale : undefined;
  const notSet = t("publicSite.commitment.notSet");

  return (
    <div className="space-y-10">
      <p>
        <a href={publicPath(city.slug, locale, "/commitments")} className="underline-offset-4 hover:text-blue-950">
          <span aria-hidden="true">← </span>
          {t("publicSite.commitment.back")}
        </a>
      </p>
      <div className="space-y-4">
        <p className="text-slate-700">
          {commitmentOrigin(c, f)} · {t("publicSite.commitment.layer")}: {layerLabel(t, c.layer)}
        </p>
        <h1 className="text-4xl font-bold text-slate-900" lang={textLang}>
          {c.title}
        </h1>
        <CityText text={c.text} lang={snapshot.city.defaultLocale} pageLocale={locale} className="text-lg" />
        <CommitmentFacts c={c} f={f}>
          <dt className="font-semibold text-slate-900">{t("publicSite.commitment.startDate")}</dt>
          <dd>{c.startDate ? <time dateTime={c.startDate}>{f.day(c.startDate)}</time> : notSet}</dd>
          <dt className="font-semibold text-slate-900">{t("publicSite.commitment.targetDate")}</dt>
          <dd>{c.targetDate ? <time dateTime={c.targetDate}>{f.day(c.targetDate)}</time> : notSet}</dd>
          <dt className="font-semibold text-slate-900">{t("publicSite.commitment.department")}</dt>
          <dd lang={c.department ? textLang : undefined}>{c.department ?? notSet}</dd>
        </CommitmentFacts>
      </div>
      <CommitmentRights c={c} t={t} locale={locale} />
      <CommitmentHistory updates={snapshot.updates.filter((u) => u.commitmentKey === c.key)} f={f} textLang={textLang} />
    </div>
  );
}

export default withNotFound(PublicCommitment, PublicNotFoundView);
