/**
 * The one permissions table: which role may do what in a city. Every check reads it
 * (lib/kernel/tenancy/city-access.ts); the role-matrix test walks all of it.
 */
import type { Role } from "@/lib/generated/control/enums";

export const ROLES = ["city_admin", "officer", "council_member", "advisory_member"] as const satisfies readonly Role[];

export const CAPABILITIES = [
  "workspace.view",
  "framework.read",
  "commitment.edit",
  "dashboard.read",
  "declaration.read",
  "declaration.edit",
  "declaration.comment",
  "plan.read",
  "plan.edit",
  "report.read",
  "report.edit",
  "report.comment",
  "public.publish",
  "members.read",
  "members.manage",
  "settings.manage",
  "audit.read",
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const ALL_READ: Capability[] = ["workspace.view", "framework.read", "dashboard.read", "declaration.read", "plan.read", "report.read"];

export const PERMISSIONS: Record<Role, ReadonlySet<Capability>> = {
  city_admin: new Set<Capability>([...CAPABILITIES]),
  officer: new Set<Capability>([
    ...ALL_READ,
    "commitment.edit",
    "declaration.edit",
    "declaration.comment",
    "plan.edit",
    "report.edit",
    "report.comment",
    "public.publish",
    "members.read",
  ]),
  council_member: new Set<Capability>([...ALL_READ, "declaration.comment", "report.comment"]),
  advisory_member: new Set<Capability>([...ALL_READ, "declaration.comment", "report.comment"]),
};

export function can(role: Role, capability: Capability): boolean {
  return PERMISSIONS[role].has(capability);
}
