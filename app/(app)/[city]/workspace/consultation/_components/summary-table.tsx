import type { SummaryGroup } from "@/lib/features/declaration/consultation-view";
import type { Dictionary } from "@/lib/features/dictionary";
import { OutcomeBadge } from "@/components/comments/outcome-badge";

/** The summary's groups as tables: one row per comment with its outcome and reason. */
export function SummaryTables({ groups, m, showNames }: { groups: SummaryGroup[]; m: Dictionary["consultation"]; showNames: boolean }) {
  const title = (g: SummaryGroup) => (g.key === "whole" ? m.summary.whole : g.key === "orphaned" ? m.summary.orphaned : g.label || m.summary.preamble);
  return (
    <div className="space-y-8">
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`summary-${g.key || "preamble"}`}>
          <h2 id={`summary-${g.key || "preamble"}`} className="text-xl font-semibold">
            {title(g)}
          </h2>
          <table className="mt-3 w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="py-2 pr-3">
                  {m.summary.comment}
                </th>
                {showNames ? (
                  <th scope="col" className="py-2 pr-3">
                    {m.summary.author}
                  </th>
                ) : null}
                <th scope="col" className="py-2 pr-3">
                  {m.summary.outcome}
                </th>
                <th scope="col" className="py-2">
                  {m.summary.reason}
                </th>
              </tr>
            </thead>
            <tbody>
              {g.threads.map((t) => (
                <tr key={t.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3">
                    {t.quote ? <blockquote className="mb-1 border-l-4 border-yellow-500 pl-2 text-slate-800">{t.quote}</blockquote> : null}
                    <p className="whitespace-pre-wrap">
                      {t.state === "visible" ? t.body : t.state === "hidden" ? `${m.thread.hidden} ${t.body}` : m.thread.deleted}
                    </p>
                  </td>
                  {showNames ? <td className="py-2 pr-3">{t.authorName || m.thread.formerMember}</td> : null}
                  <td className="py-2 pr-3">
                    <OutcomeBadge outcome={t.outcome} m={m} />
                  </td>
                  <td className="whitespace-pre-wrap py-2">{t.outcomeReason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
