import type { Dictionary } from "@/lib/features/dictionary";
import type { FieldChangeRecord, HistoryField, HistoryValue } from "@/lib/features/commitments/field-changes";
import type { Choice, CommitmentOptions } from "@/lib/features/commitments/commitment-options";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { formatDay } from "./format-fields";

/** The field's name as the form labels it. */
export function historyFieldLabel(field: HistoryField, m: Dictionary["commitments"]): string {
  switch (field) {
    case "ownerId":
      return m.fields.owner;
    case "departmentId":
      return m.fields.department;
    case "isPublic":
      return m.timeline.isPublic;
    default:
      return m.fields[field];
  }
}

const labelOf = <V extends string | number>(choices: Choice<V>[], value: V) => choices.find((c) => c.value === value)?.label ?? String(value);

/**
 * One side (old or new) of a recorded change as a person reads it: names for people and
 * departments, article and goal numbers with their titles, dates in the page's language.
 */
export function describeHistoryValue(
  change: FieldChangeRecord,
  side: "from" | "to",
  o: CommitmentOptions,
  m: Dictionary["commitments"],
  locale: Locale,
): string {
  const value: HistoryValue = change[side];
  const name = side === "from" ? change.fromName : change.toName;
  const list = (labels: string[]) => (labels.length ? labels.join("; ") : m.labels.none);
  const numbers = Array.isArray(value) ? (value as unknown[]).filter((v): v is number => typeof v === "number") : [];
  const strings = Array.isArray(value) ? (value as unknown[]).filter((v): v is string => typeof v === "string") : [];
  switch (change.field) {
    case "title":
      return typeof value === "string" ? value : "";
    case "text":
      return typeof value === "string" && value !== "" ? value : m.timeline.emptyText;
    case "ownerId":
      return value ? (name ?? m.labels.formerMember) : m.form.ownerNone;
    case "departmentId":
      return value ? (name ?? m.timeline.deletedDepartment) : m.form.departmentNone;
    case "startDate":
    case "targetDate":
      return typeof value === "string" && value ? formatDay(locale, value) : m.labels.notSet;
    case "charterArticles":
      return list(
        numbers.map((n) =>
          labelOf(
            o.charter.flatMap((g) => g.items),
            n,
          ),
        ),
      );
    case "udhrArticles":
      return list(numbers.map((n) => labelOf(o.udhr, n)));
    case "sdgs":
      return list(numbers.map((n) => labelOf(o.sdgs, n)));
    case "groups":
      return list(
        strings.map((k) => {
          const known = o.groups.flatMap((g) => g.items).find((c) => c.value === k);
          // A group the city has since deleted reads by the name it had then.
          return known?.label ?? change.groupNames?.[k]?.[locale] ?? k;
        }),
      );
    case "progressMode":
      return value === "actions" || value === "manual" ? m.form.progressModes[value] : String(value);
    case "isPublic":
      return value ? m.timeline.yes : m.timeline.no;
  }
}
