import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDate, formatNumber } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { listCities } from "@/lib/features/cities/list-cities";
import { requirePlatformAdminPage } from "@/lib/kernel/auth/require-platform-admin";
import { CreateCityForm } from "./create-city-form";
import { StatusBadge } from "./status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("admin.title") };
}

export default async function PlatformAdminPage() {
  await requirePlatformAdminPage("/admin");
  const locale = await requestLocale();
  const t = translator(locale);
  const cities = await listCities();

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl space-y-10 px-4 py-8 focus:outline-none">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-slate-900">{t("admin.title")}</h1>
        <p className="text-slate-700">{t("admin.intro")}</p>
      </div>

      <section aria-labelledby="cities-heading" className="space-y-4">
        <h2 id="cities-heading" className="text-2xl font-semibold text-slate-900">
          {t("admin.cities.heading")}
        </h2>
        {cities.length === 0 ? (
          <EmptyState>{t("admin.cities.empty")}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("admin.cities.caption")}</caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="px-3 py-2">
                    {t("admin.cities.name")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("admin.cities.slug")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("admin.cities.country")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("admin.cities.status")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("admin.cities.created")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    {t("admin.cities.members")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("admin.cities.publicPage")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {cities.map((city) => (
                  <tr key={city.slug} className="border-b border-slate-200">
                    <th scope="row" className="px-3 py-2 font-medium">
                      <Link href={`/admin/cities/${city.slug}`} aria-label={t("admin.cities.open", { name: city.name })}>
                        {city.name}
                      </Link>
                    </th>
                    <td className="px-3 py-2 font-mono">{city.slug}</td>
                    <td className="px-3 py-2">{city.country}</td>
                    <td className="px-3 py-2">
                      <StatusBadge status={city.status} label={t(`admin.status.${city.status}`)} />
                      {!city.provisioned && <span className="ml-2 text-slate-700">({t("admin.cities.notProvisioned")})</span>}
                    </td>
                    <td className="px-3 py-2">{formatDate(locale, city.createdAt)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatNumber(locale, city.memberCount)}</td>
                    <td className="px-3 py-2">
                      {city.provisioned && city.status === "active" ? (
                        <a href={`/${city.slug}/${city.defaultLocale}`}>/{city.slug}</a>
                      ) : (
                        <span aria-hidden="true">—</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="create-city-heading" className="space-y-4">
        <h2 id="create-city-heading" className="text-2xl font-semibold text-slate-900">
          {t("admin.create.heading")}
        </h2>
        <p className="max-w-prose text-slate-700">{t("admin.create.help")}</p>
        <CreateCityForm messages={dictionary(locale).admin} />
      </section>
    </main>
  );
}
