import type { Metadata } from "next";
import Link from "next/link";
import { withNotFound } from "@/components/not-found/with-not-found";
import { EmptyState } from "@/components/ui/empty-state";
import { notFound } from "next/navigation";
import { dictionary, translator, type MessageKey } from "@/lib/features/dictionary";
import { formatDate, formatDateTime } from "@/lib/kernel/i18n/format";
import { isLocale, LOCALE_NAMES } from "@/lib/kernel/i18n/locales";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { getCityAdminView } from "@/lib/features/cities/get-city-admin-view";
import { requirePlatformAdminPage } from "@/lib/kernel/auth/require-platform-admin";
import { StatusBadge } from "../../status-badge";
import { IdentityProvidersPanel } from "@/components/identity/identity-providers-panel";
import { CityLogoPanel } from "@/components/settings/city-logo-panel";
import { logoOfCity } from "@/lib/features/city-settings/logo/public-logo";
import { listIdentityProviders } from "@/lib/kernel/auth/identity/list-identity-providers";
import { AppointAdminForm } from "./appoint-admin-form";
import { createCityIdentityProviderAction, deleteCityIdentityProviderAction, updateCityIdentityProviderAction } from "./identity-actions";
import { removePlatformCityLogoAction, uploadPlatformCityLogoAction } from "./logo-actions";
import { StatusControl } from "./status-control";
import { AppNotFoundView } from "@/components/not-found/app-not-found";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: `${slug} — ${translator(await requestLocale())("admin.title")}` };
}

/** "city.suspend" → its label in admin.auditActions; an action without a label is shown as recorded. */
function auditLabel(t: (key: MessageKey) => string, action: string): string {
  const key = `admin.auditActions.${action.replaceAll(".", "_")}` as MessageKey;
  const label = t(key);
  return label === key ? action : label;
}

