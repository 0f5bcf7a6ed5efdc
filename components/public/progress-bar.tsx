/**
 * A progress figure: the text says it ("40%"); the bar next to it only draws it, so it is hidden
 * from screen readers. Its fill is dark enough for 3:1 against the track (WCAG 1.4.11).
 */
export function ProgressFigure({ value, text }: { value: number; text: string }) {
  const width = Math.max(0, Math.min(100, value));
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      <span aria-hidden="true" className="inline-block h-2 w-16 overflow-hidden sm:w-24 rounded-full bg-slate-200 ring-1 ring-inset ring-slate-400">
        <span className="block h-full bg-slate-800" style={{ width: `${width}%` }} />
      </span>
      <span className="tabular-nums">{text}</span>
    </span>
  );
}
