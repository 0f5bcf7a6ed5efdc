import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authorizeCredentials } from "@/lib/kernel/auth/authorize-credentials";
import { hashPassword } from "@/lib/kernel/auth/password";
import { accountAddressKey, accountKey, ACCOUNT_WINDOW_MS, ADDRESS_WINDOW_MS, addressKey } from "@/lib/kernel/auth/sign-in-limits";
import { delayFor } from "@/lib/kernel/auth/throttle";
import { controlDb } from "@/lib/kernel/db/control";

const argon2Verify = vi.hoisted(() => vi.fn());
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  argon2Verify.mockImplementation(real.verify);
  return { ...real, verify: argon2Verify };
});

const PASSWORD = "kite river moss";

function uniqueEmail(prefix = "user") {
  return `${prefix}-${randomBytes(5).toString("hex")}@auth.test`;
}

function uniqueIp() {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

async function createUser(opts: { disabled?: boolean } = {}) {
  const email = uniqueEmail();
  return controlDb().user.create({ data: { email, name: "Test", passwordHash: await hashPassword(PASSWORD), disabled: !!opts.disabled } });
}

const ENV = ["LOGIN_MAX_FAILURES_PER_IP", "LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS", "LOGIN_FREE_FAILURES_PER_ACCOUNT"];
afterEach(() => {
  for (const k of ENV) delete process.env[k];
});

const wrong = (i: number) => `guess number ${i}`;

describe("credentials sign-in", () => {
  it("signs in with the right password (email case and spaces do not matter)", async () => {
    const user = await createUser();
    const r = await authorizeCredentials({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD, ip: uniqueIp() });
    expect(r).toEqual({ ok: true, user: { id: user.id, email: user.email, name: "Test", sessionVersion: 1 } });
  });

  it("gives unknown email and wrong password the same answer", async () => {
    const user = await createUser();
    const bad = await authorizeCredentials({ email: user.email, password: "wrong password!", ip: uniqueIp() });
    const unknown = await authorizeCredentials({ email: uniqueEmail("nobody"), password: PASSWORD, ip: uniqueIp() });
    expect(bad).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(bad);
  });

  it("refuses a disabled account with the same answer, even with the right password", async () => {
    const user = await createUser({ disabled: true });
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD, ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
  });

  it("does the same work for an unknown email as for a wrong password: one argon2 verification each", async () => {
    // Equal work is what makes the timing equal; measuring time itself would make a flaky test.
    const user = await createUser();
    argon2Verify.mockClear();
    await authorizeCredentials({ email: user.email, password: "wrong password", ip: uniqueIp() });
    expect(argon2Verify).toHaveBeenCalledTimes(1);
    expect(argon2Verify.mock.calls[0]![0]).toBe(user.passwordHash);
    argon2Verify.mockClear();
    await authorizeCredentials({ email: uniqueEmail("nobody"), password: "wrong password", ip: uniqueIp() });
    expect(argon2Verify).toHaveBeenCalledTimes(1);
    // Against a real argon2id hash of the same cost, not a shortcut.
    expect(String(argon2Verify.mock.calls[0]![0])).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(String(user.passwordHash)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe("sign-in limits", () => {
  it("one account from one address: refused after the limit, even the right password, and says until when; other addresses unaffected", async () => {
    process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS = "3";
    process.env.LOGIN_FREE_FAILURES_PER_ACCOUNT = "100";
    const user = await createUser();
    const ip = uniqueIp();
    const start = Date.now();
    for (let i = 0; i < 3; i++) expect(await authorizeCredentials({ email: user.email, password: wrong(i), ip })).toEqual({ ok: false, reason: "invalid" });
    const refused = await authorizeCredentials({ email: user.email, password: PASSWORD, ip });
    if (refused.ok || refused.reason !== "throttled") throw new Error("expected throttled");
    expect(refused.retryAt.getTime()).toBeGreaterThanOrEqual(start + ADDRESS_WINDOW_MS);
    expect(refused.retryAt.getTime()).toBeLessThanOrEqual(Date.now() + ADDRESS_WINDOW_MS);
    // Refused attempts are not counted: the retry time holds still.
    expect(await authorizeCredentials({ email: user.email, password: wrong(9), ip })).toEqual(refused);
    // The owner elsewhere is not affected.
    expect((await authorizeCredentials({ email: user.email, password: PASSWORD, ip: uniqueIp() })).ok).toBe(true);
  });

  it("a right password is not counted as a failure, and does not wipe earlier failures", async () => {
    process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS = "3";
    process.env.LOGIN_FREE_FAILURES_PER_ACCOUNT = "100";
    const user = await createUser();
    const ip = uniqueIp();
    await authorizeCredentials({ email: user.email, password: wrong(1), ip });
    await authorizeCredentials({ email: user.email, password: wrong(2), ip });
    for (let i = 0; i < 3; i++) expect((await authorizeCredentials({ email: user.email, password: PASSWORD, ip })).ok).toBe(true);
    await authorizeCredentials({ email: user.email, password: wrong(3), ip });
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD, ip })).toMatchObject({ reason: "throttled" });
  });

  it("one account from everywhere: a few free failures, then waits that double, never a lock-out of a known address", async () => {
    process.env.LOGIN_FREE_FAILURES_PER_ACCOUNT = "2";
    const user = await createUser();
    const home = uniqueIp();
    expect((await authorizeCredentials({ email: user.email, password: PASSWORD, ip: home })).ok).toBe(true);
    for (let i = 0; i < 3; i++)
      expect(await authorizeCredentials({ email: user.email, password: wrong(i), ip: uniqueIp() })).toMatchObject({ reason: "invalid" });
    // The third failure was past the free ones: the next attempt from a new address waits.
    const waiting = await authorizeCredentials({ email: user.email, password: PASSWORD, ip: uniqueIp() });
    if (waiting.ok || waiting.reason !== "throttled") throw new Error("expected throttled");
    expect(waiting.retryAt.getTime() - Date.now()).toBeLessThanOrEqual(2000);
    // From the address the owner signed in from before, no wait.
    expect((await authorizeCredentials({ email: user.email, password: PASSWORD, ip: home })).ok).toBe(true);
    const row = await controlDb().loginThrottle.findUniqueOrThrow({ where: { key: accountKey(user.email) } });
    expect(row.failures).toBe(3);
  });

  it("the delay doubles from 2 s up to 30 minutes", () => {
    const limit = { key: "k", windowMs: ACCOUNT_WINDOW_MS, max: 1000, free: 5, baseDelayMs: 2000, maxDelayMs: 30 * 60_000 };
    expect([5, 6, 7, 8].map((n) => delayFor(limit, n))).toEqual([0, 2000, 4000, 8000]);
    expect(delayFor(limit, 40)).toBe(30 * 60_000);
    expect(delayFor({ key: "k", windowMs: 1, max: 3 }, 99)).toBe(0);
  });

  it("forgets failures once their window has passed", async () => {
    process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS = "3";
    const user = await createUser();
    const ip = uniqueIp();
    const long = new Date(Date.now() - ACCOUNT_WINDOW_MS - 60_000);
    await controlDb().loginThrottle.createMany({
      data: [
        { key: accountAddressKey(user.email, ip), failures: 50, windowStart: long, updatedAt: long },
        { key: accountKey(user.email), failures: 500, windowStart: long, updatedAt: long, blockedUntil: new Date(Date.now() + 60_000) },
      ],
    });
    expect((await authorizeCredentials({ email: user.email, password: PASSWORD, ip })).ok).toBe(true);
  });

  it("per address across accounts: a higher limit, for everyone at that address only", async () => {
    process.env.LOGIN_MAX_FAILURES_PER_IP = "3";
    const ip = uniqueIp();
    const user = await createUser();
    for (let i = 0; i < 3; i++) await authorizeCredentials({ email: uniqueEmail(), password: wrong(i), ip });
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD, ip })).toMatchObject({ reason: "throttled" });
    expect((await authorizeCredentials({ email: user.email, password: PASSWORD, ip: uniqueIp() })).ok).toBe(true);
    expect((await controlDb().loginThrottle.findUniqueOrThrow({ where: { key: addressKey(ip) } })).failures).toBe(3);
  });

  it("an unknown client address skips the address limits rather than putting everyone under one key", async () => {
    process.env.LOGIN_MAX_FAILURES_PER_IP = "1";
    process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS = "1";
    const user = await createUser();
    await authorizeCredentials({ email: uniqueEmail(), password: wrong(1), ip: null });
    expect((await authorizeCredentials({ email: user.email, password: PASSWORD, ip: null })).ok).toBe(true);
  });
});