async function AdminCityPage({ params }: Props) {
  const { slug } = await params;
  await requirePlatformAdminPage(`/admin/cities/${encodeURIComponent(slug)}`);
  const city = await getCityAdminView(slug);
  if (!city) notFound();
  const locale = await requestLocale();
  const t = translator(locale);
  const messages = dictionary(locale).admin;
  const localeName = (l: string) => (isLocale(l) ? LOCALE_NAMES[l] : l);
  const providers = city.provisioned ? await listIdentityProviders(city.id) : [];
  const logo = city.provisioned ? await logoOfCity(city.slug) : null;

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl space-y-10 px-4 py-8 focus:outline-none">
      <div className="space-y-2">
        <p>
          <Link href="/admin">{t("admin.nav.backToCities")}</Link>
        </p>
        <h1 className="text-3xl font-bold text-slate-900">{city.name}</h1>
        <p>
          <StatusBadge status={city.status} label={t(`admin.status.${city.status}`)} />
        </p>
      </div>

      <section aria-labelledby="details-heading" className="space-y-3">
        <h2 id="details-heading" className="text-2xl font-semibold text-slate-900">
          {t("admin.detail.details")}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-medium">{t("admin.cities.slug")}</dt>
          <dd className="font-mono">{city.slug}</dd>
          <dt className="font-medium">{t("admin.cities.country")}</dt>
          <dd>{city.country}</dd>
          <dt className="font-medium">{t("admin.detail.defaultLocale")}</dt>
          <dd>{localeName(city.defaultLocale)}</dd>
          <dt className="font-medium">{t("admin.detail.locales")}</dt>
          <dd>{city.locales.map(localeName).join(", ")}</dd>
          <dt className="font-medium">{t("admin.detail.schema")}</dt>
          <dd className="font-mono">{city.schemaName}</dd>
          <dt className="font-medium">{t("admin.detail.created")}</dt>
          <dd>{formatDate(locale, city.createdAt, "long")}</dd>
          {city.provisioned && city.status === "active" && (
            <>
              <dt className="font-medium">{t("admin.cities.publicPage")}</dt>
              <dd>
                <a href={`/${city.slug}/${city.defaultLocale}`}>
                  /{city.slug}/{city.defaultLocale}
                </a>
              </dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="status-heading" className="space-y-3">
        <h2 id="status-heading" className="text-2xl font-semibold text-slate-900">
          {t("admin.statusControl.heading")}
        </h2>
        <StatusControl slug={city.slug} name={city.name} status={city.status} messages={messages} cancelLabel={t("common.cancel")} />
      </section>

      <section aria-labelledby="admins-heading" className="space-y-3">
        <h2 id="admins-heading" className="text-2xl font-semibold text-slate-900">
          {t("admin.detail.administrators")}
        </h2>
        {city.admins.length === 0 ? (
          <EmptyState>{t("admin.detail.noAdministrators")}</EmptyState>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {city.admins.map((a) => (
              <li key={a.id}>
                {a.name} &lt;{a.email}&gt;
              </li>
            ))}
          </ul>
        )}
        {city.pendingInvitations.length > 0 && (
          <>
            <h3 className="text-lg font-semibold">{t("admin.detail.pendingInvitations")}</h3>
            <ul className="list-disc space-y-1 pl-6">
              {city.pendingInvitations.map((i) => (
                <li key={i.id}>
                  {i.email} — {t("admin.detail.invitedOn", { date: formatDate(locale, i.createdAt), expires: formatDate(locale, i.expiresAt) })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="appoint-heading" className="space-y-3">
        <h2 id="appoint-heading" className="text-2xl font-semibold text-slate-900">
          {t("admin.appoint.heading")}
        </h2>
        <p className="max-w-prose text-slate-700">{t("admin.appoint.help")}</p>
        <AppointAdminForm slug={city.slug} messages={messages} />
      </section>

      {city.provisioned ? (
        <section aria-labelledby="identity-heading" className="space-y-3">
          <h2 id="identity-heading" className="text-2xl font-semibold text-slate-900">
            {t("identity.title")}
          </h2>
          <p className="max-w-prose text-slate-700">{t("identity.intro")}</p>
          <IdentityProvidersPanel
            initial={providers.map(({ id, displayName, issuer, clientId, enabled, version, redirectUri }) => ({
              id,
              displayName,
              issuer,
              clientId,
              enabled,
              version,
              redirectUri,
            }))}
            canEdit
            messages={dictionary(locale).identity}
            actions={{ create: createCityIdentityProviderAction, update: updateCityIdentityProviderAction, remove: deleteCityIdentityProviderAction }}
            extra={{ citySlug: city.slug }}
          />
        </section>
      ) : null}

      {city.provisioned ? (
        <section aria-labelledby="logo-heading" className="space-y-3">
          <h2 id="logo-heading" className="text-2xl font-semibold text-slate-900">
            {t("settings.logo.title")}
          </h2>
          <p className="max-w-prose text-slate-700">{t("settings.logo.intro")}</p>
          <CityLogoPanel
            initial={logo}
            cityName={city.name}
            canEdit
            locale={locale}
            messages={dictionary(locale).settings.logo}
            cancelLabel={t("common.cancel")}
            actions={{ upload: uploadPlatformCityLogoAction, remove: removePlatformCityLogoAction }}
            extra={{ citySlug: city.slug }}
            preview={city.status === "active"}
          />
        </section>
      ) : null}

      <section aria-labelledby="audit-heading" className="space-y-3">
        <h2 id="audit-heading" className="text-2xl font-semibold text-slate-900">
          {t("admin.detail.audit")}
        </h2>
        {city.audit.length === 0 ? (
          <p>{t("admin.detail.auditEmpty")}</p>
        ) : (
          <table className="min-w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="px-3 py-2">
                  {t("admin.detail.auditWhen")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("admin.detail.auditAction")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("admin.detail.auditBy")}
                </th>
              </tr>
            </thead>
            <tbody>
              {city.audit.map((a) => (
                <tr key={a.id} className="border-b border-slate-200">
                  <td className="px-3 py-2">{formatDateTime(locale, a.at)}</td>
                  <td className="px-3 py-2">
                    {auditLabel(t, a.action)}
                    {a.target?.includes("@") ? ` (${a.target})` : ""}
                  </td>
                  <td className="px-3 py-2">{a.actor ?? t("admin.detail.auditSystem")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}

export default withNotFound(AdminCityPage, AppNotFoundView);
