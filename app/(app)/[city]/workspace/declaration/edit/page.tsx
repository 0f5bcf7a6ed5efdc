import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { textLocale } from "@/lib/features/declaration/document-text";
import { currentDeclaration, getVersion } from "@/lib/features/declaration/get-declaration";
import { isFrozen } from "@/lib/features/declaration/policy";
import { dictionary, translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../_components/page-shell";
import { DeclarationEditor } from "../_components/declaration-editor";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("declaration.editor.title") };
}

export default async function EditDeclarationPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "declaration.edit", `/${city}/workspace/declaration/edit`);
  const locale = await requestLocale();
  const t = translator(locale);
  const base = `/${ctx.city.slug}/workspace/declaration`;
  const declaration = await currentDeclaration(ctx.db, ctx.role);
  // Nothing to edit yet: the declaration page holds the start form.
  if (!declaration) redirect(base);
  const version = await getVersion(ctx.db, declaration.id, declaration.currentVersion);

  return (
    <PageShell title={t("declaration.editor.title")} wide>
      <nav aria-label={t("declaration.page.breadcrumb")} className="-mt-6 mb-6 text-sm">
        <Link href={base}>← {t("declaration.page.back")}</Link>
      </nav>
      {isFrozen(declaration.status) || !version ? (
        <Alert tone="info">{t("declaration.editor.frozen")}</Alert>
      ) : (
        <DeclarationEditor
          citySlug={ctx.city.slug}
          declarationId={declaration.id}
          initialVersion={version.number}
          initialContent={version.content}
          initialTitle={declaration.title}
          textLocale={textLocale(declaration.locale)}
          uiLocale={locale}
          messages={dictionary(locale).declaration}
        />
      )}
    </PageShell>
  );
}
