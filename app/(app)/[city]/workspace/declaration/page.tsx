import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeclarationDocument } from "@/components/declaration/declaration-document";
import { StoredFiles } from "@/components/documents/stored-files";
import { withNotFound } from "@/components/not-found/with-not-found";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { articleLabel, textLocale } from "@/lib/features/declaration/document-text";
import { adoptionCheck } from "@/lib/features/declaration/adoption-check";
import { languageName } from "@/lib/kernel/i18n/locales";
import { amendedDeclaration, currentDeclaration, getVersion, listTransitions } from "@/lib/features/declaration/get-declaration";
import { isFrozen } from "@/lib/features/declaration/policy";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDay } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { isAppError } from "@/lib/kernel/errors";
import { declarationFileStates } from "@/lib/features/publication/documents/file-states";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../_components/page-shell";
import { produceDeclarationFilesAction } from "./actions";
import { LifecycleActions } from "./_components/lifecycle-actions";
import { LifecycleHistory } from "./_components/lifecycle-history";
import { loadDeclaration } from "@/lib/features/declaration/load-declaration";
import { StartForm } from "./_components/start-form";
import { DeclarationStatusBadge } from "./_components/status-badge";
import { WorkspaceNotFoundView } from "../_components/not-found-view";
import { isoDate } from "@/lib/kernel/dates";

type Props = { params: Promise<{ city: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("workspace.declaration.title") };
}

/**
 * The city's current declaration, or with `?d=<id>` another one it may see — the text in force
 * while an amendment of it is being drafted, say (as on the versions and compare pages).
 */
