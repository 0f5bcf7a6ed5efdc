import Link from "next/link";
import { commitmentHref, commitmentLabel } from "@/lib/features/dashboard/format";
import type { DashCommitment } from "@/lib/features/dashboard/types";
import type { Locale } from "@/lib/kernel/i18n/locales";

export function CommitmentLink({ c, citySlug, locale }: { c: Pick<DashCommitment, "id" | "elementKey" | "title">; citySlug: string; locale: Locale }) {
  return <Link href={commitmentHref(citySlug, c)}>{commitmentLabel(c, locale)}</Link>;
}
