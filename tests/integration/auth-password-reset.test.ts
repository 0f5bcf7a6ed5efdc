import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/kernel/auth/authorize-credentials";
import { changePassword } from "@/lib/kernel/auth/change-password";
import { hashPassword } from "@/lib/kernel/auth/password";
import { createPasswordResetToken, findPasswordReset, requestPasswordReset, resetPassword } from "@/lib/kernel/auth/password-reset";
import { userForSession } from "@/lib/kernel/auth/session-check";
import { hashToken } from "@/lib/kernel/auth/tokens";
import { controlDb } from "@/lib/kernel/db/control";
import { getPool } from "@/lib/kernel/db/pool";
import { AppError } from "@/lib/kernel/errors";
import { provisionCity } from "@/lib/kernel/tenancy/provision-city";
import { uniqueSlug } from "../helpers/cities";

const OLD = "kite river moss";
const NEW = "seven blue bicycles";

async function createUser(password: string | null = OLD) {
  return controlDb().user.create({
    data: { email: `r-${randomBytes(5).toString("hex")}@reset.test`, name: "Reset", passwordHash: password ? await hashPassword(password) : null },
  });
}

async function messageKeyOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.messageKey;
    throw e;
  }
  throw new Error("expected an AppError");
}

const signIn = (email: string, password: string) => authorizeCredentials({ email, password, ip: null });

describe("password reset", () => {
  it("sets the new password, works once, and ends every session", async () => {
    const user = await createUser();
    const token = await createPasswordResetToken(user.id);
    expect(await findPasswordReset(token)).toEqual({ status: "open", email: user.email, hasPassword: true });

    await resetPassword(token, NEW);
    expect((await signIn(user.email, NEW)).ok).toBe(true);
    expect((await signIn(user.email, OLD)).ok).toBe(false);
    expect(await userForSession({ uid: user.id, sv: user.sessionVersion })).toBeNull();

    expect(await findPasswordReset(token)).toEqual({ status: "used" });
    expect(await messageKeyOf(resetPassword(token, "another fine phrase"))).toBe("auth.reset.used");
    const audit = await controlDb().platformAuditLog.findFirst({ where: { actorId: user.id, action: "user.password_reset" } });
    expect(audit?.target).toBe(user.email);
  });

  it("spends the user's other open reset links too", async () => {
    const user = await createUser();
    const first = await createPasswordResetToken(user.id);
    const second = await createPasswordResetToken(user.id);
    await resetPassword(second, NEW);
    expect(await findPasswordReset(first)).toEqual({ status: "used" });
  });

  it("refuses an expired or unknown link", async () => {
    const user = await createUser();
    const token = await createPasswordResetToken(user.id);
    await controlDb().passwordReset.update({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findPasswordReset(token)).toEqual({ status: "expired" });
    expect(await messageKeyOf(resetPassword(token, NEW))).toBe("auth.reset.expired");
    expect(await findPasswordReset("x".repeat(43))).toEqual({ status: "invalid" });
    expect(await messageKeyOf(resetPassword("x".repeat(43), NEW))).toBe("auth.reset.invalid");
    expect((await signIn(user.email, OLD)).ok).toBe(true);
  });

  it("a reset link lasts one hour", async () => {
    const user = await createUser();
    const token = await createPasswordResetToken(user.id);
    const row = await controlDb().passwordReset.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    const ttl = row.expiresAt.getTime() - row.createdAt.getTime();
    expect(Math.abs(ttl - 60 * 60 * 1000)).toBeLessThan(5_000);
  });

  it("enforces the password policy, including the account's email address", async () => {
    const user = await createUser();
    const token = await createPasswordResetToken(user.id);
    await expect(resetPassword(token, "short")).rejects.toMatchObject({ code: "validation" });
    await expect(resetPassword(token, "password1234")).rejects.toMatchObject({
      details: { fieldErrors: { password: ["auth.validation.passwordCommon"] } },
    });
    await expect(resetPassword(token, `${user.email} backwards`)).rejects.toMatchObject({
      details: { fieldErrors: { password: ["auth.validation.passwordContainsEmail"] } },
    });
    // Refusals do not spend the link.
    expect((await findPasswordReset(token)).status).toBe("open");
  });

  it("the first city admin's set-password link from provisioning works on the same page, for 7 days", async () => {
    const slug = uniqueSlug("rst");
    const r = await provisionCity(getPool(), { slug, name: "Reset City", country: "NL", defaultLocale: "nl", adminEmail: `first@${slug}.test` });
    const token = r.adminPasswordToken!;
    const found = await findPasswordReset(token);
    expect(found).toEqual({ status: "open", email: `first@${slug}.test`, hasPassword: false });
    const row = await controlDb().passwordReset.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 60 * 60 * 1000);
    await resetPassword(token, NEW);
    expect((await signIn(`first@${slug}.test`, NEW)).ok).toBe(true);
  });

  it("asking for a reset creates a link only for an existing, enabled account, and is rate limited", async () => {
    const user = await createUser();
    const count = () => controlDb().passwordReset.count({ where: { userId: user.id } });
    await requestPasswordReset(user.email.toUpperCase(), { locale: "en", address: "192.0.2.1" });
    expect(await count()).toBe(1);
    await expect(requestPasswordReset(`nobody-${randomBytes(4).toString("hex")}@reset.test`, { locale: "nl" })).resolves.toBeUndefined();
    // Three per mailbox from one address, twenty per mailbox in all.
    for (let i = 0; i < 10; i++) await requestPasswordReset(user.email, { locale: "en", address: "192.0.2.1" });
    expect(await count()).toBe(3);
    for (let i = 0; i < 30; i++) await requestPasswordReset(user.email, { locale: "en", address: `192.0.2.${10 + i}` });
    expect(await count()).toBe(20);
  });

  it("completing a reset makes its address one the owner is known at, and forgets that address's failures for the account", async () => {
    process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS = "2";
    try {
      const user = await createUser();
      for (let i = 0; i < 2; i++) await authorizeCredentials({ email: user.email, password: `guess ${i} wrong`, ip: "192.0.2.50" });
      expect(await authorizeCredentials({ email: user.email, password: OLD, ip: "192.0.2.50" })).toMatchObject({ reason: "throttled" });
      await resetPassword(await createPasswordResetToken(user.id), NEW, { address: "192.0.2.50" });
      expect((await authorizeCredentials({ email: user.email, password: NEW, ip: "192.0.2.50" })).ok).toBe(true);
      expect(await controlDb().knownSignInAddress.count({ where: { userId: user.id, address: "192.0.2.50" } })).toBe(1);
    } finally {
      delete process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS;
    }
  });
});

