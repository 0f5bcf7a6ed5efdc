import "server-only";
import { z } from "zod";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { toActionRecord, toMilestoneRecord, type ActionRecord, type MilestoneRecord } from "./records";
import type { ActionStatusValue } from "./schema";

export interface ActionHistoryEntry {
  id: string;
  at: Date;
  authorId: string | null;
  note: string;
  source: string;
  fromStatus: ActionStatusValue | null;
  toStatus: ActionStatusValue | null;
  fromProgress: number | null;
  toProgress: number | null;
  statusReason: string;
}

export interface ActionPage {
  action: ActionRecord;
  objective: { id: string; title: string };
  milestones: MilestoneRecord[];
  history: ActionHistoryEntry[];
}

/** One action of the plan `planId` (null for any other id), with its milestones and history. */
export async function getAction(db: CityDb, planId: string, actionId: string): Promise<ActionPage | null> {
  if (!z.uuid().safeParse(actionId).success || !z.uuid().safeParse(planId).success) return null;
  const row = await db.action.findFirst({
    where: { id: actionId, objective: { planId } },
    include: {
      objective: { select: { id: true, title: true } },
      commitmentLinks: { select: { commitmentId: true } },
      milestones: { orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }] },
      updates: { orderBy: [{ at: "desc" }, { id: "desc" }], take: 200 },
    },
  });
  if (!row) return null;
  const { objective, commitmentLinks, milestones, updates, ...action } = row;
  return {
    action: toActionRecord(
      action,
      commitmentLinks.map((l) => l.commitmentId),
    ),
    objective,
    milestones: milestones.map(toMilestoneRecord),
    history: updates.map((u) => ({
      id: u.id,
      at: u.at,
      authorId: u.authorId,
      note: u.note,
      source: u.source,
      fromStatus: u.fromStatus,
      toStatus: u.toStatus,
      fromProgress: u.fromProgress,
      toProgress: u.toProgress,
      statusReason: u.statusReason,
    })),
  };
}
