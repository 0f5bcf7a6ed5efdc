import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClasses } from "@/components/ui/field";
import { listVersions } from "@/lib/features/declaration/get-declaration";
import { isFrozen } from "@/lib/features/declaration/policy";
import { isAppError } from "@/lib/kernel/errors";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDate, formatDateTime } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../_components/page-shell";
import { loadDeclaration } from "@/lib/features/declaration/load-declaration";
import { RestoreButton } from "../_components/restore-button";
import { WorkspaceNotFoundView } from "../../_components/not-found-view";

type Props = { params: Promise<{ city: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("declaration.versions.title") };
}

async function VersionsPage({ params, searchParams }: Props) {
  const { city } = await params;
  const { d } = await searchParams;
  const ctx = await cityPageContext(city, "declaration.read", `/${city}/workspace/declaration/versions`);
  const declaration = await loadDeclaration(ctx, d).catch((e: unknown) => (isAppError(e) ? notFound() : Promise.reject(e)));
  const locale = await requestLocale();
  const t = translator(locale);
  const base = `/${ctx.city.slug}/workspace/declaration`;
  const versions = declaration ? await listVersions(ctx.db, declaration.id) : [];
  const canRestore = !!declaration && ctx.can("declaration.edit") && !isFrozen(declaration.status);
  const dq = typeof d === "string" && d ? `?d=${encodeURIComponent(d)}` : "";

  return (
    <PageShell title={t("declaration.versions.title")} intro={t("declaration.versions.intro")} wide>
      <nav aria-label={t("declaration.page.breadcrumb")} className="mb-6 text-sm">
        <Link href={base}>← {t("declaration.page.back")}</Link>
      </nav>
      {!declaration || versions.length === 0 ? (
        <EmptyState title={t("declaration.versions.empty")} />
      ) : (
        <div className="space-y-10">
          {versions.length > 1 ? (
            <section aria-labelledby="compare-heading" className="max-w-3xl rounded-md border border-slate-300 p-4">
              <h2 id="compare-heading" className="text-xl font-semibold">
                {t("declaration.versions.compareTitle")}
              </h2>
              <form action={`${base}/compare`} method="get" className="mt-3 grid gap-4 sm:grid-cols-2">
                {typeof d === "string" && d ? <input type="hidden" name="d" value={d} /> : null}
                {(["from", "to"] as const).map((key) => (
                  <div key={key} className="space-y-1">
                    <label htmlFor={`compare-${key}`} className="block text-sm font-semibold">
                      {t(`declaration.versions.${key}`)}
                    </label>
                    <select
                      id={`compare-${key}`}
                      name={key}
                      defaultValue={String(key === "to" ? versions[0]!.number : versions[1]!.number)}
                      className={inputClasses}
                    >
                      {versions.map((v) => (
                        <option key={v.number} value={v.number}>
                          {t("declaration.versions.versionOption", { number: v.number, date: formatDate(locale, v.createdAt) })}
                        </option>
                      ))}
                    </select>
                  </div>
                ))}
                <fieldset className="sm:col-span-2">
                  <legend className="text-sm font-semibold">{t("declaration.versions.layout")}</legend>
                  <div className="mt-1 flex gap-6">
                    <label className="flex items-center gap-2">
                      <input type="radio" name="layout" value="inline" defaultChecked className="h-4 w-4" /> {t("declaration.versions.inline")}
                    </label>
                    <label className="flex items-center gap-2">
                      <input type="radio" name="layout" value="side" className="h-4 w-4" /> {t("declaration.versions.sideBySide")}
                    </label>
                  </div>
                </fieldset>
                <div>
                  <Button type="submit">{t("declaration.versions.compare")}</Button>
                </div>
              </form>
            </section>
          ) : null}

          <section aria-labelledby="versions-heading">
            <h2 id="versions-heading" className="text-xl font-semibold">
              {declaration.title}
            </h2>
            <div className="mt-3 overflow-x-auto">
              <table className="min-w-full text-left text-sm">
                <caption className="sr-only">{t("declaration.versions.title")}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-400">
                    <th scope="col" className="p-2">
                      {t("declaration.versions.number")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("declaration.versions.note")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("declaration.versions.by")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("declaration.versions.at")}
                    </th>
                    <th scope="col" className="p-2">
                      {t("declaration.versions.actions")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {versions.map((v) => (
                    <tr key={v.number} className="border-b border-slate-200 align-top">
                      <th scope="row" className="p-2 font-semibold">
                        {v.number} {v.number === declaration.currentVersion ? <Badge tone="blue">{t("declaration.versions.current")}</Badge> : null}
                      </th>
                      <td className="p-2">
                        {v.changeNote}
                        {v.restoredFromNumber ? (
                          <span className="block text-slate-700">{t("declaration.versions.restoredFrom", { number: v.restoredFromNumber })}</span>
                        ) : null}
                        {v.mergedBaseNumber ? (
                          <span className="block text-slate-700">{t("declaration.versions.mergedFrom", { number: v.mergedBaseNumber })}</span>
                        ) : null}
                      </td>
                      <td className="p-2">{v.createdByName ?? t("declaration.versions.unknownAuthor")}</td>
                      <td className="p-2">
                        <time dateTime={v.createdAt.toISOString()}>{formatDateTime(locale, v.createdAt)}</time>
                      </td>
                      <td className="flex flex-wrap items-center gap-3 p-2">
                        <Link href={`${base}/versions/${v.number}${dq}`} aria-label={t("declaration.versions.viewNamed", { number: v.number })}>
                          {t("declaration.versions.view")}
                        </Link>
                        {canRestore && v.number !== declaration.currentVersion ? (
                          <RestoreButton
                            citySlug={ctx.city.slug}
                            declarationId={declaration.id}
                            number={v.number}
                            current={declaration.currentVersion}
                            messages={dictionary(locale).declaration}
                            textLang={declaration.locale}
                          />
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </div>
      )}
    </PageShell>
  );
}

export default withNotFound(VersionsPage, WorkspaceNotFoundView);
