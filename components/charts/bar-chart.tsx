"use client";

import { Bar, BarChart as RBarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";

export interface BarDatum {
  label: string;
  value: number;
  /** "#rrggbb"; the chart's default colour otherwise. Colour only repeats what the labels say. */
  color?: string;
}

export interface BarChartProps {
  /** Read by screen readers as the chart's name (svg <title>). */
  title: string;
  /** A sentence on what the chart shows (svg <desc>); the page also has a table with the data. */
  desc: string;
  data: BarDatum[];
  /** "columns": labels along the bottom; "rows": labels on the left (long labels, many bars). */
  orientation?: "columns" | "rows";
  /** Fixed upper end of the value axis (e.g. 100 for percentages). */
  max?: number;
  /** Appended to values on the axis and in the tooltip, e.g. "%". */
  unit?: string;
  /** Names for the whole-number ticks 0, 1, 2… of the value axis (e.g. maturity levels). */
  tickNames?: string[];
  height?: number;
  /** Room for the labels in "rows" orientation, in px. */
  labelWidth?: number;
}

// Blue 700 on white: 6.7:1, above the 3:1 that graphics need (WCAG 1.4.11).
const DEFAULT_COLOUR = "#1d4ed8";

/** A bar chart drawn on the client; the server renders the data table next to it. */
export function BarChart({ title, desc, data, orientation = "columns", max, unit = "", tickNames, height = 280, labelWidth = 140 }: BarChartProps) {
  const rows = orientation === "rows";
  const domain: [number, number | "auto"] = [0, max ?? "auto"];
  const format = (v: number) => (tickNames ? (tickNames[v] ?? "") : `${v}${unit}`);
  const ticks = tickNames ? tickNames.map((_, i) => i) : undefined;
  const valueAxis = { type: "number" as const, domain, allowDecimals: false, tickFormatter: format, ticks, tick: { fill: "#0f172a", fontSize: 12 } };
  const categoryAxis = { type: "category" as const, dataKey: "label", interval: 0, tick: { fill: "#0f172a", fontSize: 12 } };
  return (
    <RBarChart
      responsive
      style={{ width: "100%", height }}
      data={data}
      layout={rows ? "vertical" : "horizontal"}
      title={title}
      desc={desc}
      role="img"
      accessibilityLayer={false}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
      {rows ? (
        <>
          <XAxis {...valueAxis} />
          <YAxis {...categoryAxis} width={labelWidth} />
        </>
      ) : (
        <>
          <XAxis {...categoryAxis} />
          <YAxis {...valueAxis} width={tickNames ? 96 : 48} />
        </>
      )}
      <Tooltip formatter={(v) => format(Number(v))} cursor={{ fill: "#f1f5f9" }} />
      <Bar dataKey="value" isAnimationActive={false} fill={DEFAULT_COLOUR}>
        {data.map((d) => (
          <Cell key={d.label} fill={d.color ?? DEFAULT_COLOUR} />
        ))}
      </Bar>
    </RBarChart>
  );
}
