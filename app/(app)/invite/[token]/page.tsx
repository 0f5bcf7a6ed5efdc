import type { Metadata } from "next";
import Link from "next/link";
import { AuthHeader } from "@/components/auth/auth-header";
import { textsFor } from "@/components/auth/texts";
import { Alert } from "@/components/ui/alert";
import { getSessionUser } from "@/lib/kernel/auth/current-user";
import { translator } from "@/lib/features/dictionary";
import { formatDate } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { signInOptionsOfCity } from "@/lib/kernel/auth/identity/list-identity-providers";
import { findInvitation } from "@/lib/features/members/accept-invitation";
import { AcceptInvitationForm } from "./accept-invitation-form";
import { ProviderAccept } from "./provider-accept";

type Props = { params: Promise<{ token: string }> };

const STATUS_MESSAGES = {
  invalid: "auth.invite.invalid",
  expired: "auth.invite.expired",
  used: "auth.invite.used",
  revoked: "auth.invite.revoked",
} as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await requestLocale())("auth.invite.title"), referrer: "no-referrer" };
}

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const locale = await requestLocale();
  const t = translator(locale);
  const [invitation, user] = await Promise.all([findInvitation(token), getSessionUser()]);

  let body;
  if (invitation.status !== "open") {
    body = (
      <>
        <Alert tone="warning">
          <p>{t(STATUS_MESSAGES[invitation.status])}</p>
        </Alert>
        {invitation.status === "used" ? (
          <p>
            <Link href="/login">{t("auth.signIn")}</Link>
          </p>
        ) : null}
      </>
    );
  } else {
    const signedInAsInvited = !!user && user.email === invitation.email;
    const providers = signedInAsInvited ? [] : await signInOptionsOfCity(invitation.cityId);
    const texts = textsFor(locale, [
      "auth.name",
      "auth.password",
      "auth.newPassword",
      "auth.confirmPassword",
      "auth.passwordHint",
      "auth.invite",
      "auth.validation",
      "auth.errors",
    ]);
    const passwordForm = (
      <AcceptInvitationForm
        mode={signedInAsInvited ? "signed-in" : "choose"}
        token={token}
        email={invitation.email}
        cityName={invitation.cityName}
        texts={texts}
      />
    );
    body = (
      <>
        <div className="space-y-2 text-slate-800">
          <p className="text-lg">{t("auth.invite.intro", { city: invitation.cityName, role: t(`auth.roles.${invitation.role}`) })}</p>
          <p>{t("auth.invite.forEmail", { email: invitation.email })}</p>
          <p className="text-sm text-slate-700">{t("auth.invite.validUntil", { date: formatDate(locale, invitation.expiresAt, "long") })}</p>
          {user && !signedInAsInvited ? <p>{t("auth.invite.signedInOther", { email: user.email })}</p> : null}
          {signedInAsInvited ? <p>{t("auth.invite.signedIn", { email: invitation.email })}</p> : null}
        </div>
        {providers.length ? (
          <>
            <section aria-labelledby="accept-provider" className="space-y-3">
              <h2 id="accept-provider" className="text-xl font-semibold text-slate-900">
                {t("auth.invite.withProviderHeading", { city: invitation.cityName })}
              </h2>
              <ProviderAccept token={token} citySlug={invitation.citySlug} providers={providers} texts={texts} />
            </section>
            <section aria-labelledby="accept-password" className="space-y-3 border-t border-slate-300 pt-6">
              <h2 id="accept-password" className="text-xl font-semibold text-slate-900">
                {t("auth.invite.withPasswordHeading")}
              </h2>
              {passwordForm}
            </section>
          </>
        ) : (
          passwordForm
        )}
      </>
    );
  }

  return (
    <>
      <AuthHeader locale={locale} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-md space-y-6 px-4 py-10 focus:outline-none">
        <h1 className="text-3xl font-bold text-slate-900">{t("auth.invite.title")}</h1>
        {body}
      </main>
    </>
  );
}