describe("change password", () => {
  it("needs the current password, applies the policy, and ends every session", async () => {
    const user = await createUser();
    await expect(changePassword(user.id, { currentPassword: "not the password", password: NEW })).rejects.toMatchObject({
      details: { fieldErrors: { currentPassword: ["account.password.currentWrong"] } },
    });
    await expect(changePassword(user.id, { currentPassword: OLD, password: "qwertyuiop12" })).rejects.toMatchObject({ code: "validation" });
    expect(await userForSession({ uid: user.id, sv: user.sessionVersion })).not.toBeNull();

    await changePassword(user.id, { currentPassword: OLD, password: NEW });
    expect((await signIn(user.email, NEW)).ok).toBe(true);
    expect(await userForSession({ uid: user.id, sv: user.sessionVersion })).toBeNull();
  });

  it("wrong current passwords count toward the sign-in throttle", async () => {
    process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS = "2";
    try {
      const user = await createUser();
      const ip = "192.0.2.77";
      for (let i = 0; i < 2; i++) await changePassword(user.id, { currentPassword: `guess ${i} wrong`, password: NEW }, { ip }).catch(() => undefined);
      await expect(changePassword(user.id, { currentPassword: OLD, password: NEW }, { ip })).rejects.toMatchObject({ code: "rate_limited" });
    } finally {
      delete process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS;
    }
  });
});
