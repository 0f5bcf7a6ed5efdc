import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { hashPassword } from "@/lib/auth/password";
import { accountKey, clientIp, ipKey, loginRetryAt, recordLoginFailure, THROTTLE_WINDOW_MS } from "@/lib/auth/throttle";
import { controlDb } from "@/lib/db/control";

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
  const user = await controlDb().user.create({
    data: { email, name: "Test", passwordHash: await hashPassword(PASSWORD), disabled: !!opts.disabled },
  });
  return user;
}

async function failuresAt(key: string, count: number, at: Date) {
  await controlDb().loginFailure.createMany({ data: Array.from({ length: count }, () => ({ key, createdAt: at })) });
}

afterEach(() => {
  delete process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT;
  delete process.env.LOGIN_MAX_FAILURES_PER_IP;
});

describe("credentials sign-in", () => {
  it("signs in with the right password (email case and spaces do not matter)", async () => {
    const user = await createUser();
    const r = await authorizeCredentials({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD, ip: uniqueIp() });
    expect(r).toEqual({ ok: true, user: { id: user.id, email: user.email, name: "Test", sessionVersion: 1 } });
  });

  it("gives unknown email and wrong password the same answer", async () => {
    const user = await createUser();
    const wrong = await authorizeCredentials({ email: user.email, password: "wrong password!", ip: uniqueIp() });
    const unknown = await authorizeCredentials({ email: uniqueEmail("nobody"), password: PASSWORD, ip: uniqueIp() });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
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

describe("sign-in throttle", () => {
  it("after 100 failures within the hour refuses even the right password, and says until when", async () => {
    const user = await createUser();
    const start = Date.now();
    for (let i = 0; i < 99; i++) await recordLoginFailure({ email: user.email, ip: null });
    expect((await authorizeCredentials({ email: user.email, password: PASSWORD, ip: uniqueIp() })).ok).toBe(true);
    await recordLoginFailure({ email: user.email, ip: null });
    const r = await authorizeCredentials({ email: user.email, password: PASSWORD, ip: uniqueIp() });
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== "throttled") throw new Error("expected throttled");
    // Allowed again one hour after the failures.
    expect(r.retryAt.getTime()).toBeGreaterThanOrEqual(start + THROTTLE_WINDOW_MS);
    expect(r.retryAt.getTime()).toBeLessThanOrEqual(Date.now() + THROTTLE_WINDOW_MS);
  });

  it("counts failed sign-ins and leaves other accounts alone", async () => {
    process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT = "3";
    const victim = await createUser();
    const other = await createUser();
    const ip = uniqueIp();
    for (let i = 0; i < 3; i++) {
      expect(await authorizeCredentials({ email: victim.email, password: `guess number ${i}`, ip })).toEqual({ ok: false, reason: "invalid" });
    }
    const refused = await authorizeCredentials({ email: victim.email, password: PASSWORD, ip });
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    // Same office, other person: not affected.
    expect((await authorizeCredentials({ email: other.email, password: PASSWORD, ip })).ok).toBe(true);
    // Throttled attempts are not counted, so the retry time does not move.
    const again = await authorizeCredentials({ email: victim.email, password: "another guess!", ip });
    expect(again).toEqual(refused);
  });

  it("does not reset the count on a successful sign-in", async () => {
    process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT = "3";
    const user = await createUser();
    const ip = uniqueIp();
    await authorizeCredentials({ email: user.email, password: "guess number 1", ip });
    await authorizeCredentials({ email: user.email, password: "guess number 2", ip });
    expect((await authorizeCredentials({ email: user.email, password: PASSWORD, ip })).ok).toBe(true);
    await authorizeCredentials({ email: user.email, password: "guess number 3", ip });
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD, ip })).toMatchObject({ reason: "throttled" });
  });

  it("forgets failures older than an hour", async () => {
    const user = await createUser();
    await failuresAt(accountKey(user.email), 150, new Date(Date.now() - THROTTLE_WINDOW_MS - 60_000));
    expect((await authorizeCredentials({ email: user.email, password: PASSWORD, ip: uniqueIp() })).ok).toBe(true);
  });

  it("the retry time is when enough failures have left the window", async () => {
    const user = await createUser();
    const now = Date.now();
    const old = new Date(now - 50 * 60_000);
    const recent = new Date(now - 10 * 60_000);
    await failuresAt(accountKey(user.email), 60, old);
    await failuresAt(accountKey(user.email), 60, recent);
    // 120 failures: after the 60 old ones leave (at old + 1h) only 60 remain, below 100.
    const retryAt = await loginRetryAt({ email: user.email, ip: null }, new Date(now));
    expect(retryAt?.getTime()).toBe(old.getTime() + THROTTLE_WINDOW_MS);
  });

  it("per IP: a higher limit, so one person's failures do not lock out a shared address", async () => {
    const ip = uniqueIp();
    const careless = await createUser();
    const colleague = await createUser();
    await failuresAt(accountKey(careless.email), 100, new Date());
    await failuresAt(ipKey(ip), 100, new Date());
    expect(await authorizeCredentials({ email: careless.email, password: PASSWORD, ip })).toMatchObject({ reason: "throttled" });
    expect((await authorizeCredentials({ email: colleague.email, password: PASSWORD, ip })).ok).toBe(true);

    // 1000 failures from one address: everyone there waits; other addresses do not.
    await failuresAt(ipKey(ip), 900, new Date());
    expect(await authorizeCredentials({ email: colleague.email, password: PASSWORD, ip })).toMatchObject({ reason: "throttled" });
    expect((await authorizeCredentials({ email: colleague.email, password: PASSWORD, ip: uniqueIp() })).ok).toBe(true);
  });

  it("limits come from the environment", async () => {
    process.env.LOGIN_MAX_FAILURES_PER_IP = "2";
    const ip = uniqueIp();
    const user = await createUser();
    await authorizeCredentials({ email: uniqueEmail(), password: "guess number 1", ip });
    await authorizeCredentials({ email: uniqueEmail(), password: "guess number 2", ip });
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD, ip })).toMatchObject({ reason: "throttled" });
  });
});

describe("clientIp", () => {
  it("takes the first X-Forwarded-For entry, then X-Real-IP, and ignores anything that is not an address", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBe("203.0.113.7");
    expect(clientIp({ "x-real-ip": "2001:db8::1" })).toBe("2001:db8::1");
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp({ "x-forwarded-for": "not-an-ip", "x-real-ip": "198.51.100.9" })).toBe("198.51.100.9");
    expect(clientIp({})).toBeNull();
    expect(clientIp(undefined)).toBeNull();
  });
});
