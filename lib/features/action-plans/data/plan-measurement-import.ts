/**
 * What a measurements sheet would change, row by row, against what is stored now. Pure, like
 * lib/features/commitments/spreadsheet/plan-import.ts: the preview shows it, the apply step recomputes it inside its
 * transaction and refuses unless every row is acceptable (all or nothing).
 *
 * A row for a period without a value adds a measurement; a row for a period with a different
 * value, breakdown or source note corrects it — only from the version in the file, so an older
 * export cannot silently undo someone's later correction. The earlier values go into the
 * measurement's history when applied.
 */
import { MAX_NOTE_LENGTH, type RawTable } from "@/lib/features/commitments/spreadsheet/columns";
import { cellOf } from "@/lib/kernel/sheets/table";
import { parsePeriod, periodExample, type FrequencyValue } from "@/lib/features/indicators/periods";
import { parseDecimal, countRows, type PreviewCounts, type PreviewRow, type RowChange, type RowProblem } from "./import-types";
import { MAX_CATEGORY, MAX_REASON, MAX_SOURCE_NOTE, type MeasurementColumn } from "./measurement-columns";

export type Breakdown = Record<string, Record<string, number>>;

export interface StateIndicator {
  id: string;
  name: string;
  unit: string;
  frequency: FrequencyValue;
  dimensions: string[];
}

export interface StateMeasurement {
  id: string;
  indicatorId: string;
  period: string;
  /** YYYY-MM-DD */
  periodStart: string;
  /** Canonical decimal text (import-types canonicalDecimal). */
  value: string;
  breakdown: Breakdown;
  sourceNote: string;
  version: number;
}

export interface MeasurementState {
  indicators: StateIndicator[];
  measurements: StateMeasurement[];
}

export interface PlannedMeasurement extends PreviewRow {
  indicatorId: string | null;
  measurementId: string | null;
  version: number | null;
  apply: { period: string; periodStart: string; value: string; breakdown: Breakdown; sourceNote: string } | null;
}

