import "server-only";
import { cityRecipients, notify, type Notice, type PendingMail } from "@/lib/features/comments/notify";
import { translator } from "@/lib/features/dictionary";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";

/** "The annual report <year> is open for comments", in each recipient's language. */
const openedNotice = (year: number): Notice => ({
  kind: "consultation_opened",
  compose: (locale, cityName) => {
    const t = translator(locale);
    return { title: t("consultation.notify.reportOpenedTitle", { city: cityName, year }), body: t("consultation.notify.reportOpenedBody", { year }) };
  },
});

/**
 * Opening the report's consultation tells the advisory council, as the declaration's does
 * (lib/features/declaration/consultation-notices.ts): in-app at once, by email when SMTP is set.
 * Each opening is news, so reopening after a return to draft tells them again.
 */
export async function notifyReportConsultationOpened(scope: CityScope, reportId: string, now = new Date()): Promise<number> {
  const recipients = await cityRecipients(scope.city, { roles: ["advisory_member"] });
  const pending = await auditedTransaction(scope.db, scope.actor.id, async (tx, audit): Promise<PendingMail | null> => {
    const report = await tx.annualReport.findUnique({ where: { id: reportId }, select: { id: true, year: true, status: true } });
    if (!report || report.status !== "consultation") return null;
    await audit({ action: "notify", entity: "AnnualReport", entityId: report.id, after: { consultationOpened: now, recipients: recipients.length } });
    return notify(tx, scope.city, recipients, openedNotice(report.year), `/${scope.city.slug}/workspace/reports/${report.id}`, now);
  });
  if (!pending) return 0;
  await pending.send();
  return recipients.length;
}
