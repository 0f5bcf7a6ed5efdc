import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";

export interface PreviewRow {
  line: number;
  /** What the row is about (a commitment, an indicator, an action), or why it is not known. */
  subject: ReactNode;
  changes: { field: string; label: string; from: string; to: string }[];
  problems: ReactNode[];
  /** The note the change will be saved with, when there is one to show. */
  note?: ReactNode;
  outcome: { tone: BadgeTone; label: string };
}

/**
 * The rows of an upload's preview, for every kind of CSV import: line, subject, each change as
 * field: old → new (read as "to" by screen readers), the row's problems, and its outcome.
 */
export function ImportPreviewTable({
  caption,
  headings,
  to,
  rows,
}: {
  caption: string;
  headings: { line: string; subject: string; changes: string; result: string };
  /** The word screen readers hear for the arrow. */
  to: string;
  rows: PreviewRow[];
}) {
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-4">
              {headings.line}
            </th>
            <th scope="col" className="py-2 pr-4">
              {headings.subject}
            </th>
            <th scope="col" className="py-2 pr-4">
              {headings.changes}
            </th>
            <th scope="col" className="py-2">
              {headings.result}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                {row.line}
              </th>
              <td className="py-2 pr-4">{row.subject}</td>
              <td className="py-2 pr-4">
                {row.changes.length > 0 ? (
                  <ul className="space-y-1">
                    {row.changes.map((c) => (
                      <li key={c.field}>
                        <span className="font-semibold">{c.label}:</span> {c.from} <span aria-hidden="true">→</span>
                        <span className="sr-only">{to}</span> {c.to}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {row.problems.length > 0 ? (
                  <ul className="mt-1 list-disc space-y-1 pl-5 text-red-900">
                    {row.problems.map((p, i) => (
                      <li key={i}>{p}</li>
                    ))}
                  </ul>
                ) : null}
                {row.note ? <p className="mt-1 text-sm text-slate-800">{row.note}</p> : null}
              </td>
              <td className="py-2">
                <Badge tone={row.outcome.tone}>{row.outcome.label}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
