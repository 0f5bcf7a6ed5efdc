import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeclarationDocument } from "@/components/declaration/declaration-document";
import { withNotFound } from "@/components/not-found/with-not-found";
import { textLocale } from "@/lib/features/declaration/document-text";
import { getVersion } from "@/lib/features/declaration/get-declaration";
import { isAppError } from "@/lib/kernel/errors";
import { translator } from "@/lib/features/dictionary";
import { formatDateTime } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../../_components/page-shell";
import { loadDeclaration } from "@/lib/features/declaration/load-declaration";
import { WorkspaceNotFoundView } from "../../../_components/not-found-view";

type Props = { params: Promise<{ city: string; number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("declaration.versions.versionTitle", { number: (await params).number }) };
}

/** One saved version, read as it was. */
async function VersionPage({ params, searchParams }: Props) {
  const { city, number } = await params;
  const { d } = await searchParams;
  const ctx = await cityPageContext(city, "declaration.read", `/${city}/workspace/declaration/versions/${number}`);
  const declaration = await loadDeclaration(ctx, d).catch((e: unknown) => (isAppError(e) ? notFound() : Promise.reject(e)));
  const n = /^\d{1,9}$/.test(number) ? Number(number) : Number.NaN;
  const version = declaration && Number.isInteger(n) ? await getVersion(ctx.db, declaration.id, n) : null;
  if (!declaration || !version) notFound();
  const locale = await requestLocale();
  const t = translator(locale);
  const dq = typeof d === "string" && d ? `?d=${encodeURIComponent(d)}` : "";

  return (
    <PageShell title={t("declaration.versions.versionTitle", { number: version.number })}>
      <nav aria-label={t("declaration.page.breadcrumb")} className="-mt-6 mb-6 text-sm">
        <Link href={`/${ctx.city.slug}/workspace/declaration/versions${dq}`}>← {t("declaration.versions.title")}</Link>
      </nav>
      <p>
        {t("declaration.versions.versionMeta", {
          name: version.createdByName ?? t("declaration.versions.unknownAuthor"),
          date: formatDateTime(locale, version.createdAt),
        })}
      </p>
      {version.changeNote ? <p className="mt-1 italic">{version.changeNote}</p> : null}
      <h2 className="mt-6 text-2xl font-semibold">{declaration.title}</h2>
      <div className="mt-4">
        <DeclarationDocument doc={version.content} locale={textLocale(declaration.locale)} headingOffset={2} />
      </div>
    </PageShell>
  );
}

export default withNotFound(VersionPage, WorkspaceNotFoundView);
