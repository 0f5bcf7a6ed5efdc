/** Counts with the right plural in the report: "1 member", never "1 members". */
import { describe, expect, it } from "vitest";
import { translator } from "@/lib/features/dictionary";
import { advisoryText } from "./report-html";

describe("counts", () => {
  it("the report's advisory paragraph says one member and one comment, or several", () => {
    expect(advisoryText(translator("en"), { commenters: 1, comments: 1 })).toBe(
      "During the year, 1 member of the advisory council made 1 comment on the declaration and the reports.",
    );
    expect(advisoryText(translator("en"), { commenters: 2, comments: 5 })).toBe(
      "During the year, 2 members of the advisory council made 5 comments on the declaration and the reports.",
    );
    expect(advisoryText(translator("nl"), { commenters: 1, comments: 1 })).toBe(
      "In de loop van het jaar maakte 1 lid van de adviesraad 1 opmerking bij de verklaring en de verslagen.",
    );
    expect(advisoryText(translator("nl"), { commenters: 0, comments: 0 })).toBe(
      "In de loop van het jaar maakten 0 leden van de adviesraad 0 opmerkingen bij de verklaring en de verslagen.",
    );
  });
});
