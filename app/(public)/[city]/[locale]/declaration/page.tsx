import { BuiltHtml } from "@/components/ui/built-html";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { renderDocumentHtml } from "@/lib/features/declaration/render-document";
import type { DeclarationDoc } from "@/lib/features/declaration/document-schema";
import { translator } from "@/lib/features/dictionary";
import { formatDay, formatNumber, formatPercent } from "@/lib/kernel/i18n/format";
import type { PublicDeclaration } from "@/lib/features/publication/site/types";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { publicPath } from "@/components/public/sections";
import { publicMetadata } from "../_lib/metadata";
import { loadPublicPage } from "@/lib/features/publication/site/load-public-page";
import { SuspendedNotice } from "../suspended-notice";
import { PublicNotFoundView } from "../not-found-view";

export const revalidate = 3600;

type Props = { params: Promise<{ city: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") return {};
  const t = translator(page.locale);
  return publicMetadata(page, {
    path: "/declaration",
    title: t("publicSite.notYet.declaration.title"),
    description: t("publicSite.notYet.declaration.metaDescription", { name: page.city.name }),
  });
}

function Summary({ d, locale }: { d: PublicDeclaration; locale: Locale }) {
  const s = d.summary!;
  const t = translator(locale);
  // The consultation was held on the declaration's text, in its language: the comments and the
  // city's answers carry it where the page is in another (WCAG 3.1.2).
  const textLang = d.locale !== locale ? d.locale : undefined;
  const groupTitle = (g: (typeof s.groups)[number]) =>
    g.kind === "whole"
      ? t("consultation.summary.whole")
      : g.kind === "orphaned"
        ? t("consultation.summary.orphaned")
        : g.label || t("consultation.summary.preamble");
  const stats: [string, string][] = [
    [t("consultation.stats.comments"), formatNumber(locale, s.stats.comments)],
    [t("consultation.stats.commenters"), formatNumber(locale, s.stats.commenters)],
    [t("consultation.stats.answered"), formatNumber(locale, s.stats.answered)],
    [t("consultation.stats.acceptedOrPartly"), s.stats.acceptedOrPartlyShare === null ? "—" : formatPercent(locale, s.stats.acceptedOrPartlyShare)],
  ];
  return (
    <section aria-labelledby="consultation-summary" className="space-y-6">
      <h2 id="consultation-summary" className="text-2xl font-semibold text-slate-900">
        {t("consultation.public.summaryHeading")}
      </h2>
      <p className="max-w-prose text-slate-800">{t("consultation.public.summaryIntro")}</p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map(([k, v]) => (
          <div key={k} className="rounded-md border border-slate-300 p-3">
            <dt className="text-sm text-slate-700">{k}</dt>
            <dd className="text-xl font-semibold text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
      {s.groups.map((g, i) => (
        <section key={i} aria-labelledby={`summary-group-${i}`} className="space-y-3">
          <h3 id={`summary-group-${i}`} className="text-xl font-semibold text-slate-900">
            {groupTitle(g)}
          </h3>
          <ul className="space-y-3">
            {g.comments.map((c, j) => (
              <li key={j} className="space-y-2 rounded-md border border-slate-300 p-4">
                {c.quote ? (
                  <blockquote lang={d.locale} className="border-l-4 border-slate-400 pl-3 text-slate-800">
                    {c.quote}
                  </blockquote>
                ) : null}
                <p lang={textLang} className="whitespace-pre-wrap text-slate-900">
                  {c.body}
                </p>
                <p className="text-sm text-slate-700">{t("consultation.public.by", { name: c.author ?? t("consultation.public.anonymous") })}</p>
                <p className="font-semibold text-slate-900">
                  {t("consultation.thread.outcome")}: {c.outcome ? t(`consultation.outcome.${c.outcome}`) : t("consultation.outcome.none")}
                </p>
                {c.reason ? (
                  <p lang={textLang} className="whitespace-pre-wrap text-slate-900">
                    {c.reason}
                  </p>
                ) : null}
                {c.replies.length ? (
                  <ul className="space-y-2 border-l-2 border-slate-300 pl-4">
                    {c.replies.map((r, k) => (
                      <li key={k}>
                        <p lang={textLang} className="whitespace-pre-wrap text-slate-900">
                          {r.body}
                        </p>
                        <p className="text-sm text-slate-700">{t("consultation.public.by", { name: r.author ?? t("consultation.public.anonymous") })}</p>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** The PDF and Word files stored when the declaration was published (in its own language). */
function Downloads({ slug, d, locale }: { slug: string; d: PublicDeclaration; locale: Locale }) {
  const t = translator(locale);
  const link = "underline-offset-4 hover:text-blue-950";
  const language = t(`documents.declaration.languages.${d.locale}`);
  return (
    <section aria-labelledby="declaration-downloads" className="space-y-2">
      <h2 id="declaration-downloads" className="text-2xl font-semibold text-slate-900">
        {t("documents.declaration.downloads")}
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <a className={link} href={publicPath(slug, locale, "/declaration/pdf")} hrefLang={d.locale}>
            {t("documents.declaration.pdf")}
          </a>
        </li>
        <li>
          <a className={link} href={publicPath(slug, locale, "/declaration/docx")} hrefLang={d.locale}>
            {t("documents.declaration.docx")}
          </a>
        </li>
      </ul>
      {d.locale !== locale ? <p className="text-slate-800">{t("documents.declaration.language", { language })}</p> : null}
    </section>
  );
}

/** The published declaration, rendered from its sanitized JSON by the one renderer, with its adoption and, if published, the consultation summary. */
async function PublicDeclarationPage({ params }: Props) {
  const page = await loadPublicPage(params);
  if (page.kind === "not_found") notFound();
  if (page.kind === "suspended") return <SuspendedNotice locale={page.locale} />;
  const { city, locale, snapshot } = page;
  const t = translator(locale);
  const d = snapshot?.declaration ?? null;

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-4xl font-bold text-slate-900">{t("publicSite.notYet.declaration.title")}</h1>
        {d ? (
          <p className="max-w-prose text-lg text-slate-800">{t("consultation.public.intro", { name: city.name })}</p>
        ) : (
          <p className="max-w-prose rounded-md border border-slate-300 bg-slate-50 p-4 text-slate-900">
            {t("consultation.public.notPublished", { name: city.name })}
          </p>
        )}
      </div>
      {d ? (
        <>
          <article aria-labelledby="declaration-title" lang={d.locale} className="declaration-text max-w-prose space-y-3">
            <h2 id="declaration-title" className="text-3xl font-semibold text-slate-900">
              {d.title}
            </h2>
            <BuiltHtml html={renderDocumentHtml(d.content as DeclarationDoc, { locale: d.locale, headingOffset: 1 })} />
          </article>
          {d.adoptedOn || d.councilResolutionRef || d.vote ? (
            <ul className="max-w-prose space-y-1 text-slate-800">
              {d.adoptedOn ? <li>{t("consultation.public.adopted", { date: formatDay(locale, d.adoptedOn, "long") })}</li> : null}
              {d.councilResolutionRef ? <li>{t("consultation.public.resolution", { ref: d.councilResolutionRef })}</li> : null}
              {d.vote ? (
                <li>
                  {t("consultation.public.vote", {
                    for: formatNumber(locale, d.vote.for ?? 0),
                    against: formatNumber(locale, d.vote.against ?? 0),
                    abstain: formatNumber(locale, d.vote.abstain ?? 0),
                  })}
                </li>
              ) : null}
            </ul>
          ) : null}
          <Downloads slug={city.slug} d={d} locale={locale} />
          {d.summary ? <Summary d={d} locale={locale} /> : null}
        </>
      ) : null}
    </div>
  );
}

export default withNotFound(PublicDeclarationPage, PublicNotFoundView);
