import { fill } from "@/lib/kernel/i18n/fill";
import type { TimelineEntry } from "@/lib/features/commitments/list-updates";
import type { Dictionary } from "@/lib/features/dictionary";
import { formatDateTime } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { CommitmentOptions } from "@/lib/features/commitments/commitment-options";
import { describeHistoryValue, historyFieldLabel } from "./history-values";

/** The commitment's history, newest first: who, when, every field that changed (old → new), and the note. */
export function Timeline({
  entries,
  total,
  messages,
  statusLabels,
  options,
  locale,
}: {
  entries: TimelineEntry[];
  total: number;
  messages: Dictionary["commitments"];
  statusLabels: Dictionary["framework"]["status"];
  /** Labels of members, departments, rights and groups. */
  options: CommitmentOptions;
  locale: Locale;
}) {
  const t = messages.timeline;
  const author = (e: TimelineEntry) =>
    e.author.kind === "member" ? e.author.name : e.author.kind === "former" ? messages.labels.formerMember : t.unknownAuthor;
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        {t.heading}
      </h2>
      <p className="text-sm text-slate-800">{t.intro}</p>
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-slate-50 p-4 text-slate-800">{t.empty}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
          {entries.map((e) => (
            <li key={e.id} className="rounded-md border border-slate-300 bg-white p-3">
              <p className="text-sm text-slate-800">
                <time dateTime={e.at.toISOString()} className="font-semibold text-slate-900">
                  {formatDateTime(locale, e.at)}
                </time>{" "}
                {fill(t.by, { name: author(e) })}
                {e.source === "import" ? <span> · {t.viaImport}</span> : null}
                {e.source === "actions" ? <span> · {t.viaActions}</span> : null}
              </p>
              <ul className="mt-1 list-disc pl-5">
                {e.status ? <li>{fill(t.status, { from: statusLabels[e.status.from], to: statusLabels[e.status.to] })}</li> : null}
                {e.progress ? <li>{fill(t.progress, { from: e.progress.from, to: e.progress.to })}</li> : null}
                {e.maturity ? <li>{fill(t.maturity, { from: messages.maturity[e.maturity.from], to: messages.maturity[e.maturity.to] })}</li> : null}
                {e.fields.map((c) => {
                  const field = historyFieldLabel(c.field, messages);
                  const from = describeHistoryValue(c, "from", options, messages, locale);
                  const to = describeHistoryValue(c, "to", options, messages, locale);
                  // A text of thousands of characters twice would bury the rest: both sides on request.
                  return c.field === "text" ? (
                    <li key={c.field}>
                      {fill(t.textChanged, { field })}
                      <details className="mt-1">
                        <summary className="cursor-pointer text-sm">{t.showText}</summary>
                        <dl className="mt-1 space-y-1 text-sm">
                          <dt className="font-semibold">{t.textBefore}</dt>
                          <dd className="whitespace-pre-wrap">{from}</dd>
                          <dt className="font-semibold">{t.textAfter}</dt>
                          <dd className="whitespace-pre-wrap">{to}</dd>
                        </dl>
                      </details>
                    </li>
                  ) : (
                    <li key={c.field}>{fill(t.field, { field, from, to })}</li>
                  );
                })}
              </ul>
              <p className="mt-1 whitespace-pre-wrap">
                <span className="font-semibold">{t.note}</span> {e.note || t.noNote}
              </p>
            </li>
          ))}
        </ol>
      )}
      {total > entries.length ? <p className="text-sm text-slate-800">{fill(t.truncated, { shown: entries.length, total })}</p> : null}
    </section>
  );
}