export interface MeasurementPlan {
  rows: PlannedMeasurement[];
  counts: PreviewCounts;
  applicable: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sorted "dimension:category=value; …": one way to write a breakdown, for export and comparison. */
export function formatBreakdown(b: Breakdown): string {
  return Object.keys(b)
    .sort()
    .flatMap((d) =>
      Object.keys(b[d]!)
        .sort((x, y) => x.localeCompare(y))
        .map((c) => `${d}:${c}=${b[d]![c]}`),
    )
    .join("; ");
}

/** Reads "district:North=52; district:South=47,5"; null with the offending part when malformed. */
export function parseBreakdown(cell: string): { ok: true; value: Breakdown } | { ok: false; part: string } {
  const out: Breakdown = {};
  for (const raw of cell.split(";")) {
    const part = raw.trim();
    if (part === "") continue;
    const m = /^([a-z_]+)\s*:\s*([^=]+?)\s*=\s*(.+)$/i.exec(part);
    const value = m ? parseDecimal(m[3]!) : null;
    if (!m || value === null || m[2]!.length > MAX_CATEGORY) return { ok: false, part };
    const dimension = m[1]!.toLowerCase();
    const category = m[2]!;
    if (out[dimension]?.[category] !== undefined) return { ok: false, part };
    (out[dimension] ??= {})[category] = Number(value);
  }
  return { ok: true, value: out };
}

export function planMeasurementImport(table: RawTable<string>, state: MeasurementState): MeasurementPlan {
  const byId = new Map(state.indicators.map((i) => [i.id.toLowerCase(), i]));
  const byName = new Map<string, StateIndicator[]>();
  for (const i of state.indicators) {
    const k = i.name.trim().toLowerCase();
    byName.set(k, [...(byName.get(k) ?? []), i]);
  }
  const stored = new Map(state.measurements.map((m) => [`${m.indicatorId}/${m.periodStart}`, m]));
  const firstLine = new Map<string, number>();

  const rows = table.rows.map(({ line, cells }): PlannedMeasurement => {
    const get = (c: MeasurementColumn) => cellOf(table, cells, c);
    const problems: RowProblem[] = [];
    const changes: RowChange[] = [];
    const idCell = get("indicator_id") ?? "";
    const nameCell = get("indicator") ?? "";
    const periodCell = get("period") ?? "";
    const reason = get("reason") ?? "";
    const base = { line, key: [idCell || nameCell, periodCell].filter(Boolean).join(" · "), changes, problems, note: reason };
    const rejected = (indicator: StateIndicator | null): PlannedMeasurement => ({
      ...base,
      subject: indicator ? `${indicator.name} · ${periodCell}` : null,
      outcome: "rejected",
      indicatorId: indicator?.id ?? null,
      measurementId: null,
      version: null,
      apply: null,
    });

    let indicator: StateIndicator | null = null;
    if (idCell !== "") {
      indicator = UUID.test(idCell) ? (byId.get(idCell.toLowerCase()) ?? null) : null;
      if (!indicator) problems.push({ code: "unknownIndicator", column: "indicator_id", vars: { value: idCell } });
    } else if (nameCell !== "") {
      const found = byName.get(nameCell.trim().toLowerCase()) ?? [];
      if (found.length === 1) indicator = found[0]!;
      else problems.push({ code: found.length === 0 ? "unknownIndicator" : "ambiguousIndicator", column: "indicator", vars: { value: nameCell } });
    } else {
      problems.push({ code: "missingIndicator", column: "indicator_id" });
    }
    if (!indicator) return rejected(null);

    const period = parsePeriod(periodCell, indicator.frequency);
    if (!period) {
      problems.push({ code: `period_${indicator.frequency}`, column: "period", vars: { value: periodCell, example: periodExample(indicator.frequency) } });
      return rejected(indicator);
    }
    const slot = `${indicator.id}/${period.start}`;
    const earlier = firstLine.get(slot);
    if (earlier !== undefined) {
      problems.push({ code: "duplicatePeriod", column: "period", vars: { line: earlier } });
      return rejected(indicator);
    }
    firstLine.set(slot, line);

    const valueCell = get("value") ?? "";
    const value = parseDecimal(valueCell);
    if (value === null) problems.push({ code: "valueInvalid", column: "value", vars: { value: valueCell } });
    const breakdownCell = get("breakdown");
    const current = stored.get(slot) ?? null;
    let breakdown: Breakdown = current?.breakdown ?? {};
    if (breakdownCell !== undefined) {
      const parsed = parseBreakdown(breakdownCell);
      if (!parsed.ok) problems.push({ code: "breakdownInvalid", column: "breakdown", vars: { value: parsed.part } });
      else {
        const unknown = Object.keys(parsed.value).find((d) => !indicator!.dimensions.includes(d));
        if (unknown)
          problems.push({ code: "breakdownDimension", column: "breakdown", vars: { value: unknown, allowed: indicator.dimensions.join(", ") || "—" } });
        breakdown = parsed.value;
      }
    }
    const sourceNote = get("source_note") ?? current?.sourceNote ?? "";
    if (sourceNote.length > MAX_SOURCE_NOTE) problems.push({ code: "sourceNoteTooLong", column: "source_note", vars: { max: MAX_SOURCE_NOTE } });
    if (reason.length > Math.min(MAX_REASON, MAX_NOTE_LENGTH)) problems.push({ code: "reasonTooLong", column: "reason", vars: { max: MAX_REASON } });

    const apply = { period: period.label, periodStart: period.start, value: value ?? "", breakdown, sourceNote };
    const subject = `${indicator.name} · ${period.label}`;
    const versionCell = get("version") ?? "";
    if (current && value !== null) {
      if (current.value !== value) changes.push({ field: "value", from: current.value, to: value });
      if (formatBreakdown(current.breakdown) !== formatBreakdown(breakdown))
        changes.push({ field: "breakdown", from: formatBreakdown(current.breakdown), to: formatBreakdown(breakdown) });
      if (current.sourceNote !== sourceNote) changes.push({ field: "source_note", from: current.sourceNote, to: sourceNote });
      if (changes.length > 0) {
        // Correcting a figure needs the version the file was made from (see lib/features/commitments/spreadsheet/plan-import.ts).
        if (!/^\d+$/.test(versionCell)) problems.push({ code: "versionInvalid", column: "version", vars: { value: versionCell } });
        else if (Number(versionCell) !== current.version)
          problems.push({ code: "versionStale", column: "version", vars: { version: versionCell, current: current.version } });
      }
    } else if (value !== null) {
      changes.push({ field: "value", from: "", to: value });
      if (Object.keys(breakdown).length > 0) changes.push({ field: "breakdown", from: "", to: formatBreakdown(breakdown) });
      if (sourceNote) changes.push({ field: "source_note", from: "", to: sourceNote });
    }
    const outcome = problems.length > 0 ? "rejected" : changes.length === 0 ? "unchanged" : current ? "change" : "new";
    return {
      ...base,
      subject,
      outcome,
      indicatorId: indicator.id,
      measurementId: current?.id ?? null,
      version: current?.version ?? null,
      apply: outcome === "rejected" ? null : apply,
    };
  });
  return { rows, ...countRows(rows) };
}
