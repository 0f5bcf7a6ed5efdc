import { fill } from "@/lib/kernel/i18n/fill";
import type { TCommitmentEdit } from "@/lib/features/commitments/schema";
import type { Dictionary } from "@/lib/features/dictionary";
import { formatDay as formatCalendarDay } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { Choice, CommitmentOptions } from "@/lib/features/commitments/commitment-options";

/** The fields a person edits, in the order the form shows them. */
export const EDIT_FIELDS = [
  "title",
  "text",
  "status",
  "progress",
  "maturity",
  "ownerId",
  "departmentId",
  "startDate",
  "targetDate",
  "charterArticles",
  "udhrArticles",
  "sdgs",
  "groups",
] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

export const FIELD_LABEL_KEY: Record<EditField, keyof Dictionary["commitments"]["fields"]> = {
  title: "title",
  text: "text",
  status: "status",
  progress: "progress",
  maturity: "maturity",
  ownerId: "owner",
  departmentId: "department",
  startDate: "startDate",
  targetDate: "targetDate",
  charterArticles: "charterArticles",
  udhrArticles: "udhrArticles",
  sdgs: "sdgs",
  groups: "groups",
};

/** A calendar date ("YYYY-MM-DD") in the person's language; UTC so no time zone moves it a day. */
export function formatDay(locale: Locale, ymd: string): string {
  return formatCalendarDay(locale, ymd, "long");
}

function labelOf<V extends string | number>(choices: Choice<V>[], value: V): string {
  return choices.find((c) => c.value === value)?.label ?? String(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const x = [...a].map(String).sort();
    const y = [...b].map(String).sort();
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  return a === b;
}

/** The fields whose values differ between two versions of the form's values. */
export function changedFields(a: TCommitmentEdit, b: TCommitmentEdit, fields: readonly EditField[] = EDIT_FIELDS): EditField[] {
  return fields.filter((f) => !sameValue(a[f], b[f]));
}

/** One field's value as a person reads it. */
export function describeField(
  field: EditField,
  v: TCommitmentEdit,
  o: CommitmentOptions,
  m: Dictionary["commitments"],
  statusLabels: Record<TCommitmentEdit["status"], string>,
  locale: Locale,
): string {
  const list = (labels: string[]) => (labels.length ? labels.join("; ") : m.labels.none);
  switch (field) {
    case "title":
      return v.title;
    case "text":
      return v.text || m.labels.notSet;
    case "status":
      return statusLabels[v.status];
    case "progress":
      return fill(m.labels.percent, { value: v.progress });
    case "maturity":
      return m.maturity[v.maturity];
    case "ownerId":
      return v.ownerId ? labelOf(o.members, v.ownerId) : m.form.ownerNone;
    case "departmentId":
      return v.departmentId ? labelOf(o.departments, v.departmentId) : m.form.departmentNone;
    case "startDate":
    case "targetDate":
      return v[field] ? formatDay(locale, v[field]) : m.labels.notSet;
    case "charterArticles":
      return list(
        v.charterArticles.map((n) =>
          labelOf(
            o.charter.flatMap((g) => g.items),
            n,
          ),
        ),
      );
    case "udhrArticles":
      return list(v.udhrArticles.map((n) => labelOf(o.udhr, n)));
    case "sdgs":
      return list(v.sdgs.map((n) => labelOf(o.sdgs, n)));
    case "groups":
      return list(
        v.groups.map((k) =>
          labelOf(
            o.groups.flatMap((g) => g.items),
            k,
          ),
        ),
      );
  }
}
