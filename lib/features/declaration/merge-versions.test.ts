import { describe, expect, it } from "vitest";
import type { BlockNode, DeclarationDoc } from "./document-schema";
import { mergeDocuments } from "./merge-versions";

const p = (text: string): BlockNode => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...texts: string[]): DeclarationDoc => ({ type: "doc", content: texts.map(p) });

describe("mergeDocuments (three-way by block)", () => {
  const base = doc("A", "B", "C", "D");

  it("merges changes to different blocks", () => {
    expect(mergeDocuments(base, doc("A mine", "B", "C", "D"), doc("A", "B", "C", "D theirs"))).toEqual({ ok: true, doc: doc("A mine", "B", "C", "D theirs") });
  });

  it("merges changes to neighbouring blocks", () => {
    expect(mergeDocuments(base, doc("A", "B mine", "C", "D"), doc("A", "B", "C theirs", "D"))).toEqual({ ok: true, doc: doc("A", "B mine", "C theirs", "D") });
  });

  it("merges an insertion with a deletion elsewhere", () => {
    expect(mergeDocuments(base, doc("A", "new", "B", "C", "D"), doc("A", "B", "C"))).toEqual({ ok: true, doc: doc("A", "new", "B", "C") });
  });

  it("merges an insertion before a block the other changed", () => {
    expect(mergeDocuments(base, doc("A", "B", "new", "C", "D"), doc("A", "B", "C theirs", "D"))).toEqual({
      ok: true,
      doc: doc("A", "B", "new", "C theirs", "D"),
    });
  });

  it("takes a change both made once", () => {
    expect(mergeDocuments(base, doc("A", "B same", "C", "D"), doc("A", "B same", "C", "D!"))).toEqual({ ok: true, doc: doc("A", "B same", "C", "D!") });
  });

  it("refuses when both changed the same block", () => {
    expect(mergeDocuments(base, doc("A", "B mine", "C", "D"), doc("A", "B theirs", "C", "D"))).toEqual({ ok: false, conflicts: 1 });
  });

  it("refuses when one deleted a block the other changed", () => {
    expect(mergeDocuments(base, doc("A", "C", "D"), doc("A", "B theirs", "C", "D"))).toMatchObject({ ok: false });
  });

  it("refuses two different insertions at the same place", () => {
    expect(mergeDocuments(base, doc("A", "x", "B", "C", "D"), doc("A", "y", "B", "C", "D"))).toMatchObject({ ok: false });
  });

  it("sees a formatting change as a change of its block", () => {
    const bold: DeclarationDoc = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "A", marks: [{ type: "bold" }] }] }, p("B"), p("C"), p("D")],
    };
    expect(mergeDocuments(base, bold, doc("A", "B", "C", "D2"))).toEqual({
      ok: true,
      doc: { type: "doc", content: [bold.content[0]!, p("B"), p("C"), p("D2")] },
    });
    expect(mergeDocuments(base, bold, doc("A2", "B", "C", "D"))).toMatchObject({ ok: false });
  });

  it("does not care in which order stored JSON keys come back", () => {
    const reordered = JSON.parse(
      '{"content":[{"content":[{"text":"A","type":"text"}],"type":"paragraph"},{"type":"paragraph","content":[{"type":"text","text":"B"}]},{"type":"paragraph","content":[{"type":"text","text":"C"}]},{"type":"paragraph","content":[{"type":"text","text":"D"}]}],"type":"doc"}',
    ) as DeclarationDoc;
    const result = mergeDocuments(reordered, doc("A", "B", "C", "D mine"), doc("A theirs", "B", "C", "D"));
    expect(result.ok).toBe(true);
  });
});
