import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { fill } from "@/lib/kernel/i18n/fill";
import type { ActionSummary } from "@/lib/features/action-plans/load-plan-overview";
import type { Dictionary } from "@/lib/features/dictionary";
import { formatDay } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { ActionStatusBadge } from "@/components/plans/badges";

/** Actions as a list: title (link), status, progress, due date, overdue. */
export function ActionList({ actions, base, d, locale }: { actions: ActionSummary[]; base: string; d: Dictionary; locale: Locale }) {
  const m = d.actionPlans;
  if (!actions.length) return <p className="text-sm text-slate-800">{m.plan.noActions}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {actions.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2 text-sm">
          <Link href={`${base}/actions/${a.id}`} className="font-medium">
            {a.title}
          </Link>
          <ActionStatusBadge status={a.status} label={m.actionStatus[a.status]} />
          <span className="tabular-nums">{fill(m.rollupLabel.percent, { value: a.progress })}</span>
          {a.dueDate ? (
            <span>
              {m.fields.dueDate}: {formatDay(locale, a.dueDate)}
            </span>
          ) : null}
          {a.overdue ? <Badge tone="red">{m.action.overdue}</Badge> : null}
        </li>
      ))}
    </ul>
  );
}
