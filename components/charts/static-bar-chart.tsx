import type { BarDatum } from "./bar-chart";

export interface StaticBarChartProps {
  /** The chart's name for screen readers; the visible heading is the page's. */
  title: string;
  /** A sentence on what the chart shows; the page also has a table with the data. */
  desc: string;
  data: BarDatum[];
  /** Upper end of the scale (e.g. 100 for percentages). */
  max: number;
  /** Shows a value as the bar's label, e.g. "42%". */
  formatValue: (value: number) => string;
}

// Blue 700 on the slate-100 track: 6.1:1, above the 3:1 that graphics need (WCAG 1.4.11).
const DEFAULT_COLOUR = "#1d4ed8";

/**
 * Horizontal bars in HTML and CSS, rendered on the server: no chart library reaches the browser,
 * the text stays real text at any zoom, and the bars reflow at 320 px. For public pages, where
 * every kilobyte of JavaScript costs residents on slow phones; the workspace uses the recharts
 * charts. The figures are repeated in a table next to it, so the chart itself is one image to
 * assistive technology.
 */
export function StaticBarChart({ title, desc, data, max, formatValue }: StaticBarChartProps) {
  return (
    <div role="img" aria-label={`${title}. ${desc}`} className="space-y-3">
      {data.map((d) => {
        const width = max > 0 ? Math.max(0, Math.min(100, (d.value / max) * 100)) : 0;
        return (
          <div key={d.label} className="grid grid-cols-[minmax(6rem,10rem)_1fr] items-center gap-3 text-sm">
            <span className="font-medium text-slate-900">{d.label}</span>
            <span className="flex items-center gap-2">
              <span className="h-5 flex-1 overflow-hidden rounded bg-slate-100 ring-1 ring-inset ring-slate-300">
                <span className="block h-full rounded" style={{ width: `${width}%`, backgroundColor: d.color ?? DEFAULT_COLOUR }} />
              </span>
              <span className="w-12 text-right tabular-nums text-slate-900">{formatValue(d.value)}</span>
            </span>
          </div>
        );
      })}
    </div>
  );
}
