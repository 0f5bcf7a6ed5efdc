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
// The path to the target: green 700 (5.0:1 on white), long dashes, no dots.
const PATH_COLOUR = "#15803d";

/**
 * Measured values per period as lines; where the indicator has a baseline and a target, the path
 * between them as a dashed line (data key `path`) and the target as a labelled horizontal line.
 * The value axis starts at zero (or below, for negative values) so a small change does not look
 * like a large one. Drawn on the client; the page renders the same figures as a table next to it.
 */
export function IndicatorChart({
  title,
  desc,
  data,
  series,
  path,
  target,
  unit,
  connectGaps = false,
}: {
  title: string;
  desc: string;
  data: Record<string, string | number | null>[];
  series: ChartSeries[];
  /** The name of the path's line in the legend; absent: no path. */
  path?: string | null;
  target?: { value: number; label: string } | null;
  unit: string;
  /** Draw the line across periods without a value (the rows fill every period between the measured ones). */
  connectGaps?: boolean;
}) {
  const lines = path ? series.length + 1 : series.length;
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
      <XAxis dataKey="label" tick={{ fill: "#0f172a", fontSize: 12 }} minTickGap={8} />
      <YAxis
        type="number"
        domain={[(min: number) => Math.min(0, min), "auto"]}
        tick={{ fill: "#0f172a", fontSize: 12 }}
        width={56}
        tickFormatter={(v) => `${v}${unit === "%" ? "%" : ""}`}
      />
      <Tooltip />
      {lines > 1 ? <Legend /> : null}
      {target ? (
        <ReferenceLine
          y={target.value}
          stroke={PATH_COLOUR}
          strokeDasharray="2 4"
          ifOverflow="extendDomain"
          label={{ value: target.label, position: "insideTopLeft", fill: "#14532d", fontSize: 12 }}
        />
      ) : null}
      {path ? (
        <Line
          type="linear"
          dataKey="path"
          name={path}
          stroke={PATH_COLOUR}
          strokeDasharray="10 5"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
          connectNulls={false}
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
          connectNulls={connectGaps}
        />
      ))}
    </LineChart>
  );
}
