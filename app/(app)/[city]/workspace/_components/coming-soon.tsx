import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Translator } from "@/lib/kernel/i18n/dictionary";
import { PageShell } from "./page-shell";

type Area = "declaration" | "reports" | "consultation";

/**
 * An area that is not built yet says so, and what it will hold, rather than showing made-up data.
 */
export function ComingSoon({ area, t, citySlug }: { area: Area; t: Translator; citySlug: string }) {
  return (
    <PageShell
      title={t(`workspace.${area}.title`)}
      intro={<p>{t(`workspace.${area}.intro`)}</p>}
    >
      <section aria-labelledby="coming-soon-heading" className="rounded-lg border border-slate-300 bg-slate-50 p-6">
        <p>
          <Badge tone="amber">{t("workspace.comingSoon.badge")}</Badge>
        </p>
        <p className="mt-3 text-slate-900">{t("workspace.comingSoon.notice")}</p>
        <h2 id="coming-soon-heading" className="mt-6 text-xl font-semibold">
          {t("workspace.comingSoon.willHold")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>{t(`workspace.${area}.item1`)}</li>
          <li>{t(`workspace.${area}.item2`)}</li>
          <li>{t(`workspace.${area}.item3`)}</li>
        </ul>
        <p className="mt-6">{t("workspace.comingSoon.meanwhile")}</p>
        <p className="mt-2">
          <Link href={`/${citySlug}/workspace/framework`}>{t("workspace.comingSoon.openFramework")}</Link>
        </p>
      </section>
    </PageShell>
  );
}
