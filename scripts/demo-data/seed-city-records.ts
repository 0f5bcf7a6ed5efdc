/**
 * Fills a newly created demo city: departments, the commitments' owners, dates and links, and two
 * years of backdated updates written through applyCommitmentChange — the same path the app uses, so
 * the history, the audit log and the dashboards agree. Run only for a city just created (the
 * caller checks), so a second demo run changes nothing.
 */
import { auditedTransaction, type AuditEntry, type CityTx } from "@/lib/kernel/records/audited";
import { applyCommitmentChange } from "@/lib/features/commitments/apply-change";
import { systemCityDb } from "@/lib/kernel/tenancy/system-city-db";
import type { Commitment, Prisma } from "@/lib/generated/city/client";
import { DEMO_CITY_AGE_DAYS, type DemoCity, type DemoEditors, type DemoRecord } from "./demo-types";
import type { DemoPlan } from "./demo-plan-types";
import { RIVERTON_PLAN } from "./records/riverton-plan";
import { ZONNESTAD_PLAN } from "./records/zonnestad-plan";
import { seedDemoPlan } from "./seed-plan";

// A demo city is seeded in a few large transactions; on a busy machine they outlast the 5 s default.
const DEMO_TX = { timeout: 60_000 };

/** Each demo city's action plan (issue 5), seeded after its commitments. */
const PLANS: Record<string, DemoPlan> = { zonnestad: ZONNESTAD_PLAN, riverton: RIVERTON_PLAN };

const DAY = 86_400_000;

/** Relative demo dates made absolute once, at the start of the seed. */
function clock(now = new Date()) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return {
    // Office hours, varied a little so updates on one day do not share an instant.
    daysAgo: (n: number) => new Date(today - n * DAY + (9 + (n % 7)) * 3_600_000),
    // Calendar dates (@db.Date) at UTC midnight.
    day: (offset: number) => new Date(today + offset * DAY),
  };
}

type Clock = ReturnType<typeof clock>;
type Audit = (entry: AuditEntry) => Promise<void>;

async function applyRecord(tx: CityTx, audit: Audit, row: Commitment, rec: DemoRecord, editors: DemoEditors, departments: Map<string, string>, c: Clock) {
  const owner = editors[rec.owner ?? "officer"];
  // The department is a relation scalar: updateMany takes it, the mutation input type does not name it.
  const fields: Prisma.CommitmentUpdateManyMutationInput & { departmentId: string | null } = {
    text: rec.text,
    ownerId: rec.owner ? owner : null,
    departmentId: rec.department ? (departments.get(rec.department) ?? null) : null,
    startDate: rec.startDaysAgo !== undefined ? c.day(-rec.startDaysAgo) : null,
    targetDate: rec.targetInDays !== undefined ? c.day(rec.targetInDays) : null,
    charterArticles: rec.charter ?? [],
    udhrArticles: rec.udhr ?? [],
    sdgs: rec.sdgs ?? [],
    groups: rec.groups ?? [],
  };
  // Owner, department, dates and links first, on the day before the first update, so the history
  // starts with them (they change nothing tracked, so no update is written).
  const setUp = c.daysAgo(Math.max(0, ...rec.history.map((h) => h.daysAgo)) + 1);
  let current = (await applyCommitmentChange(tx, audit, owner, row, row.version, { note: "", source: "web" }, fields, setUp)).commitment;
  for (const step of rec.history) {
    const by = editors[step.by ?? rec.owner ?? "officer"];
    const change = { status: step.status, progress: step.progress, maturity: step.maturity, note: step.note, source: "web" as const };
    current = (await applyCommitmentChange(tx, audit, by, current, current.version, change, {}, c.daysAgo(step.daysAgo))).commitment;
  }
}

export async function seedCityRecords(city: DemoCity, schemaName: string, editors: DemoEditors): Promise<void> {
  const db = systemCityDb({ schemaName }, "demo-seed");
  const c = clock();
  const joined = c.daysAgo(DEMO_CITY_AGE_DAYS);
  const departments = new Map<string, string>();

  await auditedTransaction(
    db,
    editors.admin,
    async (tx, audit) => {
      for (const d of city.departments) {
        const row = await tx.department.create({ data: { ...d, createdAt: joined, createdBy: editors.admin, updatedBy: editors.admin } });
        departments.set(d.name, row.id);
        await audit({ action: "create", entity: "Department", entityId: row.id, after: row });
      }
      // The city joined about two years ago: its framework commitments date from then, so the
      // dashboard's history counts them from that day.
      for (const before of await tx.commitment.findMany({ where: { elementKey: { not: null } } })) {
        const after = await tx.commitment.update({
          where: { id: before.id },
          data: { createdAt: joined, lastUpdateAt: joined, version: { increment: 1 } },
        });
        await audit({ action: "update", entity: "Commitment", entityId: after.id, before, after });
      }
    },
    DEMO_TX,
  );

  for (const [key, rec] of Object.entries(city.commitments)) {
    await auditedTransaction(
      db,
      editors[rec.owner ?? "officer"],
      async (tx, audit) => {
        const row = await tx.commitment.findUnique({ where: { elementKey: key } });
        if (row) await applyRecord(tx, audit, row, rec, editors, departments, c);
      },
      DEMO_TX,
    );
  }

  for (const rec of city.own) {
    const owner = editors[rec.owner ?? "officer"];
    await auditedTransaction(
      db,
      owner,
      async (tx, audit) => {
        const created = c.daysAgo(rec.createdDaysAgo);
        const row = await tx.commitment.create({
          data: { layer: rec.layer, title: rec.title, createdAt: created, lastUpdateAt: created, createdBy: owner, updatedBy: owner },
        });
        await audit({ action: "create", entity: "Commitment", entityId: row.id, after: row });
        await applyRecord(tx, audit, row, rec, editors, departments, c);
      },
      DEMO_TX,
    );
  }

  const plan = PLANS[city.slug];
  if (plan) await seedDemoPlan(plan, schemaName, editors);
}
