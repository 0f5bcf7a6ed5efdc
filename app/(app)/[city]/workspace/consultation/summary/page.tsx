import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { fill } from "@/lib/kernel/i18n/fill";
import { groupForSummary, loadConsultation, mayViewConsultation } from "@/lib/features/declaration/consultation-view";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDate } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../_components/page-shell";
import { ConsultationHeader } from "../_components/consultation-header";
import { PublishSummaryForm } from "../_components/publish-summary-form";
import { SummaryTables } from "../_components/summary-table";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("consultation.summaryTitle") };
}

/** Every comment with its outcome and reason, per article; orphaned ones under their quoted passage. */
export default async function ConsultationSummaryPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "declaration.read", `/${city}/workspace/consultation/summary`);
  const locale = await requestLocale();
  const m = dictionary(locale).consultation;
  const data = await loadConsultation(ctx.db, { id: ctx.user.id, role: ctx.role });
  if (!data || !mayViewConsultation(ctx.role, data.declaration.status)) {
    return (
      <PageShell title={m.summaryTitle}>
        <EmptyState>{data ? m.empty.notOpen : m.empty.noDeclaration}</EmptyState>
      </PageShell>
    );
  }
  const groups = groupForSummary(data);
  const published = data.declaration.summaryPublishedAt;
  return (
    <PageShell title={m.summaryTitle} intro={m.summary.intro} wide>
      <ConsultationHeader data={data} m={m} locale={locale} citySlug={ctx.city.slug} current="summary" />
      <div className="mt-6 space-y-2">
        <p>{published ? fill(m.summary.published, { date: formatDate(locale, published) }) : m.summary.notPublished}</p>
        {data.isEditor ? (
          <PublishSummaryForm citySlug={ctx.city.slug} declarationId={data.declaration.id} version={data.declaration.version} published={!!published} m={m} />
        ) : null}
      </div>
      <div className="mt-8">{groups.length ? <SummaryTables groups={groups} m={m} showNames /> : <EmptyState>{m.empty.noComments}</EmptyState>}</div>
    </PageShell>
  );
}
