import type { Translator } from "@/lib/features/dictionary";

/** The roll-up definition, on screen and in print: lib/features/dashboard/rollup.ts computes exactly this. */
export function RollupExplainer({ t }: { t: Translator }) {
  return (
    <section id="rollup" aria-labelledby="rollup-heading" className="mt-10 max-w-3xl rounded-lg border border-slate-300 bg-slate-50 p-5 break-inside-avoid">
      <h2 id="rollup-heading" className="text-xl font-semibold text-slate-900">
        {t("dashboard.rollup.heading")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
        <li>{t("dashboard.rollup.progress")}</li>
        <li>{t("dashboard.rollup.overall")}</li>
        <li>{t("dashboard.rollup.rounding")}</li>
        <li>{t("dashboard.rollup.deadlines")}</li>
        <li>{t("dashboard.rollup.coverage")}</li>
      </ul>
    </section>
  );
}
