import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/kernel/tenancy/city-access", () => ({ citiesOfUser: async () => [] }));
const { homePathOf } = await import("./home-path");

const city = (slug: string, status: "active" | "suspended" = "active") => ({ slug, name: slug, status, role: "officer" as const });
const member = { platformAdmin: false, cityScope: null };
const admin = { platformAdmin: true, cityScope: null };

describe("where sign-in leads", () => {
  it("a member of one active city: that city's workspace", () => {
    expect(homePathOf(member, [city("zonnestad")])).toBe("/zonnestad/workspace");
  });

  it("a member of several cities: the chooser", () => {
    expect(homePathOf(member, [city("riverton"), city("zonnestad")])).toBe("/workspace");
  });

  it("a member of no city, or only of a suspended one: the chooser, which says why", () => {
    expect(homePathOf(member, [])).toBe("/workspace");
    expect(homePathOf(member, [city("zonnestad", "suspended")])).toBe("/workspace");
  });

  it("a platform admin: the platform administration, or the chooser when also a member of a city", () => {
    expect(homePathOf(admin, [])).toBe("/admin");
    expect(homePathOf(admin, [city("zonnestad")])).toBe("/workspace");
  });

  it("a session from a city's identity provider opens that city, never the platform administration", () => {
    expect(homePathOf({ platformAdmin: true, cityScope: "c1" }, [city("zonnestad")])).toBe("/zonnestad/workspace");
  });
});
