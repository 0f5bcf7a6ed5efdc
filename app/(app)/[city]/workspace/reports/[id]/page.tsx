import { builtHtml } from "@/lib/kernel/html/built-html";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { StoredFiles } from "@/components/documents/stored-files";
import { withNotFound } from "@/components/not-found/with-not-found";
import { ReportArticle } from "@/components/reports/report-article";
import { Alert } from "@/components/ui/alert";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDate, formatDateTime } from "@/lib/kernel/i18n/format";
import { isLocale, languageName, type Locale } from "@/lib/kernel/i18n/locales";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { getReportForEditing } from "@/lib/features/reports/get-report";
import { loadReportComments, type ReportCommentView } from "@/lib/features/reports/load-report-comments";
import { mayCommentOnReport } from "@/lib/features/comments/targets/report";
import { approvalLine, reportHtml } from "@/lib/features/reports/report-html";
import { isOmitted } from "@/lib/features/reports/policy";
import { fourEyesApproval } from "@/lib/features/city-settings/four-eyes";
import { isoDate } from "@/lib/kernel/dates";
import { ApprovalForm, OmitSectionButton, ReportLanguagesForm, RequestApprovalButton } from "../_components/approval-forms";
import { undisclosedCommitments } from "@/lib/features/reports/report-disclosure";
import { missingTranslations } from "@/lib/features/reports/report-view";
import { REPORT_TOPICS, REPORT_WIDE, sectionSlots } from "@/lib/features/reports/topics";
import { NEXT_STATUSES } from "@/lib/features/reports/transition-report";
import { reportFileStates } from "@/lib/features/publication/documents/file-states";
import { cityPageContext, orNotFound } from "@/lib/kernel/tenancy/page-context";
import { WorkspaceNotFoundView } from "../../_components/not-found-view";
import { PageShell } from "../../_components/page-shell";
import { OutcomeBadge } from "@/components/comments/outcome-badge";
import { NewReportCommentForm, OutcomeForm, ReplyForm, ReportCommentModeration } from "../_components/report-comments";
import { produceReportFilesAction } from "../actions";
import {
  AddRecommendationForm,
  DeleteRecommendationButton,
  EvaluationForm,
  LifecycleForm,
  RegenerateButton,
  SectionEditor,
} from "../_components/report-editors";

type Props = { params: Promise<{ city: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("reports.title") };
}

const h2 = "text-2xl font-semibold text-slate-900";

/**
 * One comment: what it is on (`lead`), who wrote it when (unless it is a placeholder for this
 * viewer), whether it was edited, hidden or deleted, `context` (the quoted passage), then its
 * text with the moderation controls.
 */
function CommentEntry(props: {
  c: ReportCommentView;
  lead?: string;
  context?: ReactNode;
  slug: string;
  isOfficer: boolean;
  locale: Locale;
  t: ReturnType<typeof translator>;
  m: ReturnType<typeof dictionary>["reports"];
  mc: ReturnType<typeof dictionary>["consultation"];
}) {
  const { c, lead, t, m, mc } = props;
  const prefix = lead ? `${lead} · ` : "";
  if (c.state === "deleted")
    return (
      <p className="text-sm italic text-slate-700">
        {prefix}
        {m.comments.deleted}
      </p>
    );
  const placeholder = c.state === "hidden" && !props.isOfficer;
  const byline = placeholder
    ? ""
    : t("consultation.thread.by", { name: c.authorName ?? mc.thread.formerMember, date: formatDateTime(props.locale, c.createdAt) });
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">
        {prefix}
        {byline}
        {c.editedAt ? ` · ${mc.thread.edited}` : ""}
      </p>
      {c.state === "hidden" ? (
        <p className="text-sm font-semibold text-red-900">
          {c.hiddenReason ? t("reports.comments.hiddenReason", { reason: c.hiddenReason }) : m.comments.hidden}
        </p>
      ) : null}
      {props.context}
      <ReportCommentModeration
        c={{ id: c.id, version: c.version, body: c.body, state: c.state, isMine: c.isMine, canEdit: c.canEdit }}
        citySlug={props.slug}
        isOfficer={props.isOfficer}
        mc={mc}
      />
    </div>
  );
}

