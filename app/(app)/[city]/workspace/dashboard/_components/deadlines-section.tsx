import { EmptyState } from "@/components/ui/empty-state";
import { daysBetween } from "@/lib/features/dashboard/format";
import type { DashCommitment } from "@/lib/features/dashboard/types";
import { StatusBadge } from "../../_components/status-badge";
import { CommitmentLink } from "./commitment-link";
import { cell, DataTable, numCell, rowClass } from "./data-table";
import type { SectionProps } from "./props";

/** Overdue and due-soon commitments (definitions in lib/features/dashboard/rollup.ts), as lists: no chart. */
export function DeadlinesSection({ d, f, citySlug }: SectionProps) {
  const { t } = f;
  const table = (kind: "overdue" | "dueSoon", list: DashCommitment[]) => {
    const heading = t(`dashboard.deadlines.${kind}Heading`);
    const summary = list.length === 1 ? t(`dashboard.deadlines.${kind}SummaryOne`) : t(`dashboard.deadlines.${kind}Summary`, { count: f.num(list.length) });
    return (
      <section aria-labelledby={`${kind}-heading`} className="min-w-0 break-inside-avoid">
        <h2 id={`${kind}-heading`} className="text-2xl font-semibold text-slate-900">
          {heading}
        </h2>
        <p className="mt-2 text-slate-800">{summary}</p>
        <div className="mt-4">
          {list.length ? (
            <DataTable
              caption={t(`dashboard.deadlines.${kind}Caption`)}
              head={[
                t("dashboard.deadlines.commitment"),
                t("dashboard.deadlines.target"),
                t("dashboard.deadlines.status"),
                t("dashboard.deadlines.owner"),
                t(kind === "overdue" ? "dashboard.deadlines.daysOverdue" : "dashboard.deadlines.daysLeft"),
              ]}
            >
              {list.map((c) => (
                <tr key={c.id} className={rowClass}>
                  <th scope="row" className={cell}>
                    <CommitmentLink c={c} citySlug={citySlug} locale={f.locale} />
                  </th>
                  <td className={numCell}>{f.day(c.targetDate!)}</td>
                  <td className={cell}>
                    <StatusBadge status={c.status} label={t(`framework.status.${c.status}`)} />
                  </td>
                  <td className={cell}>{c.ownerId ? (d.people[c.ownerId] ?? t("dashboard.recent.unknownUser")) : t("dashboard.framework.filters.none")}</td>
                  <td className={numCell}>{f.num(Math.abs(daysBetween(d.asOf, c.targetDate!)))}</td>
                </tr>
              ))}
            </DataTable>
          ) : (
            <EmptyState title={t(`dashboard.deadlines.${kind}Empty`)} />
          )}
        </div>
      </section>
    );
  };
  return (
    <div className="mt-12 grid items-start gap-8 lg:grid-cols-2">
      {table("overdue", d.overdue)}
      {table("dueSoon", d.dueSoon)}
    </div>
  );
}
