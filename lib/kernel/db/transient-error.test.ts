import { describe, expect, it } from "vitest";
import { isTransientDbError } from "./transient-error";

describe("isTransientDbError", () => {
  it("takes serialization failures, deadlocks and transaction timeouts as transient", () => {
    for (const code of ["P2034", "P2028", "40001", "40P01"]) expect(isTransientDbError({ code })).toBe(true);
    expect(isTransientDbError(Object.assign(new Error("wrapped"), { cause: { code: "40001" } }))).toBe(true);
    // The pg adapter's error for a conflict found at COMMIT: no code, the kind in its cause.
    const atCommit = Object.assign(new Error("TransactionWriteConflict"), { name: "DriverAdapterError", cause: { kind: "TransactionWriteConflict" } });
    expect(isTransientDbError(atCommit)).toBe(true);
  });

  it("leaves everything else alone", () => {
    for (const err of [{ code: "P2002" }, { code: "23505" }, new Error("boom"), null, "P2034", undefined]) expect(isTransientDbError(err)).toBe(false);
  });
});
