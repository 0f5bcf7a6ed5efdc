import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { withNotFound } from "@/components/not-found/with-not-found";
import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { findCity } from "@/lib/kernel/tenancy/city-access";
import { AppNotFoundView } from "@/components/not-found/app-not-found";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("workspace.suspended.title"), robots: { index: false } };
}

/** Where the workspace sends members of a suspended city. Says plainly that nothing is lost. */
async function SuspendedPage({ params }: Props) {
  const { city: slug } = await params;
  const t = translator(await requestLocale());
  const city = await findCity(slug);
  if (!city) notFound();

  if (city.status === "active") {
    return (
      <main id="main" className="mx-auto max-w-2xl px-4 py-16">
        <h1 className="text-3xl font-bold">{t("workspace.suspended.activeTitle")}</h1>
        <p className="mt-4 text-lg">{t("workspace.suspended.activeText", { city: city.name })}</p>
        <p className="mt-6">
          <Link href={`/${city.slug}/workspace`}>{t("workspace.suspended.openWorkspace")}</Link>
        </p>
      </main>
    );
  }

  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold">{t("workspace.suspended.title")}</h1>
      <div className="mt-6 rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
        <p className="text-lg font-semibold">{t("workspace.suspended.text", { city: city.name })}</p>
        <p className="mt-2">{t("workspace.suspended.nothingDeleted")}</p>
      </div>
      <p className="mt-6">{t("workspace.suspended.contact")}</p>
      <p className="mt-6">
        <Link href="/">{t("workspace.suspended.home")}</Link>
      </p>
    </main>
  );
}

export default withNotFound(SuspendedPage, AppNotFoundView);
