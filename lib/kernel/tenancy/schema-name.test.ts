import { describe, expect, it } from "vitest";
import { checkSlug, quoteSchema, schemaNameForSlug } from "./schema-name";

describe("city slugs and schema names", () => {
  it("derives a deterministic, allowlisted schema name", () => {
    expect(schemaNameForSlug("amsterdam")).toBe("city_amsterdam");
    expect(schemaNameForSlug("den-haag")).toBe("city_den_haag");
    expect(schemaNameForSlug("den-haag")).toBe(schemaNameForSlug("den-haag"));
    expect(quoteSchema("city_den_haag")).toBe('"city_den_haag"');
  });

  it.each([
    ['a"; drop schema public;--', "charset"],
    ["select", "reserved"],
    ["admin", "reserved"],
    ["public", "reserved"],
    ["pg-toast", "reserved"],
    ["a".repeat(41), "too_long"],
    ["ab", "too_short"],
    ["", "empty"],
    ["zürich", "charset"],
    ["Amsterdam", "charset"],
    ["den--haag", "charset"],
    ["-den", "charset"],
    ["den-", "charset"],
    ["1city", "charset"],
    ["city_x", "charset"],
  ])("rejects %j (%s) with a clear message", (slug, problem) => {
    const r = checkSlug(slug);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe(problem);
      expect(r.message.length).toBeGreaterThan(10);
    }
    expect(() => schemaNameForSlug(slug)).toThrow();
  });

  it("never quotes a name outside the allowlist", () => {
    expect(() => quoteSchema('city_x"; drop')).toThrow();
    expect(() => quoteSchema("public")).toThrow();
    expect(quoteSchema("control")).toBe('"control"');
  });
});
