import type { Metadata } from "next";
import Link from "next/link";
import { LAYERS, type Layer } from "@/lib/reference/framework/catalogue/types";
import { dictionary, translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../_components/page-shell";
import { NewCommitmentForm } from "./new-commitment-form";

type Props = { params: Promise<{ city: string }>; searchParams: Promise<{ layer?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("commitments.newCommitment.title") };
}

/** /<city>/workspace/commitments/new?layer=structure: a commitment of the city's own, under a layer. */
export default async function NewCommitmentPage({ params, searchParams }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "commitment.edit", `/${city}/workspace/commitments/new`);
  const { layer } = await searchParams;
  const locale = await requestLocale();
  const t = translator(locale);
  const d = dictionary(locale);
  const initialLayer: Layer = (LAYERS as readonly string[]).includes(String(layer)) ? (layer as Layer) : "foundation";

  return (
    <PageShell title={t("commitments.newCommitment.title")} intro={<p>{t("commitments.newCommitment.intro")}</p>}>
      <p className="mb-6 text-sm">
        <Link href={`/${ctx.city.slug}/workspace/framework`}>← {t("framework.title")}</Link>
      </p>
      <NewCommitmentForm
        citySlug={ctx.city.slug}
        initialLayer={initialLayer}
        layerLabels={d.framework.layers}
        messages={d.commitments}
        saving={d.commitments.newCommitment.creating}
      />
    </PageShell>
  );
}
