import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { getCommitmentById } from "@/lib/features/commitments/get-commitment";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { CommitmentPanel } from "../../_components/commitment/commitment-panel";
import { WorkspaceNotFoundView } from "../../_components/not-found-view";

type Props = { params: Promise<{ city: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("commitments.page.commitment") };
}

/** A commitment the city added itself: the same record, history and evidence as a framework element's. */
async function OwnCommitmentPage({ params }: Props) {
  const { city, id } = await params;
  const ctx = await cityPageContext(city, "framework.read", `/${city}/workspace/commitments/${id}`);
  const commitment = await getCommitmentById(ctx.db, id);
  if (!commitment) notFound();
  // A framework element's commitment has its page next to the element's guidance.
  if (commitment.elementKey) redirect(`/${ctx.city.slug}/workspace/framework/${commitment.elementKey}`);

  const locale = await requestLocale();
  const t = translator(locale);

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8">
      <nav aria-label={t("commitments.page.breadcrumb")} className="text-sm">
        <Link href={`/${ctx.city.slug}/workspace/framework`}>← {t("framework.title")}</Link>
      </nav>
      <h1 className="mt-3 text-3xl font-bold">{commitment.title}</h1>
      <p className="mt-2 text-slate-800">
        {t("commitments.page.layer", { layer: t(`framework.layers.${commitment.layer}`) })} · {t("commitments.page.own")}
      </p>
      <div className="mt-8">
        <CommitmentPanel ctx={ctx} record={commitment} locale={locale} />
      </div>
    </main>
  );
}

export default withNotFound(OwnCommitmentPage, WorkspaceNotFoundView);
