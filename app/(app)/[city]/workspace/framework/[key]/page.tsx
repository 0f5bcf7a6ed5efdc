import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { getCommitmentByElement } from "@/lib/features/commitments/get-commitment";
import { getElement } from "@/lib/reference/framework/catalogue/catalogue";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { FraCredit } from "../../_components/fra-credit";
import { CommitmentPanel } from "../../_components/commitment/commitment-panel";
import { WorkspaceNotFoundView } from "../../_components/not-found-view";

type Props = { params: Promise<{ city: string; key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { key } = await params;
  const locale = await requestLocale();
  const element = getElement(key);
  return { title: element ? `${element.key} ${element.name[locale]}` : translator(locale)("workspace.notFound.title") };
}

/** One framework element: the guide's guidance next to the city's own commitment, its history and evidence. */
async function ElementPage({ params }: Props) {
  const { city, key } = await params;
  const element = getElement(key);
  if (!element) notFound();
  const ctx = await cityPageContext(city, "framework.read", `/${city}/workspace/framework/${element.key}`);
  if (key !== element.key) redirect(`/${ctx.city.slug}/workspace/framework/${element.key}`);
  const commitment = await getCommitmentByElement(ctx.db, element.key);
  if (!commitment) notFound();

  const locale = await requestLocale();
  const t = translator(locale);

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8">
      <nav aria-label={t("framework.element.breadcrumb")} className="text-sm">
        <Link href={`/${ctx.city.slug}/workspace/framework`}>← {t("framework.title")}</Link>
      </nav>
      <h1 className="mt-3 text-3xl font-bold">
        <span className="mr-2 rounded bg-slate-900 px-2 py-0.5 font-mono text-2xl text-white">{element.key}</span> {element.name[locale]}
      </h1>
      <p className="mt-2 text-slate-800">{t("framework.element.layer", { layer: t(`framework.layers.${element.layer}`) })}</p>

      <div className="mt-8 grid gap-10 lg:grid-cols-5">
        <section aria-labelledby="guidance-heading" className="space-y-6 lg:col-span-2">
          <h2 id="guidance-heading" className="text-2xl font-semibold">
            {t("framework.element.guidance")}
          </h2>
          <div>
            <h3 className="text-lg font-semibold">{t("framework.element.summary")}</h3>
            <p className="mt-1">{element.summary[locale]}</p>
          </div>
          <div>
            <h3 className="text-lg font-semibold">{t("framework.element.why")}</h3>
            <p className="mt-1">{element.why[locale]}</p>
          </div>
          <div>
            <h3 className="text-lg font-semibold">{t("framework.element.how")}</h3>
            <ol className="mt-1 list-decimal space-y-2 pl-6">
              {element.how.map((how, i) => (
                <li key={i}>{how[locale]}</li>
              ))}
            </ol>
          </div>
          {element.practice.length > 0 ? (
            <div>
              <h3 className="text-lg font-semibold">{t("framework.element.practice")}</h3>
              <ul className="mt-1 space-y-3">
                {element.practice.map((p) => (
                  <li key={p.city} className="rounded-md border border-slate-300 bg-slate-50 p-3">
                    <p className="font-semibold">{p.city}</p>
                    <p className="mt-1">{p.text[locale]}</p>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {element.resources.length > 0 ? (
            <div>
              <h3 className="text-lg font-semibold">{t("framework.element.resources")}</h3>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {element.resources.map((r) => (
                  <li key={r.url + r.title.en}>
                    <a href={r.url} rel="noopener noreferrer">
                      {r.title[locale]}
                    </a>{" "}
                    <span className="text-slate-700">({r.publisher})</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>

        <div className="lg:col-span-3">
          <CommitmentPanel ctx={ctx} record={commitment} locale={locale} />
        </div>
      </div>
      <FraCredit t={t} />
    </main>
  );
}

export default withNotFound(ElementPage, WorkspaceNotFoundView);
