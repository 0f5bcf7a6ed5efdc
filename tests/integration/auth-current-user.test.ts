import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

// getServerSession needs a request; stand in for it with the session next-auth would decode.
const sessionHolder: { current: Record<string, unknown> | null } = { current: null };
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: vi.fn(async () => sessionHolder.current),
}));

const { getSessionUser } = await import("@/lib/auth/current-user");
const { endSessions } = await import("@/lib/auth/end-sessions");
const { controlDb } = await import("@/lib/db/control");

beforeEach(() => {
  sessionHolder.current = null;
});

describe("getSessionUser and session revocation", () => {
  it("returns the user of a current session and null once endSessions ran", async () => {
    const user = await controlDb().user.create({ data: { email: `cu-${randomBytes(5).toString("hex")}@sessions.test`, name: "Cu" } });
    sessionHolder.current = { uid: user.id, sv: user.sessionVersion, expires: "2030-01-01T00:00:00Z" };
    expect(await getSessionUser()).toMatchObject({ id: user.id, email: user.email });
    await endSessions(user.id);
    expect(await getSessionUser()).toBeNull();
  });

  it("returns null without a session", async () => {
    expect(await getSessionUser()).toBeNull();
  });
});