async function DeclarationPage({ params, searchParams }: Props) {
  const { city } = await params;
  const { d } = await searchParams;
  const ctx = await cityPageContext(city, "declaration.read", `/${city}/workspace/declaration`);
  const locale = await requestLocale();
  const t = translator(locale);
  const [declaration, current] = await Promise.all([
    loadDeclaration(ctx, d).catch((e: unknown) => (isAppError(e) ? notFound() : Promise.reject(e))),
    currentDeclaration(ctx.db, ctx.role),
  ]);
  // An earlier declaration is read only: its lifecycle went on in the current one.
  const mayEdit = ctx.can("declaration.edit");

  if (!declaration) {
    return (
      <PageShell title={t("workspace.declaration.title")} intro={t("declaration.page.intro")}>
        <EmptyState title={t("declaration.page.emptyTitle")}>
          <p>
            {mayEdit
              ? t("declaration.page.emptyEditor")
              : ctx.role === "advisory_member"
                ? t("declaration.page.emptyAdvisory")
                : t("declaration.page.emptyReader")}
          </p>
        </EmptyState>
        {mayEdit ? (
          <div className="mt-8 max-w-xl">
            <StartForm citySlug={ctx.city.slug} locale={locale} messages={dictionary(locale).declaration} />
          </div>
        ) : null}
      </PageShell>
    );
  }

  const isCurrent = declaration.id === current?.id;
  const canEdit = mayEdit && isCurrent;
  const [version, transitions, amended] = await Promise.all([
    getVersion(ctx.db, declaration.id, declaration.currentVersion),
    listTransitions(ctx.db, declaration.id),
    declaration.amendsId ? amendedDeclaration(ctx.db, declaration.amendsId) : null,
  ]);
  const storedFiles = declaration.status === "published" ? await declarationFileStates(ctx.db, declaration) : null;
  const docLocale = textLocale(declaration.locale);
  const frozen = isFrozen(declaration.status);
  const base = `/${ctx.city.slug}/workspace/declaration`;
  const dq = isCurrent ? "" : `?d=${declaration.id}`;
  const today = isoDate(new Date());
  // Shown before anyone records the adoption: what is not written yet, and whether this person may record it.
  const check = canEdit && declaration.status === "proposed" ? await adoptionCheck(ctx.db, declaration, { id: ctx.user.id, cityId: ctx.city.id }) : null;
  const textLanguage = languageName(docLocale, locale);
  const adoption = check
    ? {
        missing: check.missing.map(
          (p) => `${p.article === 0 ? t("declaration.lifecycle.wholeText") : articleLabel(locale, p.article, p.title)} (${textLanguage})`,
        ),
        proposedByName: check.proposedByName,
        blocked: check.blocked,
      }
    : null;

  return (
    <PageShell title={t("workspace.declaration.title")} wide>
      <h2 className="text-2xl font-semibold">{declaration.title}</h2>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <DeclarationStatusBadge status={declaration.status} label={t(`declaration.status.${declaration.status}`)} />
        <span className="text-slate-800">
          {t("declaration.page.versionLine", { number: declaration.currentVersion, language: t(`declaration.page.language.${docLocale}`) })}
        </span>
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        {canEdit && !frozen ? (
          <Link href={`${base}/edit`} className={buttonClasses("primary")}>
            {t("declaration.page.edit")}
          </Link>
        ) : null}
        <Link href={`${base}/versions${dq}`} className={buttonClasses("secondary")}>
          {t("declaration.page.versions")}
        </Link>
      </div>

      <div className="mt-6 space-y-3">
        {!isCurrent ? (
          <Alert tone="info">
            {t("declaration.page.notCurrent")} <Link href={base}>{t("declaration.page.backToCurrent")}</Link>
          </Alert>
        ) : null}
        {amended ? (
          <Alert tone="info">
            {amended.adoptedOn ? t("declaration.page.amends", { date: formatDay(locale, amended.adoptedOn) }) : t("declaration.page.amendsUndated")}{" "}
            <Link href={`${base}?d=${amended.id}`}>{t("declaration.page.readAmended")}</Link>
          </Alert>
        ) : null}
        {frozen && canEdit ? <Alert tone="info">{t("declaration.page.frozen")}</Alert> : null}
        {declaration.consultationOpensOn && declaration.consultationClosesOn ? (
          <p>
            {t("declaration.page.consultationDates", {
              opens: formatDay(locale, declaration.consultationOpensOn),
              closes: formatDay(locale, declaration.consultationClosesOn),
            })}
          </p>
        ) : null}
        {declaration.adoptedOn ? (
          <p>
            {t("declaration.page.adoptedLine", {
              date: formatDay(locale, declaration.adoptedOn),
              ref: declaration.councilResolutionRef ?? "",
              for: declaration.voteFor ?? 0,
              against: declaration.voteAgainst ?? 0,
              abstain: declaration.voteAbstain ?? 0,
            })}
          </p>
        ) : null}
        {declaration.publishedAt ? <p>{t("declaration.page.publishedLine", { date: formatDay(locale, declaration.publishedAt) })}</p> : null}
      </div>

      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-label={t("declaration.page.text")}>
          {version ? <DeclarationDocument doc={version.content} locale={docLocale} headingOffset={2} showComments /> : null}
        </section>
        <aside aria-labelledby="lifecycle-heading" className="space-y-6">
          <h2 id="lifecycle-heading" className="text-xl font-semibold">
            {t("declaration.lifecycle.title")}
          </h2>
          {canEdit ? (
            <LifecycleActions
              citySlug={ctx.city.slug}
              declarationId={declaration.id}
              version={declaration.version}
              status={declaration.status}
              canAmend={frozen && !declaration.supersededAt}
              today={today}
              adoption={adoption}
              messages={dictionary(locale).declaration}
            />
          ) : (
            <p className="text-sm text-slate-800">{t("declaration.lifecycle.readOnly")}</p>
          )}
          <section aria-labelledby="lifecycle-history-heading">
            <h3 id="lifecycle-history-heading" className="font-semibold">
              {t("declaration.lifecycle.history")}
            </h3>
            <div className="mt-2">
              <LifecycleHistory transitions={transitions} t={t} locale={locale} />
            </div>
          </section>
          {version ? (
            <section aria-labelledby="version-files-heading" className="space-y-2">
              <h3 id="version-files-heading" className="font-semibold">
                {t("declaration.files.heading")}
              </h3>
              <ul className="space-y-1">
                {(["pdf", "docx"] as const).map((format) => (
                  <li key={format}>
                    <a href={`/api/cities/${ctx.city.slug}/declaration/${declaration.id}/declaration.${format}?version=${version.number}`} hrefLang={docLocale}>
                      {t(`declaration.files.${format}`, { number: version.number })}
                    </a>
                  </li>
                ))}
              </ul>
              {frozen ? null : <p className="text-sm text-slate-800">{t("declaration.files.draftNote")}</p>}
            </section>
          ) : null}
          {storedFiles ? (
            <StoredFiles
              files={storedFiles}
              locale={locale}
              citySlug={ctx.city.slug}
              id={declaration.id}
              produce={canEdit ? produceDeclarationFilesAction : null}
              headingLevel={3}
            />
          ) : null}
        </aside>
      </div>
    </PageShell>
  );
}

export default withNotFound(DeclarationPage, WorkspaceNotFoundView);
