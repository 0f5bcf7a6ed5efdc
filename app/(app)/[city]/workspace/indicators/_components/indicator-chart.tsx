"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartSeries {
  key: string;
  name: string;
}

// Distinct, dark enough for 3:1 against white; each line also gets its own dash pattern and dot
// shape so colour is never the only difference.
const COLORS = ["#1d4ed8", "#b91c1c", "#15803d", "#7c3aed", "#b45309", "#0f766e", "#be185d", "#334155"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2", "10 4", "3 6"];

/**
 * Measured values per period as lines, with the baseline and target as labelled horizontal lines.
 * Drawn on the client; the page renders the same figures as a table next to it.
 */
export function IndicatorChart({
  title,
  desc,
  data,
  series,
  baseline,
  target,
  unit,
}: {
  title: string;
  desc: string;
  data: Record<string, string | number | null>[];
  series: ChartSeries[];
  baseline?: { value: number; label: string } | null;
  target?: { value: number; label: string } | null;
  unit: string;
}) {
  return (
    <LineChart
      responsive
      style={{ width: "100%", height: 300 }}
      data={data}
      title={title}
      desc={desc}
      role="img"
      accessibilityLayer={false}
      margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
      <XAxis dataKey="label" tick={{ fill: "#0f172a", fontSize: 12 }} />
      <YAxis
        type="number"
        domain={["auto", "auto"]}
        tick={{ fill: "#0f172a", fontSize: 12 }}
        width={56}
        tickFormatter={(v) => `${v}${unit === "%" ? "%" : ""}`}
      />
      <Tooltip />
      {series.length > 1 ? <Legend /> : null}
      {baseline ? (
        <ReferenceLine
          y={baseline.value}
          stroke="#475569"
          strokeDasharray="4 4"
          label={{ value: baseline.label, position: "insideBottomLeft", fill: "#0f172a", fontSize: 12 }}
        />
      ) : null}
      {target ? (
        <ReferenceLine
          y={target.value}
          stroke="#15803d"
          strokeDasharray="8 4"
          label={{ value: target.label, position: "insideTopLeft", fill: "#14532d", fontSize: 12 }}
        />
      ) : null}
      {series.map((s, i) => (
        <Line
          key={s.key}
          type="linear"
          dataKey={s.key}
          name={s.name}
          stroke={COLORS[i % COLORS.length]}
          strokeDasharray={DASHES[i % DASHES.length]}
          strokeWidth={2}
          dot={{ r: 3, fill: COLORS[i % COLORS.length] }}
          isAnimationActive={false}
          connectNulls={false}
        />
      ))}
    </LineChart>
  );
}
