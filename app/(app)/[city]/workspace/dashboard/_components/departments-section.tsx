import { EmptyState } from "@/components/ui/empty-state";
import { cell, DataTable, numCell, rowClass } from "./data-table";
import type { SectionProps } from "./props";

/** Where human rights work is mainstreamed, and where nothing is happening yet. */
export function DepartmentsSection({ d, f }: SectionProps) {
  const { t } = f;
  const named = d.departments.filter((r) => r.departmentId !== null);
  return (
    <section aria-labelledby="departments-heading" className="mt-12 break-inside-avoid">
      <h2 id="departments-heading" className="text-2xl font-semibold text-slate-900">
        {t("dashboard.departments.heading")}
      </h2>
      {named.length ? (
        <p className="mt-2 text-slate-800">
          {t("dashboard.departments.summary", { active: f.num(named.filter((r) => r.count > 0).length), total: f.num(named.length) })}
        </p>
      ) : null}
      <div className="mt-4 max-w-3xl">
        {named.length ? (
          <DataTable
            caption={t("dashboard.departments.caption")}
            head={[
              t("dashboard.departments.department"),
              t("dashboard.progress.commitments"),
              t("dashboard.progress.inPlace"),
              t("dashboard.progress.progress"),
            ]}
          >
            {d.departments.map((r) => (
              <tr key={r.departmentId ?? "none"} className={rowClass}>
                <th scope="row" className={cell}>
                  {r.name ?? t("dashboard.departments.none")}
                </th>
                {r.count ? (
                  <>
                    <td className={numCell}>{f.num(r.count)}</td>
                    <td className={numCell}>{f.num(r.statuses.in_place)}</td>
                    <td className={numCell}>{f.pct(r.percent)}</td>
                  </>
                ) : (
                  <td colSpan={3} className={`${cell} font-semibold text-amber-900`}>
                    {t("dashboard.departments.nothingYet")}
                  </td>
                )}
              </tr>
            ))}
          </DataTable>
        ) : (
          <EmptyState title={t("dashboard.departments.empty")} />
        )}
      </div>
    </section>
  );
}
