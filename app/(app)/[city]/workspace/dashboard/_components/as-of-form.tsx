import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import type { AsOfProblem } from "@/lib/features/dashboard/as-of";
import type { DashFormat } from "@/lib/features/dashboard/format";

/** A plain GET form (?at=YYYY-MM-DD): linkable, and it works without JavaScript. */
export function AsOfForm({
  f,
  action,
  asOf,
  today,
  problem,
  rawValue,
}: {
  f: DashFormat;
  action: string;
  asOf: string;
  today: string;
  problem: AsOfProblem | null;
  rawValue: string;
}) {
  const { t } = f;
  const isPast = asOf !== today;
  return (
    <div className="rounded-lg border border-slate-300 bg-white p-4 print:hidden">
      <form method="get" action={action} className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="at" className="block text-sm font-semibold text-slate-900">
            {t("dashboard.asOf.label")}
          </label>
          <input id="at" name="at" type="date" defaultValue={asOf} max={today} aria-describedby="at-hint" className={`${inputClasses} w-auto`} />
        </div>
        <button type="submit" className={buttonClasses("primary")}>
          {t("dashboard.asOf.submit")}
        </button>
        {isPast ? (
          <Link href={action} className={buttonClasses("secondary")}>
            {t("dashboard.asOf.today")}
          </Link>
        ) : null}
        <p id="at-hint" className="basis-full text-sm text-slate-700">
          {t("dashboard.asOf.hint")}
        </p>
      </form>
      {problem ? (
        <p role="alert" className="mt-3 font-medium text-red-800">
          {problem === "invalid" ? t("dashboard.asOf.invalid", { value: rawValue.slice(0, 40) }) : t("dashboard.asOf.future")}
        </p>
      ) : null}
    </div>
  );
}

/** Which day the numbers describe, said in words (and, for a past day, what has no history). */
export function AsOfNotice({ f, asOf, today, empty }: { f: DashFormat; asOf: string; today: string; empty: boolean }) {
  const { t } = f;
  const isPast = asOf !== today;
  return (
    <div className={`mt-4 rounded-lg border p-4 ${isPast ? "border-amber-500 bg-amber-50" : "border-slate-300 bg-slate-50"}`}>
      <p className="font-semibold text-slate-900">
        {isPast ? t("dashboard.asOf.showingPast", { date: f.day(asOf) }) : t("dashboard.asOf.showingToday", { date: f.day(asOf) })}
      </p>
      {isPast ? <p className="mt-1 text-slate-800">{t("dashboard.asOf.pastNote")}</p> : null}
      {empty ? <p className="mt-1 text-slate-800">{t("dashboard.asOf.beforeStart")}</p> : null}
    </div>
  );
}
