import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VersionDiffView } from "@/components/declaration/version-diff";
import { withNotFound } from "@/components/not-found/with-not-found";
import { compareVersions } from "@/lib/features/declaration/compare-versions";
import { textLocale } from "@/lib/features/declaration/document-text";
import { isAppError } from "@/lib/kernel/errors";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDateTime } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../_components/page-shell";
import { loadDeclaration } from "@/lib/features/declaration/load-declaration";
import { WorkspaceNotFoundView } from "../../_components/not-found-view";

type Props = { params: Promise<{ city: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("declaration.versions.compareTitle") };
}

const num = (v: string | string[] | undefined) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : null);

/** Two versions compared (computed on the server), inline or side by side. */
async function ComparePage({ params, searchParams }: Props) {
  const { city } = await params;
  const query = await searchParams;
  const ctx = await cityPageContext(city, "declaration.read", `/${city}/workspace/declaration/compare`);
  const declaration = await loadDeclaration(ctx, query.d).catch((e: unknown) => (isAppError(e) ? notFound() : Promise.reject(e)));
  if (!declaration) notFound();
  // Without two versions named (a bookmark, a hand-typed address): the latest change.
  const to = num(query.to) ?? declaration.currentVersion;
  const from = num(query.from) ?? Math.max(1, to - 1);
  const locale = await requestLocale();
  const t = translator(locale);
  const docLocale = textLocale(declaration.locale);
  const comparison = await compareVersions(ctx.db, declaration.id, from, to, docLocale).catch((e: unknown) => (isAppError(e) ? notFound() : Promise.reject(e)));
  const layout = query.layout === "side" ? "side" : "inline";
  const dq = typeof query.d === "string" && query.d ? `?d=${encodeURIComponent(query.d)}` : "";
  const meta = (v: typeof comparison.from) =>
    t("declaration.versions.versionMeta", { name: v.createdByName ?? t("declaration.versions.unknownAuthor"), date: formatDateTime(locale, v.createdAt) });

  return (
    <PageShell title={t("declaration.compare.title", { from, to })} wide>
      <nav aria-label={t("declaration.page.breadcrumb")} className="-mt-6 mb-6 text-sm">
        <Link href={`/${ctx.city.slug}/workspace/declaration/versions${dq}`}>← {t("declaration.versions.title")}</Link>
      </nav>
      <dl className="mb-6 grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-semibold">{t("declaration.compare.before", { number: from })}</dt>
          <dd>
            {meta(comparison.from)} {comparison.from.changeNote}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t("declaration.compare.after", { number: to })}</dt>
          <dd>
            {meta(comparison.to)} {comparison.to.changeNote}
          </dd>
        </div>
      </dl>
      <section aria-label={t("declaration.compare.title", { from, to })}>
        <VersionDiffView
          diff={comparison.diff}
          layout={layout}
          messages={dictionary(locale).declaration.compare}
          textLocale={docLocale}
          fromLabel={t("declaration.compare.before", { number: from })}
          toLabel={t("declaration.compare.after", { number: to })}
          numbers={{ from, to }}
        />
      </section>
    </PageShell>
  );
}

export default withNotFound(ComparePage, WorkspaceNotFoundView);
