import type { Metadata } from "next";
import Link from "next/link";
import { AuthHeader } from "@/components/auth/auth-header";
import { textsFor } from "@/components/auth/texts";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/current-user";
import { translator } from "@/lib/i18n/dictionary";
import { formatDate } from "@/lib/i18n/format";
import { requestLocale } from "@/lib/i18n/request-locale";
import { findInvitation } from "@/lib/members/accept-invitation";
import { AcceptInvitationForm } from "./accept-invitation-form";

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
    const mode = signedInAsInvited ? "signed-in" : invitation.account === "password" ? "existing" : invitation.account === "sign_in" ? "sign-in-first" : "new";
    body = (
      <>
        <div className="space-y-2 text-slate-800">
          <p className="text-lg">{t("auth.invite.intro", { city: invitation.cityName, role: t(`auth.roles.${invitation.role}`) })}</p>
          <p>{t("auth.invite.forEmail", { email: invitation.email })}</p>
          <p className="text-sm text-slate-700">{t("auth.invite.validUntil", { date: formatDate(locale, invitation.expiresAt, "long") })}</p>
          {user && !signedInAsInvited ? <p>{t("auth.invite.signedInOther", { email: user.email })}</p> : null}
          {mode === "signed-in" ? <p>{t("auth.invite.signedIn", { email: invitation.email })}</p> : null}
          {mode === "existing" ? <p>{t("auth.invite.existingAccount")}</p> : null}
          {mode === "sign-in-first" ? <p>{t("auth.invite.signInFirst")}</p> : null}
          {mode === "new" ? <p>{t("auth.invite.newAccount")}</p> : null}
        </div>
        {mode === "sign-in-first" ? (
          <p>
            <Link href={`/login?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className={buttonClasses("primary")}>
              {t("auth.invite.signInToAccept")}
            </Link>
          </p>
        ) : (
          <AcceptInvitationForm
            mode={mode}
            token={token}
            email={invitation.email}
            cityName={invitation.cityName}
            texts={textsFor(locale, ["auth.name", "auth.password", "auth.newPassword", "auth.confirmPassword", "auth.passwordHint", "auth.invite", "auth.validation"])}
          />
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
