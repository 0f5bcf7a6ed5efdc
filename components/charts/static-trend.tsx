/**
 * A line chart drawn on the server as plain SVG, for paper: no script, so it prints exactly as
 * laid out, at any width (viewBox). The y-axis always runs from 0% to 100%; the figures are in the
 * trend table of the detailed part, so the chart is one image to assistive technology.
 */
export function StaticTrend({
  title,
  desc,
  points,
  firstLabel,
  lastLabel,
}: {
  title: string;
  desc: string;
  points: (number | null)[];
  firstLabel: string;
  lastLabel: string;
}) {
  const W = 600;
  const H = 160;
  const left = 40;
  const right = 10;
  const top = 10;
  const bottom = 24;
  const x = (i: number) => left + (points.length > 1 ? (i / (points.length - 1)) * (W - left - right) : 0);
  const y = (v: number) => top + (1 - v / 100) * (H - top - bottom);
  // A gap in the record (no commitments yet) breaks the line rather than drawing it through zero.
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((v, i) => {
    if (v === null) {
      if (current.length) segments.push(current.join(" "));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(" "));

  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${desc}`} className="h-auto w-full">
      {[0, 50, 100].map((v) => (
        <g key={v}>
          <line x1={left} x2={W - right} y1={y(v)} y2={y(v)} stroke="#94a3b8" strokeWidth={v === 0 ? 1.5 : 0.75} />
          <text x={left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#334155">
            {v}%
          </text>
        </g>
      ))}
      {segments.map((s) => (
        <polyline key={s} points={s} fill="none" stroke="#1d4ed8" strokeWidth="2.5" />
      ))}
      {points.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={i === points.length - 1 ? 4 : 2.5} fill="#1d4ed8" />))}
      <text x={left} y={H - 6} fontSize="11" fill="#334155">
        {firstLabel}
      </text>
      <text x={W - right} y={H - 6} textAnchor="end" fontSize="11" fill="#334155">
        {lastLabel}
      </text>
    </svg>
  );
}
