import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { NotYetPublished, type NotYetSection } from "@/components/public/not-yet-published";
import { translator } from "@/lib/kernel/i18n/dictionary";
import { PublicNotFoundView } from "../not-found-view";
import { SuspendedNotice } from "../suspended-notice";
import { publicMetadata } from "./metadata";
import { publicPageData } from "./page-data";

type Params = Promise<{ city: string; locale: string }>;

/** Metadata and page of a section the city has nothing to publish in yet (declaration, action plan, reports). */
export function notYetPage(section: NotYetSection, path: string) {
  async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
    const page = await publicPageData(params);
    if (page.kind === "not_found") return {};
    const t = translator(page.locale);
    return publicMetadata(page, {
      path,
      title: t(`publicSite.notYet.${section}.title`),
      description: t(`publicSite.notYet.${section}.metaDescription`, { name: page.city.name }),
    });
  }

  async function Page({ params }: { params: Params }) {
    const page = await publicPageData(params);
    if (page.kind === "not_found") notFound();
    if (page.kind === "suspended") return <SuspendedNotice locale={page.locale} />;
    return <NotYetPublished section={section} name={page.city.name} slug={page.city.slug} locale={page.locale} t={translator(page.locale)} />;
  }

  return { generateMetadata, Page: withNotFound(Page, PublicNotFoundView) };
}
