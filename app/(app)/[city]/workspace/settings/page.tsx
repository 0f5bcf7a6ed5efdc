import type { Metadata } from "next";
import { dictionary, translator } from "@/lib/features/dictionary";
import { LOCALE_NAMES, type Locale } from "@/lib/kernel/i18n/locales";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { CityLogoPanel } from "@/components/settings/city-logo-panel";
import { currentLogo, logoView } from "@/lib/features/city-settings/logo/current-logo";
import { toSettingsView } from "@/lib/features/city-settings/settings-view";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../_components/page-shell";
import { removeCityLogoAction, uploadCityLogoAction } from "./logo-actions";
import { SettingsForm } from "./settings-form";
import { SettingsNav } from "./settings-nav";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("settings.city.title") };
}

/** City settings: a form for the city admin, the current values for others who may see settings (officers). */
export default async function SettingsPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "members.read", `/${city}/workspace/settings`);
  const locale = await requestLocale();
  const t = translator(locale);
  const settings = toSettingsView(ctx.city);
  const logo = await currentLogo(ctx.db);
  const canEdit = ctx.can("settings.manage");

  return (
    <PageShell title={t("settings.title")}>
      <SettingsNav citySlug={ctx.city.slug} t={t} showAudit={ctx.can("audit.read")} />
      <h2 className="text-2xl font-semibold">{t("settings.city.title")}</h2>
      <p className="mt-1 mb-6 text-slate-800">{t("settings.city.intro")}</p>
      {canEdit ? (
        <SettingsForm
          citySlug={ctx.city.slug}
          initial={{
            name: settings.name,
            locales: settings.locales,
            defaultLocale: settings.defaultLocale,
            brandColor: settings.brandColor,
            updateIntervalDays: settings.updateIntervalDays,
            fourEyesApproval: settings.fourEyesApproval,
            version: settings.version,
          }}
          messages={dictionary(locale).settings}
          saving={t("common.saving")}
        />
      ) : (
        <>
          <p className="mb-4 rounded-md bg-slate-100 p-3 text-slate-800">{t("settings.city.readOnly")}</p>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("settings.city.name")}</dt>
            <dd>{settings.name}</dd>
            <dt className="font-semibold">{t("settings.city.locales")}</dt>
            <dd>{settings.locales.map((l: Locale) => LOCALE_NAMES[l]).join(", ")}</dd>
            <dt className="font-semibold">{t("settings.city.defaultLocale")}</dt>
            <dd>{LOCALE_NAMES[settings.defaultLocale]}</dd>
            <dt className="font-semibold">{t("settings.city.brandColor")}</dt>
            <dd className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-block h-5 w-8 rounded border border-slate-500" style={{ backgroundColor: settings.brandColor }} />
              <code>{settings.brandColor}</code>
            </dd>
            <dt className="font-semibold">{t("settings.city.updateInterval")}</dt>
            <dd>{t("settings.city.updateIntervalValue", { days: settings.updateIntervalDays })}</dd>
            <dt className="font-semibold">{t("settings.city.fourEyes")}</dt>
            <dd>{t(settings.fourEyesApproval ? "settings.city.fourEyesOn" : "settings.city.fourEyesOff")}</dd>
          </dl>
        </>
      )}
      <section aria-labelledby="city-logo-heading" className="mt-10 space-y-3">
        <h2 id="city-logo-heading" className="text-2xl font-semibold">
          {t("settings.logo.title")}
        </h2>
        <p className="max-w-prose text-slate-800">{t("settings.logo.intro")}</p>
        <CityLogoPanel
          initial={logo ? logoView(ctx.city.slug, logo) : null}
          cityName={ctx.city.name}
          canEdit={canEdit}
          locale={locale}
          messages={dictionary(locale).settings.logo}
          cancelLabel={t("common.cancel")}
          actions={{ upload: uploadCityLogoAction.bind(null, ctx.city.slug), remove: removeCityLogoAction.bind(null, ctx.city.slug) }}
        />
      </section>
    </PageShell>
  );
}
