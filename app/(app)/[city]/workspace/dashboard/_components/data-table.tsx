import type { ReactNode } from "react";

/** A data table with a visible caption: the alternative to a chart, and what the printout shows. */
export function DataTable({ caption, head, children, foot }: { caption: string; head: ReactNode[]; children: ReactNode; foot?: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold text-slate-900">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {head.map((h, i) => (
              <th key={i} scope="col" className="py-2 pr-4 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {foot ? <tfoot className="border-t-2 border-slate-400 font-semibold">{foot}</tfoot> : null}
      </table>
    </div>
  );
}

export const cell = "py-2 pr-4 align-top";
export const numCell = "py-2 pr-4 align-top tabular-nums";
export const rowClass = "border-b border-slate-200";

/** A dashboard section: heading, one-sentence summary, then the chart and its table side by side. */
export function Section({
  id,
  heading,
  summary,
  chart,
  children,
}: {
  id: string;
  heading: string;
  summary: ReactNode;
  chart?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-12 break-inside-avoid print:mt-8">
      <h2 id={id} className="text-2xl font-semibold text-slate-900">
        {heading}
      </h2>
      <p className="mt-2 max-w-3xl text-slate-800">{summary}</p>
      <div className={`mt-4 grid items-start gap-6 ${chart ? "lg:grid-cols-2" : ""}`}>
        {chart ? <div className="min-w-0 rounded-lg border border-slate-300 bg-white p-3 print:hidden">{chart}</div> : null}
        <div className="min-w-0">{children}</div>
      </div>
    </section>
  );
}
