import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { loadConsultation } from "@/lib/features/declaration/consultation-view";
import { dictionary, translator } from "@/lib/features/dictionary";
import { isLocale } from "@/lib/kernel/i18n/locales";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../_components/page-shell";
import { CommentThread } from "../_components/comment-thread";
import { ConsultationHeader } from "../_components/consultation-header";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("consultation.mineTitle") };
}

/** The signed-in member's own comments and the answer each got. */
export default async function MyCommentsPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "declaration.comment", `/${city}/workspace/consultation/mine`);
  const locale = await requestLocale();
  const m = dictionary(locale).consultation;
  const data = await loadConsultation(ctx.db, { id: ctx.user.id, role: ctx.role });
  const mine = data?.threads.filter((t) => t.isMine && t.state !== "deleted") ?? [];
  return (
    <PageShell title={m.mineTitle} intro={m.mine.intro} wide>
      {data ? <ConsultationHeader data={data} m={m} locale={locale} citySlug={ctx.city.slug} current="mine" /> : null}
      <div className="mt-8">
        {mine.length === 0 || !data ? (
          <EmptyState>{m.empty.noMine}</EmptyState>
        ) : (
          <ol className="space-y-4">
            {mine.map((t) => (
              <li key={t.id}>
                <CommentThread
                  thread={t}
                  citySlug={ctx.city.slug}
                  declarationId={data.declaration.id}
                  mayComment={false}
                  isEditor={false}
                  m={m}
                  locale={locale}
                  textLang={isLocale(data.declaration.locale) ? data.declaration.locale : locale}
                />
              </li>
            ))}
          </ol>
        )}
      </div>
    </PageShell>
  );
}