/** One report: its figures and text as they will be published, the writing forms, recommendations, lifecycle and downloads. */
async function ReportPage({ params }: Props) {
  const { city, id } = await params;
  const ctx = await cityPageContext(city, "report.read", `/${city}/workspace/reports/${id}`);
  const locale = await requestLocale();
  const t = translator(locale);
  const m = dictionary(locale).reports;
  const mc = dictionary(locale).consultation;
  const [data, comments] = await orNotFound(
    Promise.all([getReportForEditing(ctx.db, id), loadReportComments(ctx.db, id, { id: ctx.user.id, role: ctx.role })]),
  );
  const { report, view } = data;
  const storedFiles = report.status === "published" ? await reportFileStates(ctx.db, report) : null;
  // What publishing would reveal that the city has not made public: shown, and decided on, before publishing.
  const undisclosed = report.status === "approved" ? await undisclosedCommitments(ctx.db, view) : [];
  const canEdit = ctx.can("report.edit");
  const writable = canEdit && (report.status === "draft" || report.status === "consultation");
  const locales = report.locales.filter(isLocale);
  const previewLocale: Locale = locales.includes(locale) ? locale : (locales[0] ?? locale);
  const slug = ctx.city.slug;
  const label = (topic: string, kind: string) =>
    topic === REPORT_WIDE
      ? t(`reports.kinds.${kind}` as "reports.kinds.summary")
      : `${t(`reports.topics.${topic}` as "reports.topics.framework")}: ${t(`reports.kinds.${kind}` as "reports.kinds.summary")}`;
  const canComment = mayCommentOnReport(ctx.role, report.status);
  const sectionLabel = (s: { topic: string; kind: string; locale: string }) => `${label(s.topic, s.kind)} (${languageName(s.locale, locale)})`;
  const commentable = data.sections.filter((s) => s.content !== "").map((s) => ({ id: s.id, label: sectionLabel(s) }));
  const stats = [
    [mc.stats.comments, comments.stats.comments],
    [mc.stats.replies, comments.stats.replies],
    [mc.stats.commenters, comments.stats.commenters],
    [mc.stats.answered, comments.stats.answered],
  ] as const;
  const entry = { slug, isOfficer: canEdit, locale, t, m, mc };
  // Approval: what is still missing, who asked, and whether this person may record the decision.
  const fourEyes = await fourEyesApproval(ctx.city.id);
  const beingWritten = report.status === "draft" || report.status === "consultation";
  const complete = data.missing.length === 0;
  const submittedByMe = report.submittedBy === ctx.user.id;
  const mayRecord = canEdit && beingWritten && complete && (!fourEyes || (report.submittedBy !== null && !submittedByMe));
  const approval = approvalLine(t, locale, view);
  const topics = [...REPORT_TOPICS, REPORT_WIDE].map((key) => ({ key, label: t(`reports.topics.${key}` as "reports.topics.report") }));

  return (
    <PageShell wide title={t("reports.doc.title", { year: report.year })} intro={<p>{t(`reports.status.${report.status}`)}</p>}>
      <p className="mb-6">
        <Link href={`/${slug}/workspace/reports`} className="text-blue-800 underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-blue-700">
          {m.page.back}
        </Link>
      </p>
      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-10">
          <section aria-labelledby="report-preview" className="space-y-3">
            <h2 id="report-preview" className={h2}>
              {m.page.preview} ({languageName(previewLocale, locale)})
            </h2>
            {report.generatedAt && (
              <p>
                {t(view.generated?.interim ? "reports.page.generatedAtInterim" : "reports.page.generatedAt", {
                  date: formatDateTime(locale, report.generatedAt),
                  year: report.year,
                })}
              </p>
            )}
            {canEdit && report.status === "draft" ? (
              <RegenerateButton citySlug={slug} id={report.id} version={report.version} year={report.year} messages={m} />
            ) : (
              <p>{m.page.frozen}</p>
            )}
            <div className="rounded border border-slate-300 p-4">
              {/* The preview's headings start one level lower: the page has its own h1. */}
              <ReportArticle
                html={builtHtml(
                  reportHtml(view, { locale: previewLocale, cityName: ctx.city.name }).replace(
                    /<(\/?)h([1-5])\b/g,
                    (_s, close: string, n: string) => `<${close}h${Number(n) + 1}`,
                  ),
                )}
              />
            </div>
          </section>

          <section aria-labelledby="report-write" className="space-y-4">
            <h2 id="report-write" className={h2}>
              {m.page.writeHeading}
            </h2>
            <p className="max-w-prose">{m.page.writeIntro}</p>
            {locales.map((l) => {
              const missing = missingTranslations(view, l);
              return (
                <div key={l} className="space-y-1">
                  <h3 className="text-lg font-semibold">{t("reports.page.missingTranslations", { language: languageName(l, locale) })}</h3>
                  {missing.length ? (
                    <ul className="list-disc pl-6 text-amber-900">
                      {missing.map((s) => (
                        <li key={`${s.topic}/${s.kind}`}>{label(s.topic, s.kind)}</li>
                      ))}
                    </ul>
                  ) : (
                    <p>{m.page.noMissing}</p>
                  )}
                </div>
              );
            })}
            {writable ? (
              <ReportLanguagesForm
                citySlug={slug}
                id={report.id}
                version={report.version}
                cityLocales={ctx.city.locales.map((code) => ({ code, name: languageName(code, code) }))}
                locales={report.locales}
                messages={m}
              />
            ) : null}
            {!writable ? (
              <Alert tone="info">{m.page.readOnly}</Alert>
            ) : (
              locales.map((l) => (
                <details key={l} className="rounded border border-slate-300 p-3" open={l === previewLocale}>
                  <summary className="cursor-pointer text-lg font-semibold">
                    {m.page.language}: {languageName(l, locale)}
                  </summary>
                  <div className="mt-4 space-y-6">
                    {sectionSlots().map((s) => {
                      const stored = data.sections.find((x) => x.topic === s.topic && x.kind === s.kind && x.locale === l);
                      const omit = (omitted: boolean) => (
                        <OmitSectionButton
                          citySlug={slug}
                          id={report.id}
                          version={report.version}
                          topic={s.topic}
                          kind={s.kind}
                          label={label(s.topic, s.kind)}
                          omitted={omitted}
                          messages={m}
                        />
                      );
                      if (isOmitted(report.omittedSections, s.topic, s.kind)) return <div key={`${s.topic}-${s.kind}`}>{omit(true)}</div>;
                      return (
                        <div key={`${s.topic}-${s.kind}`} className="space-y-2">
                          <SectionEditor
                            citySlug={slug}
                            reportId={report.id}
                            topic={s.topic}
                            kind={s.kind}
                            locale={l}
                            label={label(s.topic, s.kind)}
                            content={stored?.content ?? ""}
                            version={stored?.version ?? 0}
                            messages={m}
                          />
                          {omit(false)}
                        </div>
                      );
                    })}
                  </div>
                </details>
              ))
            )}
          </section>

          <section aria-labelledby="report-recs" className="space-y-4">
            <h2 id="report-recs" className={h2}>
              {m.page.recommendationsHeading}
            </h2>
            {data.recommendations.length === 0 ? (
              <p>{m.doc.noRecommendations}</p>
            ) : (
              <ol className="list-decimal space-y-2 pl-6">
                {data.recommendations.map((r) => (
                  <li key={r.id}>
                    {r.text}{" "}
                    <span className="text-slate-700">
                      ({t(`reports.topics.${r.topic}` as "reports.topics.report")}; {r.department?.name ?? m.doc.noAddressee})
                    </span>{" "}
                    {writable && <DeleteRecommendationButton citySlug={slug} id={r.id} version={r.version} text={r.text} messages={m} />}
                  </li>
                ))}
              </ol>
            )}
            {writable && <AddRecommendationForm citySlug={slug} reportId={report.id} topics={topics} departments={data.departments} messages={m} />}

            <h3 className="text-xl font-semibold">{m.page.evaluateHeading}</h3>
            <p>{m.page.evaluateIntro}</p>
            {data.earlier.length === 0 ? (
              <p>{m.page.noEarlier}</p>
            ) : (
              <ul className="space-y-4">
                {data.earlier.map((r) => (
                  <li key={r.id} className="rounded border border-slate-300 p-3">
                    <p className="font-semibold">{r.text}</p>
                    <p className="text-slate-700">
                      {m.doc.madeIn} {r.yearMade}; {m.doc.addressee}: {r.department ?? m.doc.noAddressee}
                    </p>
                    {r.history.length > 0 && (
                      <p>
                        {m.doc.history}: {r.history.map((h) => `${h.year}: ${m.outcomes[h.outcome]}${h.note ? ` (${h.note})` : ""}`).join("; ")}
                      </p>
                    )}
                    {writable ? (
                      <EvaluationForm
                        citySlug={slug}
                        reportId={report.id}
                        recommendationId={r.id}
                        outcome={r.current?.outcome ?? ""}
                        note={r.current?.note ?? ""}
                        version={r.current?.version ?? 0}
                        outcomes={m.outcomes}
                        messages={m}
                      />
                    ) : (
                      <p>{r.current ? `${m.outcomes[r.current.outcome]}${r.current.note ? `: ${r.current.note}` : ""}` : m.page.notEvaluated}</p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="report-comments-heading" id="report-comments" className="space-y-4">
            <h2 id="report-comments-heading" className={h2}>
              {m.comments.heading}
            </h2>
            <p className="max-w-prose">{m.comments.intro}</p>
            <dl className="flex flex-wrap gap-6" aria-label={mc.stats.heading}>
              {stats.map(([term, value]) => (
                <div key={term}>
                  <dt className="text-sm text-slate-700">{term}</dt>
                  <dd className="text-xl font-semibold">{value}</dd>
                </div>
              ))}
            </dl>
            {comments.threads.length === 0 ? <p>{m.comments.empty}</p> : null}
            <ol className="space-y-4">
              {comments.threads.map((c) => (
                <li key={c.id} id={`comment-${c.id}`} className="space-y-2 rounded border border-slate-300 p-3">
                  <CommentEntry
                    {...entry}
                    c={c}
                    lead={c.section ? sectionLabel(c.section) : m.comments.wholeReport}
                    context={
                      c.quote ? (
                        <blockquote className="border-l-4 border-slate-400 pl-3 italic">
                          {c.quote}
                          {!c.quoteFound ? <span className="mt-1 block text-sm not-italic text-amber-900">{m.comments.quoteGone}</span> : null}
                        </blockquote>
                      ) : null
                    }
                  />
                  <div className="space-y-1">
                    <OutcomeBadge outcome={c.outcome} m={mc} />
                    {c.outcome ? (
                      <p>
                        {c.outcomeReason}
                        {c.outcomeAt ? (
                          <span className="block text-sm text-slate-700">
                            {t("reports.comments.answeredBy", { name: c.outcomeByName ?? mc.thread.formerMember, date: formatDateTime(locale, c.outcomeAt) })}
                          </span>
                        ) : null}
                      </p>
                    ) : null}
                  </div>
                  {c.replies.length ? (
                    <ul className="space-y-2 border-l-2 border-slate-200 pl-4">
                      {c.replies.map((r) => (
                        <li key={r.id} id={`comment-${r.id}`}>
                          <CommentEntry {...entry} c={r} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {canComment && c.state !== "deleted" ? <ReplyForm m={m} mc={mc} citySlug={slug} reportId={report.id} parentId={c.id} /> : null}
                  {canEdit && report.status !== "published" && c.state !== "deleted" ? (
                    <OutcomeForm m={m} mc={mc} citySlug={slug} id={c.id} version={c.version} outcome={c.outcome} reason={c.outcomeReason} />
                  ) : null}
                </li>
              ))}
            </ol>
            {canComment ? (
              <NewReportCommentForm m={m} mc={mc} citySlug={slug} reportId={report.id} sections={commentable} />
            ) : (
              <Alert tone="info">{m.comments.closed}</Alert>
            )}
          </section>
        </div>

        <aside className="space-y-8" aria-label={m.page.lifecycleHeading}>
          <section aria-labelledby="report-lifecycle" className="space-y-3">
            <h2 id="report-lifecycle" className={h2}>
              {m.page.lifecycleHeading}
            </h2>
            <p>{t(`reports.status.${report.status}`)}</p>
            {undisclosed.length > 0 && (
              <Alert tone="warning" title={m.page.disclosure.heading}>
                <p>{t("reports.page.disclosure.approved", { count: undisclosed.length })}</p>
                <ul className="mt-1 list-disc pl-6">
                  {undisclosed.map((u) => (
                    <li key={u.key}>{u.label}</li>
                  ))}
                </ul>
              </Alert>
            )}
            {beingWritten && (
              <section aria-labelledby="approval-check" className="space-y-2 rounded border border-slate-300 p-3">
                <h3 id="approval-check" className="text-lg font-semibold">
                  {m.page.approval.checklistHeading}
                </h3>
                {complete ? (
                  <p>{m.page.approval.complete}</p>
                ) : (
                  <>
                    <p>{m.page.approval.missingIntro}</p>
                    <ul className="list-disc pl-6 text-amber-900">
                      {data.missing.map((s) => (
                        <li key={`${s.topic}/${s.kind}/${s.locale}`}>{`${label(s.topic, s.kind)} (${languageName(s.locale, locale)})`}</li>
                      ))}
                    </ul>
                  </>
                )}
                {report.submittedAt ? (
                  <p>
                    {t("reports.page.approval.requested", {
                      name: data.submittedByName ?? mc.thread.formerMember,
                      date: formatDate(locale, report.submittedAt),
                    })}
                  </p>
                ) : null}
                {canEdit && fourEyes && submittedByMe ? <Alert tone="info">{m.page.approval.requestedByYou}</Alert> : null}
                {canEdit && fourEyes && complete && !report.submittedAt ? (
                  <>
                    <p>{m.page.approval.needsRequest}</p>
                    <RequestApprovalButton citySlug={slug} id={report.id} version={report.version} messages={m} />
                  </>
                ) : null}
              </section>
            )}
            {mayRecord ? <ApprovalForm citySlug={slug} id={report.id} version={report.version} today={isoDate(new Date())} messages={m} /> : null}
            {approval ? <p>{t("reports.page.approval.decided", { decision: approval })}</p> : null}
            {report.approvedAt && data.approvedByName ? (
              <p>{t("reports.page.approval.recordedBy", { name: data.approvedByName, date: formatDate(locale, report.approvedAt) })}</p>
            ) : null}
            {canEdit && NEXT_STATUSES[report.status].some((s) => s !== "approved") && (
              <LifecycleForm
                citySlug={slug}
                id={report.id}
                version={report.version}
                next={NEXT_STATUSES[report.status].filter((s) => s !== "approved")}
                undisclosed={undisclosed}
                messages={m}
              />
            )}
            {report.status === "published" && (
              <p>
                <a href={`/${slug}/${previewLocale}/reports/${report.year}`} className="text-blue-800 underline underline-offset-4">
                  {m.page.publicLink}
                </a>
              </p>
            )}
            <h3 className="text-lg font-semibold">{m.page.historyHeading}</h3>
            <ol className="space-y-1">
              {data.transitions.map((tr) => (
                <li key={tr.id}>
                  {formatDate(locale, tr.at)}: {t(`reports.status.${tr.toStatus}`)}
                  {tr.byName ? ` ${t("reports.page.by", { name: tr.byName })}` : ""}
                  {tr.note ? ` — ${tr.note}` : ""}
                </li>
              ))}
            </ol>
          </section>
          {storedFiles ? (
            <StoredFiles files={storedFiles} locale={locale} citySlug={slug} id={report.id} produce={canEdit ? produceReportFilesAction : null} />
          ) : null}
          <section aria-labelledby="report-downloads" className="space-y-2">
            <h2 id="report-downloads" className={h2}>
              {m.page.downloads}
            </h2>
            <ul className="space-y-1">
              {locales.map((l) => (
                <li key={l}>
                  {languageName(l, locale)}:{" "}
                  <a href={`/api/cities/${slug}/reports/${report.id}/pdf?locale=${l}`} className="text-blue-800 underline underline-offset-4">
                    {m.page.pdf}
                  </a>
                  {" · "}
                  <a href={`/api/cities/${slug}/reports/${report.id}/docx?locale=${l}`} className="text-blue-800 underline underline-offset-4">
                    {m.page.docx}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </PageShell>
  );
}

export default withNotFound(ReportPage, WorkspaceNotFoundView);
