import type { Metadata } from "next";
import { IdentityProvidersPanel } from "@/components/identity/identity-providers-panel";
import { dictionary, translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { listIdentityProviders } from "@/lib/kernel/auth/identity/list-identity-providers";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../_components/page-shell";
import { SettingsNav } from "../settings-nav";
import { createIdentityProviderAction, deleteIdentityProviderAction, updateIdentityProviderAction } from "./actions";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("identity.title") };
}

/** The city's own identity providers: the city admin keeps them, officers see them. Secrets never reach the page. */
export default async function SignInSettingsPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "members.read", `/${city}/workspace/settings/sign-in`);
  const locale = await requestLocale();
  const t = translator(locale);
  const canEdit = ctx.can("settings.manage");
  const providers = await listIdentityProviders(ctx.city.id);
  const slug = ctx.city.slug;

  return (
    <PageShell title={t("settings.title")}>
      <SettingsNav citySlug={slug} t={t} showAudit={ctx.can("audit.read")} />
      <h2 className="text-2xl font-semibold">{t("identity.title")}</h2>
      <p className="mt-1 mb-6 max-w-prose text-slate-800">{t("identity.intro")}</p>
      {canEdit ? null : <p className="mb-6 rounded-md bg-slate-100 p-3 text-slate-800">{t("identity.readOnly")}</p>}
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
        canEdit={canEdit}
        messages={dictionary(locale).identity}
        actions={{
          create: createIdentityProviderAction.bind(null, slug),
          update: updateIdentityProviderAction.bind(null, slug),
          remove: deleteIdentityProviderAction.bind(null, slug),
        }}
      />
    </PageShell>
  );
}
