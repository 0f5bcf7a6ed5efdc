import { fill } from "@/lib/kernel/i18n/fill";
import type { TimelineEntry } from "@/lib/features/commitments/list-updates";
import type { Dictionary } from "@/lib/features/dictionary";
import { formatDateTime } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";

/** The commitment's history, newest first: who, when, from → to, and the note. */
export function Timeline({
  entries,
  total,
  messages,
  statusLabels,
  locale,
}: {
  entries: TimelineEntry[];
  total: number;
  messages: Dictionary["commitments"];
  statusLabels: Dictionary["framework"]["status"];
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
