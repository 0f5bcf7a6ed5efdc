import Link from "next/link";
import { commitmentHref, commitmentLabel } from "@/lib/dashboard/format";
import type { DashCommitment } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";

export function CommitmentLink({ c, citySlug, locale }: { c: Pick<DashCommitment, "id" | "elementKey" | "title">; citySlug: string; locale: Locale }) {
  return <Link href={commitmentHref(citySlug, c)}>{commitmentLabel(c, locale)}</Link>;
}
