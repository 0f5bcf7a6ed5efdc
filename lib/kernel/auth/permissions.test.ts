import { describe, expect, it } from "vitest";
import { CAPABILITIES, PERMISSIONS, ROLES, can, type Capability } from "./permissions";

/**
 * The role matrix, written out by hand: a change to the permissions table has to change this
 * test too, so nobody widens a role by accident.
 */
const EXPECTED: Record<(typeof ROLES)[number], Capability[]> = {
  city_admin: [...CAPABILITIES],
  officer: [
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
  ],
  council_member: [
    "workspace.view",
    "framework.read",
    "dashboard.read",
    "declaration.read",
    "declaration.comment",
    "plan.read",
    "report.read",
    "report.comment",
  ],
  advisory_member: [
    "workspace.view",
    "framework.read",
    "dashboard.read",
    "declaration.read",
    "declaration.comment",
    "plan.read",
    "report.read",
    "report.comment",
  ],
};

describe("role matrix", () => {
  for (const role of ROLES) {
    for (const capability of CAPABILITIES) {
      const expected = EXPECTED[role].includes(capability);
      it(`${role} ${expected ? "may" : "may not"} ${capability}`, () => {
        expect(can(role, capability)).toBe(expected);
      });
    }
  }

  it("grants nothing outside the capability list", () => {
    for (const role of ROLES) for (const c of PERMISSIONS[role]) expect(CAPABILITIES).toContain(c);
  });
});
