import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { cityRecipients } from "@/lib/features/comments/notify";
import { loadConsultation, mayViewConsultation } from "@/lib/features/declaration/consultation-view";
import { blockPlainText } from "@/lib/features/declaration/comment-anchors";
import { articleNumbers } from "@/lib/features/declaration/document-text";
import type { DeclarationDoc } from "@/lib/features/declaration/document-schema";
import { renderBlock } from "@/lib/features/declaration/render-document";
import { dictionary, translator } from "@/lib/features/dictionary";
import { isLocale } from "@/lib/kernel/i18n/locales";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../_components/page-shell";
import { ConsultationBoard } from "./_components/consultation-board";
import { ConsultationHeader } from "./_components/consultation-header";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("consultation.title") };
}

/** The current text, read-only, with its commented passages highlighted and the comment threads beside it. */
export default async function ConsultationPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "declaration.read", `/${city}/workspace/consultation`);
  const locale = await requestLocale();
  const m = dictionary(locale).consultation;
  const data = await loadConsultation(ctx.db, { id: ctx.user.id, role: ctx.role });

  if (!data || !mayViewConsultation(ctx.role, data.declaration.status)) {
    return (
      <PageShell title={m.title}>
        <EmptyState>{data ? m.empty.notOpen : m.empty.noDeclaration}</EmptyState>
      </PageShell>
    );
  }

  const doc = data.content as DeclarationDoc | null;
  const textLocale = isLocale(data.declaration.locale) ? data.declaration.locale : locale;
  const numbers = doc ? articleNumbers(doc) : [];
  const blocks = (doc?.content ?? []).map((b, i) => ({
    html: renderBlock(b, { locale: textLocale, headingOffset: 1, showComments: true }, numbers[i] ?? 0),
    text: blockPlainText(b),
  }));
  const members = data.mayComment ? (await cityRecipients(ctx.city)).filter((r) => r.id !== ctx.user.id).map((r) => ({ id: r.id, name: r.name })) : [];

  return (
    <PageShell title={m.title} wide>
      <ConsultationHeader data={data} m={m} locale={locale} citySlug={ctx.city.slug} current="text" />
      <ConsultationBoard
        citySlug={ctx.city.slug}
        declarationId={data.declaration.id}
        textLang={textLocale}
        blocks={blocks}
        threads={data.threads}
        members={members}
        mayComment={data.mayComment}
        isEditor={data.isEditor}
        m={m}
        locale={locale}
      />
    </PageShell>
  );
}
