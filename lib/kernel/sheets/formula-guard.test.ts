import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCell, guardCell, guardTypedText, unguardCell } from "./formula-guard";
import { writeCsv } from "./write-csv";
import { FORMULA_PAYLOADS, formulaCells, NUMBER_TEXT, ORDINARY_TEXT } from "@/tests/helpers/formula-payloads";

describe("formula guard", () => {
  it("no cell a spreadsheet could see starts a formula, splitting on commas, semicolons or tabs", () => {
    const csv = writeCsv([["before", "cell", "after"], ...FORMULA_PAYLOADS.map((p) => ["before", p, "after"])]);
    expect(formulaCells(csv)).toEqual([]);
  });

  it("takes every guard back exactly: what the import reads is what was written", () => {
    for (const s of [...FORMULA_PAYLOADS, ...ORDINARY_TEXT, ...NUMBER_TEXT]) {
      expect(unguardCell(guardCell(s)), JSON.stringify(s)).toBe(s);
      expect(unguardCell(guardTypedText(s)), JSON.stringify(s)).toBe(s);
    }
  });

  it("leaves ordinary text and numbers as they are", () => {
    for (const s of ["", "Human rights office", "a=b", "10 - 20", "'quoted'", "x;y,z", ...NUMBER_TEXT]) expect(guardCell(s)).toBe(s);
    expect(csvCell(-2.5)).toBe("-2.5");
    expect(csvCell(null)).toBe("");
    expect(guardTypedText("=1")).toBe("=1");
    expect(guardTypedText("x;'=1")).toBe("x;''=1");
  });

  it("numbers reach a CSV reader as numbers, unquoted and without an apostrophe", () => {
    const csv = writeCsv([
      ["value", "text"],
      [-2.5, "-2.5"],
      [1e-7, "+3"],
    ]);
    expect(csv).toBe("\uFEFFvalue,text\r\n-2.5,-2.5\r\n1e-7,+3\r\n");
    expect(parse(csv, { bom: true, cast: true, from_line: 2 })).toEqual([
      [-2.5, -2.5],
      [1e-7, 3],
    ]);
  });
});
