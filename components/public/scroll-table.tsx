import type { ReactNode } from "react";

/**
 * A data table that never makes the page scroll sideways (WCAG 1.4.10, reflow at 320 px): a wide
 * table scrolls inside its own region, which keyboard users can focus and scroll with the arrow
 * keys, and which screen readers announce with the table's caption.
 */
export function ScrollTable({ id, caption, head, children, foot }: { id: string; caption: string; head: ReactNode[]; children: ReactNode; foot?: ReactNode }) {
  return (
    <div
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      className="max-w-full overflow-x-auto rounded-md"
    >
      <table className="data-table min-w-full border-collapse text-left text-sm">
        <caption id={`${id}-caption`} className="mb-2 text-left text-base font-semibold text-slate-900">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {head.map((h, i) => (
              <th key={i} scope="col">
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

