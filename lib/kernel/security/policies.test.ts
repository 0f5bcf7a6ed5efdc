import { describe, expect, it } from "vitest";
import { PERMISSIONS_POLICY, publicPolicy, signedInPolicy, strictTransportSecurity } from "./policies.mjs";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("content security policies", () => {
  it("signed-in pages run only scripts with the response's nonce (and what those load)", () => {
    const p = signedInPolicy("abc123");
    expect(directive(p, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(signedInPolicy("n", { dev: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("public pages: inline scripts of this origin, no nonce, no eval in production", () => {
    expect(directive(publicPolicy(), "script-src")).toBe("script-src 'self' 'unsafe-inline'");
  });

  it("both forbid plugins, framing, foreign base URLs and form targets, and name no other origin", () => {
    for (const p of [publicPolicy(), signedInPolicy("x")]) {
      expect(directive(p, "object-src")).toBe("object-src 'none'");
      expect(directive(p, "base-uri")).toBe("base-uri 'self'");
      expect(directive(p, "frame-ancestors")).toBe("frame-ancestors 'none'");
      expect(directive(p, "form-action")).toBe("form-action 'self'");
      expect(p).not.toMatch(/https?:|\*/);
    }
  });

  it("switches off the devices no page uses", () => {
    for (const f of ["camera", "microphone", "geolocation"]) expect(PERMISSIONS_POLICY).toContain(`${f}=()`);
  });
});

describe("strictTransportSecurity", () => {
  it("only for an https public address", () => {
    expect(strictTransportSecurity("https://charta.example.org")).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
    expect(strictTransportSecurity("not a url")).toBeNull();
  });
});
