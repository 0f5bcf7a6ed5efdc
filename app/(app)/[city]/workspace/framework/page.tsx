import type { Metadata } from "next";
import Link from "next/link";
import { elementsOfLayer } from "@/lib/framework/catalogue/catalogue";
import { LAYERS } from "@/lib/framework/catalogue/types";
import { listCommitments } from "@/lib/framework/list-commitments";
import { translator } from "@/lib/i18n/dictionary";
import { requestLocale } from "@/lib/i18n/request-locale";
import { cityPageContext } from "@/lib/tenancy/page-context";
import { FraCredit } from "../_components/fra-credit";
import { PageShell } from "../_components/page-shell";
import { StatusBadge } from "../_components/status-badge";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("framework.title") };
}

/** The three layers side by side on wide screens, stacked on narrow ones; each element links to its page. */
export default async function FrameworkPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "framework.read", `/${city}/workspace/framework`);
  const locale = await requestLocale();
  const t = translator(locale);
  const commitments = new Map((await listCommitments(ctx.db)).map((c) => [c.elementKey, c]));

  return (
    <PageShell title={t("framework.title")} intro={<p>{t("framework.intro")}</p>} wide>
      <div className="grid gap-8 lg:grid-cols-3">
        {LAYERS.map((layer) => (
          <section key={layer} aria-labelledby={`layer-${layer}`}>
            <h2 id={`layer-${layer}`} className="text-2xl font-semibold">
              {t(`framework.layers.${layer}`)}
            </h2>
            <p className="mt-1 text-slate-800">{t(`framework.layerIntro.${layer}`)}</p>
            <ul className="mt-4 space-y-3">
              {elementsOfLayer(layer).map((element) => {
                const status = commitments.get(element.key)?.status ?? "not_started";
                return (
                  <li key={element.key}>
                    <Link
                      href={`/${ctx.city.slug}/workspace/framework/${element.key}`}
                      className="block rounded-lg border border-slate-300 bg-white p-4 text-slate-900 no-underline shadow-sm hover:border-blue-700 hover:bg-blue-50"
                    >
                      <span className="flex items-start gap-3">
                        <span className="rounded bg-slate-900 px-2 py-0.5 font-mono text-sm font-bold text-white">{element.key}</span>
                        <span className="font-semibold underline decoration-slate-400 underline-offset-2">{element.name[locale]}</span>
                      </span>
                      <span className="mt-3 flex items-center gap-2 text-sm">
                        <span className="text-slate-700">{t("framework.card.status")}</span>
                        <StatusBadge status={status} label={t(`framework.status.${status}`)} />
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
      <FraCredit t={t} />
    </PageShell>
  );
}
