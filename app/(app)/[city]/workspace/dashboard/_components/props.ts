import type { Dashboard } from "@/lib/features/dashboard/load-dashboard";
import type { DashFormat } from "@/lib/features/dashboard/format";

/** What every dashboard section renders from: the loaded numbers, formatting, and where links go. */
export interface SectionProps {
  d: Dashboard;
  f: DashFormat;
  citySlug: string;
  /**
   * true: the interactive charts; "print": the printable view's charts, drawn on the server (the
   * progress, status and trend charts are on its summary page, so their sections show none there);
   * false: tables and sentences only.
   */
  charts: boolean | "print";
}
