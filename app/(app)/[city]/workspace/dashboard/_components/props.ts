import type { Dashboard } from "@/lib/features/dashboard/load-dashboard";
import type { DashFormat } from "@/lib/features/dashboard/format";

/** What every dashboard section renders from: the loaded numbers, formatting, and where links go. */
export interface SectionProps {
  d: Dashboard;
  f: DashFormat;
  citySlug: string;
  /** False in the printable view: tables and sentences only. */
  charts: boolean;
}
