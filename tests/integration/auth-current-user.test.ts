import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";

// getSessionUser reads the session cookie of the request; stand in for the request's cookies.
const cookieJar = vi.hoisted(() => ({ value: null as string | null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => (cookieJar.value ? [{ name: "next-auth.session-token", value: cookieJar.value }] : []) }),
  headers: async () => new Headers(),
}));

const { getSessionUser } = await import("@/lib/kernel/auth/current-user");
const { endSessions } = await import("@/lib/kernel/auth/end-sessions");
const { controlDb } = await import("@/lib/kernel/db/control");

beforeEach(() => {
  cookieJar.value = null;
});

const token = (claims: Record<string, unknown>) => encode({ token: claims, secret: process.env.NEXTAUTH_SECRET! });

describe("getSessionUser and session revocation", () => {
  it("returns the user of a current session and null once endSessions ran", async () => {
    const user = await controlDb().user.create({ data: { email: `cu-${randomBytes(5).toString("hex")}@sessions.test`, name: "Cu" } });
    cookieJar.value = await token({ uid: user.id, sv: user.sessionVersion });
    expect(await getSessionUser()).toMatchObject({ id: user.id, email: user.email, cityScope: null });
    await endSessions(user.id);
    expect(await getSessionUser()).toBeNull();
  });

  it("returns null without a session, with a forged one, and for a platform admin's city-scoped one", async () => {
    expect(await getSessionUser()).toBeNull();
    const user = await controlDb().user.create({ data: { email: `cu-${randomBytes(5).toString("hex")}@sessions.test`, name: "Pa", platformAdmin: true } });
    cookieJar.value = await encode({ token: { uid: user.id, sv: 1 }, secret: "another-secret-another-secret-another" });
    expect(await getSessionUser()).toBeNull();
    cookieJar.value = await token({ uid: user.id, sv: 1, cs: "00000000-0000-4000-8000-000000000000" });
    expect(await getSessionUser()).toBeNull();
    cookieJar.value = await token({ uid: user.id, sv: 1 });
    expect(await getSessionUser()).toMatchObject({ platformAdmin: true });
  });
});
