import { EmptyState } from "@/components/ui/empty-state";
import type { RecentUpdate } from "@/lib/features/dashboard/types";
import { CommitmentLink } from "./commitment-link";
import { cell, DataTable, rowClass } from "./data-table";
import type { SectionProps } from "./props";

/** The last updates up to the day shown: who, when, from → to, note. */
export function RecentSection({ d, f, citySlug }: SectionProps) {
  const { t } = f;
  const who = (u: RecentUpdate) => (u.authorId && d.people[u.authorId]) || t("dashboard.recent.unknownUser");
  const changes = (u: RecentUpdate): string[] => {
    const out: string[] = [];
    if (u.toStatus) {
      const from = u.fromStatus ? t(`framework.status.${u.fromStatus}`) : "—";
      out.push(t("dashboard.recent.status", { from, to: t(`framework.status.${u.toStatus}`) }));
    }
    if (u.toProgress !== null) out.push(t("dashboard.recent.progress", { from: f.pct(u.fromProgress), to: f.pct(u.toProgress) }));
    if (u.toMaturity) {
      const from = u.fromMaturity ? t(`dashboard.maturity.levels.${u.fromMaturity}`) : "—";
      out.push(t("dashboard.recent.maturity", { from, to: t(`dashboard.maturity.levels.${u.toMaturity}`) }));
    }
    return out;
  };
  const latest = d.recent[0];

  return (
    <section aria-labelledby="recent-heading" className="mt-12">
      <h2 id="recent-heading" className="text-2xl font-semibold text-slate-900">
        {t("dashboard.recent.heading")}
      </h2>
      {latest ? (
        <>
          <p className="mt-2 text-slate-800">{t("dashboard.recent.summary", { date: f.dateTime(latest.at), name: who(latest) })}</p>
          <div className="mt-4">
            <DataTable
              caption={t("dashboard.recent.caption", { count: f.num(d.recent.length) })}
              head={[
                t("dashboard.recent.when"),
                t("dashboard.recent.who"),
                t("dashboard.recent.commitment"),
                t("dashboard.recent.change"),
                t("dashboard.recent.note"),
              ]}
            >
              {d.recent.map((u) => {
                const c = d.commitmentsById[u.commitmentId];
                return (
                  <tr key={u.id} className={rowClass}>
                    <td className={`${cell} whitespace-nowrap`}>{f.dateTime(u.at)}</td>
                    <td className={cell}>{who(u)}</td>
                    <th scope="row" className={`${cell} font-normal`}>
                      {c ? <CommitmentLink c={c} citySlug={citySlug} locale={f.locale} /> : null}
                    </th>
                    <td className={cell}>
                      <ul>
                        {changes(u).map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    </td>
                    <td className={`${cell} max-w-md`}>
                      {u.note ? u.note : <span className="text-slate-700">{t("dashboard.recent.noNote")}</span>}
                      {u.source === "import" ? <span className="ml-1 text-slate-700">{t("dashboard.recent.fromImport")}</span> : null}
                    </td>
                  </tr>
                );
              })}
            </DataTable>
          </div>
        </>
      ) : (
        <div className="mt-4">
          <EmptyState title={t("dashboard.recent.empty")} />
        </div>
      )}
    </section>
  );
}
