"use client";

import { CartesianGrid, Line, LineChart as RLineChart, Tooltip, XAxis, YAxis } from "recharts";

export interface LinePoint {
  label: string;
  /** Null: no value at that point (a gap in the line). */
  value: number | null;
}

export interface LineChartProps {
  /** Read by screen readers as the chart's name (svg <title>). */
  title: string;
  /** A sentence on what the chart shows (svg <desc>); the page also has a table with the data. */
  desc: string;
  data: LinePoint[];
  /** Name of the series in the tooltip. */
  seriesName: string;
  max?: number;
  unit?: string;
  height?: number;
}

/** A line over time drawn on the client; the server renders the data table next to it. */
export function LineChart({ title, desc, data, seriesName, max, unit = "", height = 280 }: LineChartProps) {
  const format = (v: number) => `${v}${unit}`;
  return (
    <RLineChart
      responsive
      style={{ width: "100%", height }}
      data={data}
      title={title}
      desc={desc}
      role="img"
      accessibilityLayer={false}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
      <XAxis dataKey="label" tick={{ fill: "#0f172a", fontSize: 12 }} minTickGap={16} />
      <YAxis type="number" domain={[0, max ?? "auto"]} allowDecimals={false} tickFormatter={format} tick={{ fill: "#0f172a", fontSize: 12 }} width={48} />
      <Tooltip formatter={(v) => format(Number(v))} />
      {/* Blue 700 on white, 6.7:1; dots mark every month so the line is not the only cue. */}
      <Line
        type="linear"
        dataKey="value"
        name={seriesName}
        stroke="#1d4ed8"
        strokeWidth={2}
        dot={{ r: 3, fill: "#1d4ed8" }}
        isAnimationActive={false}
        connectNulls={false}
      />
    </RLineChart>
  );
}
