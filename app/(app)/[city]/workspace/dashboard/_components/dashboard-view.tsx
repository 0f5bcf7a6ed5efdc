import type { Dashboard } from "@/lib/features/dashboard/load-dashboard";
import { dashFormat } from "@/lib/features/dashboard/format";
import type { Translator } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { CharterSection, SdgSection } from "./coverage-sections";
import { DeadlinesSection } from "./deadlines-section";
import { DepartmentsSection } from "./departments-section";
import { Headline } from "./headline";
import { MaturitySection } from "./maturity-section";
import { ProgressSection } from "./progress-section";
import { RecentSection } from "./recent-section";
import { RollupExplainer } from "./rollup-explainer";
import { StatusSection } from "./status-section";
import { TrendSection } from "./trend-section";

/**
 * The whole dashboard from loaded data: pure presentation, no data access, so the page, the
 * printable view and the benchmark (renderToString) render the same tree.
 */
export function DashboardView({
  dashboard,
  locale,
  t,
  citySlug,
  charts,
  headline = true,
}: {
  dashboard: Dashboard;
  locale: Locale;
  t: Translator;
  citySlug: string;
  charts: boolean | "print";
  /** False where the headline figures are already shown (the printable view's summary page). */
  headline?: boolean;
}) {
  const props = { d: dashboard, f: dashFormat(locale, t), citySlug, charts };
  return (
    <>
      {headline ? <Headline d={props.d} f={props.f} /> : null}
      <ProgressSection {...props} />
      <RollupExplainer t={t} />
      <StatusSection {...props} />
      <TrendSection {...props} />
      <DeadlinesSection {...props} />
      <RecentSection {...props} />
      <MaturitySection {...props} />
      <CharterSection {...props} />
      <SdgSection {...props} />
      <DepartmentsSection {...props} />
    </>
  );
}
