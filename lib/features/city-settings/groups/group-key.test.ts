import { describe, expect, it } from "vitest";
import { isBuiltInGroupKey } from "@/lib/reference/rights/groups";
import { deriveGroupKey } from "./group-key";

const none = () => false;

describe("deriveGroupKey", () => {
  it("turns a name into lowercase ASCII words joined by underscores", () => {
    expect(deriveGroupKey("Sex workers", none)).toBe("sex_workers");
    expect(deriveGroupKey("  Roma & Sinti ", none)).toBe("roma_sinti");
    expect(deriveGroupKey("Mantelzorgers (informele zorg)", none)).toBe("mantelzorgers_informele_zorg");
  });

  it("drops diacritics and starts with a letter", () => {
    expect(deriveGroupKey("Éénoudergezinnen", none)).toBe("eenoudergezinnen");
    expect(deriveGroupKey("55+ in Zuid", none)).toBe("group_55_in_zuid");
    expect(deriveGroupKey("???", none)).toBe("group");
  });

  it("numbers a key that is taken, built-in keys included", () => {
    const taken = new Set(["sex_workers", "sex_workers_2"]);
    expect(deriveGroupKey("Sex workers", (k) => taken.has(k))).toBe("sex_workers_3");
    expect(deriveGroupKey("Homeless", (k) => isBuiltInGroupKey(k))).toBe("homeless_2");
  });

  it("keeps keys short enough for the key pattern", () => {
    const key = deriveGroupKey("a very long name ".repeat(10), none);
    expect(key.length).toBeLessThanOrEqual(48);
    expect(key).toMatch(/^[a-z][a-z0-9_]*[a-z0-9]$/);
  });
});
