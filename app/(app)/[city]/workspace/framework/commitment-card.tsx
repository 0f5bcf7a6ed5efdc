import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { DashFormat } from "@/lib/features/dashboard/format";
import { isDueSoon, isOverdue } from "@/lib/features/dashboard/rollup";
import type { DashCommitment } from "@/lib/features/dashboard/types";
import { StatusBadge } from "../_components/status-badge";

/**
 * One commitment at a glance. The link holds the key, the name and the status (word and colour),
 * so its accessible name says all three; progress, maturity, owner, department and target date
 * follow as text.
 */
export function CommitmentCard({
  c,
  href,
  keyLabel,
  name,
  f,
  today,
  people,
  departments,
}: {
  c: DashCommitment;
  href: string;
  keyLabel: string | null;
  name: string;
  f: DashFormat;
  today: string;
  people: Record<string, string>;
  departments: Record<string, string>;
}) {
  const { t } = f;
  const owner = c.ownerId ? people[c.ownerId] : undefined;
  const department = c.departmentId ? departments[c.departmentId] : undefined;
  return (
    <div className="rounded-lg border border-slate-300 bg-white shadow-sm">
      <Link href={href} className="block rounded-t-lg p-4 pb-2 text-slate-900 no-underline hover:bg-blue-50">
        <span className="flex items-start gap-3">
          {keyLabel ? <span className="rounded bg-slate-900 px-2 py-0.5 font-mono text-sm font-bold text-white">{keyLabel}</span> : null}
          <span className="font-semibold underline decoration-slate-400 underline-offset-2">{name}</span>
        </span>
        <span className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-700">{t("dashboard.framework.card.status")}</span>
          <StatusBadge status={c.status} label={t(`framework.status.${c.status}`)} />
          {isOverdue(c, today) ? <Badge tone="red">{t("dashboard.framework.card.overdue")}</Badge> : null}
          {isDueSoon(c, today) ? <Badge tone="amber">{t("dashboard.framework.card.dueSoon")}</Badge> : null}
        </span>
      </Link>
      <div className="px-4 pb-4 text-sm text-slate-800">
        <p>{t("dashboard.framework.card.progress", { percent: f.pct(c.progress) })}</p>
        {/* The bar repeats the number written above it. */}
        <div aria-hidden="true" className="mt-1 h-2 w-full rounded-full bg-slate-200">
          <div className="h-2 rounded-full bg-blue-700" style={{ width: `${Math.max(0, Math.min(100, c.progress))}%` }} />
        </div>
        <ul className="mt-2 space-y-0.5">
          <li>{t("dashboard.framework.card.maturity", { level: t(`dashboard.maturity.levels.${c.maturity}`) })}</li>
          {owner ? <li>{t("dashboard.framework.card.owner", { name: owner })}</li> : null}
          {department ? <li>{t("dashboard.framework.card.department", { name: department })}</li> : null}
          {c.targetDate ? <li>{t("dashboard.framework.card.target", { date: f.day(c.targetDate) })}</li> : null}
        </ul>
      </div>
    </div>
  );
}
