import { translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { SignOutButtonClient } from "./sign-out-button-client";

/**
 * Sign out: ends the user's sessions on every device (the session version moves on), then clears
 * this browser's cookie and goes to the sign-in page. A server component so it can be dropped
 * into any server-rendered menu without passing labels.
 */
export async function SignOutButton({ className }: { className?: string }) {
  const t = translator(await requestLocale());
  return <SignOutButtonClient label={t("auth.signOut")} pendingLabel={t("auth.signingOut")} className={className} />;
}
