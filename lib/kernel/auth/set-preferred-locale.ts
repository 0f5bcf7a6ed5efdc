import "server-only";
import { controlDb } from "@/lib/kernel/db/control";
import type { Locale } from "@/lib/kernel/i18n/locales";

/** The user's preferred language for the workspace and for mails sent to them. */
export async function setPreferredLocale(userId: string, locale: Locale): Promise<void> {
  await controlDb().user.update({ where: { id: userId }, data: { locale } });
}
