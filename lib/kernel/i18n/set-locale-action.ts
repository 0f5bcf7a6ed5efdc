"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { publicAction } from "@/lib/kernel/action-chain/safe-action";
import { getSessionUser } from "@/lib/kernel/auth/current-user";
import { LOCALE_COOKIE, LOCALES } from "@/lib/kernel/i18n/locales";
import { setPreferredLocale } from "@/lib/kernel/auth/set-preferred-locale";

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/**
 * The language switch (components/shell, on every page). Public because the sign-in pages offer
 * it too; when someone is signed in, their account remembers the choice as well.
 */
export const setLocaleAction = publicAction({ name: "account.locale.set", input: z.object({ locale: z.enum(LOCALES) }) }, async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_S, sameSite: "lax", httpOnly: true });
  const user = await getSessionUser();
  if (user && user.locale !== locale) await setPreferredLocale(user.id, locale);
  return { locale };
});
