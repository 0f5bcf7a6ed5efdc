import type { Dictionary } from "@/lib/features/dictionary";
import { fill } from "@/lib/kernel/i18n/fill";
import type { AuditEntry } from "./records";

function pick(table: Record<string, unknown>, key: string): string | null {
  const v = table[key];
  return typeof v === "string" ? v : null;
}

/**
 * What an entry did, in the reader's language. An action or record type without a label (added
 * by a feature after this list) shows as recorded rather than not at all.
 */
export function actionLabel(d: Dictionary, e: Pick<AuditEntry, "source" | "action" | "entity">): string {
  if (e.source === "platform") return pick(d.admin.auditActions, e.action.replaceAll(".", "_")) ?? e.action;
  if (e.action.startsWith("status:")) {
    const to = e.action.slice("status:".length);
    const status = e.entity === "AnnualReport" ? pick(d.reports.status, to) : null;
    return fill(d.audit.actions.status, { status: status ?? to });
  }
  return pick(d.audit.actions, e.action.replace(/[:.]/g, "_")) ?? e.action;
}

export function entityLabel(d: Dictionary, e: Pick<AuditEntry, "entity">): string {
  if (e.entity === null) return d.audit.entities.platform;
  return pick(d.audit.entities, e.entity) ?? e.entity;
}
