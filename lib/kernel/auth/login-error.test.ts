import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";
import { formatRetryTime, parseLoginError, throttledErrorCode } from "./login-error";

describe("safeCallbackUrl (open-redirect guard)", () => {
  it.each([
    ["/amsterdam/workspace", "/amsterdam/workspace"],
    ["/a/b?x=1#h", "/a/b?x=1#h"],
    ["/", "/"],
  ])("keeps the site path %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "/\t/evil.example", "javascript:alert(1)", "evil", "", undefined, 42])(
    "replaces %s with /",
    (input) => {
      expect(safeCallbackUrl(input)).toBe("/");
    },
  );
});

describe("sign-in error codes", () => {
  it("round-trips the throttle's retry time", () => {
    const at = new Date("2030-05-01T10:15:00Z");
    const parsed = parseLoginError(throttledErrorCode(at));
    expect(parsed).toEqual({ kind: "throttled", messageKey: "auth.errors.throttled", retryAt: at });
  });

  it("maps next-auth's codes to messages", () => {
    expect(parseLoginError("CredentialsSignin")?.messageKey).toBe("auth.errors.credentials");
    expect(parseLoginError("AccessDenied")?.messageKey).toBe("auth.errors.oidcRefused");
    expect(parseLoginError("Configuration")?.messageKey).toBe("auth.errors.configuration");
    expect(parseLoginError("Throttled:nonsense")?.messageKey).toBe("auth.errors.generic");
    expect(parseLoginError(undefined)).toBeNull();
  });

  it("formats the retry time with its time zone", () => {
    const text = formatRetryTime("en", new Date("2030-05-01T10:15:00Z"));
    expect(text).toMatch(/May/);
    expect(text).toMatch(/\d{2}:\d{2}/);
  });
});
