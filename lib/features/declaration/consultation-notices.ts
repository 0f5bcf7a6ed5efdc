import "server-only";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { systemCityDb } from "@/lib/kernel/tenancy/system-city-db";
import { controlDb } from "@/lib/kernel/db/control";
import type { City } from "@/lib/generated/control/client";
import { log } from "@/lib/kernel/log";
import { cityRecipients, notify, type PendingMail } from "@/lib/features/comments/notify";
import { consultationNotice, consultationPath, type ConsultationNotice } from "./consultation-notify";
import { startOfUtcDay } from "@/lib/kernel/dates";

/**
 * "The consultation is open" and "it closes soon", to the advisory council's members, each once
 * per declaration: the declaration row records that it went out (consultationOpenedNotifiedAt,
 * consultationClosingNotifiedAt), claimed with a conditional update so two runs never both send.
 * Run daily by the job worker (lib/kernel/jobs/worker.ts) after the reminders; the lifecycle's "open
 * consultation" step may call notifyConsultationOpened at once, the daily run then finds it done.
 */
export const CLOSING_SOON_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

type Field = "consultationOpenedNotifiedAt" | "consultationClosingNotifiedAt";

async function claimAndNotify(
  db: CityDb,
  city: City,
  declarationId: string,
  field: Field,
  notice: (d: { title: string; consultationOpensOn: Date | null; consultationClosesOn: Date | null }) => ConsultationNotice | null,
  now: Date,
): Promise<number> {
  const recipients = await cityRecipients(city, { roles: ["advisory_member"] });
  let pending: PendingMail | null = null;
  const claimed = await auditedTransaction(db, null, async (tx, audit) => {
    const d = await tx.declaration.findUnique({ where: { id: declarationId } });
    if (!d || d.status !== "consultation" || d[field]) return false;
    const n = notice(d);
    if (!n) return false;
    // Bookkeeping, not an edit: version and updatedAt stay as they are.
    const { count } = await tx.declaration.updateMany({ where: { id: d.id, [field]: null }, data: { [field]: now, updatedAt: d.updatedAt } });
    if (count === 0) return false;
    await audit({ action: "notify", entity: "Declaration", entityId: d.id, after: { [field]: now, recipients: recipients.length } });
    pending = await notify(tx, city, recipients, consultationNotice(n), consultationPath(city.slug), now);
    return true;
  });
  if (!claimed) return 0;
  await (pending as PendingMail | null)?.send();
  return recipients.length;
}

export function notifyConsultationOpened(db: CityDb, city: City, declarationId: string, now = new Date()): Promise<number> {
  // Not before its opening date: the daily run sends it on that day.
  return claimAndNotify(
    db,
    city,
    declarationId,
    "consultationOpenedNotifiedAt",
    (d) =>
      d.consultationOpensOn && d.consultationOpensOn > startOfUtcDay(now)
        ? null
        : { kind: "consultation_opened", declarationTitle: d.title, closesOn: d.consultationClosesOn },
    now,
  );
}

export interface ConsultationNoticeRun {
  opened: number;
  closing: number;
  failedCities: string[];
}

export async function runConsultationNotices(opts: { now?: Date; cities?: string[] } = {}): Promise<ConsultationNoticeRun> {
  const now = opts.now ?? new Date();
  const today = startOfUtcDay(now);
  const cities = await controlDb().city.findMany({
    where: { status: "active", provisionedAt: { not: null }, ...(opts.cities ? { slug: { in: opts.cities } } : {}) },
    orderBy: { slug: "asc" },
  });
  const run: ConsultationNoticeRun = { opened: 0, closing: 0, failedCities: [] };
  for (const city of cities) {
    try {
      const db = systemCityDb(city, "job");
      const open = await db.declaration.findMany({
        where: { status: "consultation" },
        select: { id: true, consultationOpensOn: true, consultationClosesOn: true, consultationOpenedNotifiedAt: true, consultationClosingNotifiedAt: true },
      });
      for (const d of open) {
        if (!d.consultationOpenedNotifiedAt && (!d.consultationOpensOn || d.consultationOpensOn <= today)) {
          if (await notifyConsultationOpened(db, city, d.id, now)) run.opened++;
        }
        const closes = d.consultationClosesOn;
        if (closes && !d.consultationClosingNotifiedAt && today <= closes && closes.getTime() - today.getTime() <= CLOSING_SOON_DAYS * DAY_MS) {
          const sent = await claimAndNotify(
            db,
            city,
            d.id,
            "consultationClosingNotifiedAt",
            (x) => (x.consultationClosesOn ? { kind: "consultation_closing", declarationTitle: x.title, closesOn: x.consultationClosesOn } : null),
            now,
          );
          if (sent) run.closing++;
        }
      }
    } catch (err) {
      run.failedCities.push(city.slug);
      log("error", "consultation notices failed for a city", { city: city.slug, err });
    }
  }
  return run;
}
