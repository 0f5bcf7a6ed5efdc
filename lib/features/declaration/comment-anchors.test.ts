import { describe, expect, it } from "vitest";
import {
  addCommentMark,
  blockPlainText,
  findAnchors,
  reapplyByQuote,
  reconcileAnchors,
  removeCommentMark,
  selectionQuote,
  type PMDoc,
  type PMMark,
  type PMNode,
} from "./comment-anchors";

const p = (...content: PMNode[]): PMNode => ({ type: "paragraph", content });
const t = (text: string, marks?: PMMark[]): PMNode => ({ type: "text", text, ...(marks ? { marks } : {}) });

const doc = (): PMDoc => ({
  type: "doc",
  content: [
    { type: "article", content: [t("Housing")] },
    p(t("Everyone has the right to "), t("adequate housing", [{ type: "bold" }]), t(" in the city.")),
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [p(t("no evictions into homelessness"))] },
        { type: "listItem", content: [p(t("affordable rents"), { type: "hardBreak" }, t("for all"))] },
      ],
    },
  ],
});

describe("comment anchors", () => {
  it("marks a selection across text nodes, keeping other marks, without changing the input", () => {
    const d = doc();
    const before = JSON.stringify(d);
    const out = addCommentMark(d, { blockIndex: 1, from: 17, to: 35 }, "a1");
    expect(JSON.stringify(d)).toBe(before);
    expect(blockPlainText(out.content[1]!)).toBe(blockPlainText(d.content[1]!));
    expect(findAnchors(out).get("a1")).toEqual({ anchorId: "a1", blockIndex: 1, quote: "right to adequate " });
    const bold = out.content[1]!.content!.find((n) => n.text === "adequate ");
    expect(bold?.marks?.map((m) => m.type)).toEqual(["bold", "comment"]);
  });

  it("counts nested list text and hard breaks in offsets", () => {
    const d = doc();
    const text = blockPlainText(d.content[2]!);
    expect(text).toBe("no evictions into homelessnessaffordable rents\nfor all");
    const from = text.indexOf("rents");
    const out = addCommentMark(d, { blockIndex: 2, from, to: text.length }, "list");
    expect(findAnchors(out).get("list")?.quote).toBe("rentsfor all");
    expect(selectionQuote(d, { blockIndex: 2, from, to: from + 5 })).toBe("rents");
  });

  it("refuses an empty selection, a missing block and a bad id", () => {
    expect(() => addCommentMark(doc(), { blockIndex: 1, from: 3, to: 3 }, "x")).toThrow(RangeError);
    expect(() => addCommentMark(doc(), { blockIndex: 9, from: 0, to: 3 }, "x")).toThrow(RangeError);
    expect(() => addCommentMark(doc(), { blockIndex: 1, from: 0, to: 3 }, "<script>")).toThrow(RangeError);
  });

  it("two anchors may overlap; removing one leaves the other", () => {
    let d = addCommentMark(doc(), { blockIndex: 1, from: 0, to: 20 }, "one");
    d = addCommentMark(d, { blockIndex: 1, from: 10, to: 30 }, "two");
    expect([...findAnchors(d).keys()]).toEqual(["one", "two"]);
    d = removeCommentMark(d, "one");
    expect([...findAnchors(d).keys()]).toEqual(["two"]);
    expect(findAnchors(d).get("two")?.quote).toBe(selectionQuote(doc(), { blockIndex: 1, from: 10, to: 30 }));
  });

  it("the anchor survives edits around it (it is a mark in the text)", () => {
    const d = addCommentMark(doc(), { blockIndex: 1, from: 26, to: 42 }, "h");
    // The editor inserts a paragraph before and rewrites the start of the sentence.
    const edited: PMDoc = structuredClone(d);
    edited.content.splice(0, 0, p(t("Preamble")));
    edited.content[2]!.content![0] = t("All residents have the right to ");
    expect(findAnchors(edited).get("h")).toMatchObject({ blockIndex: 2, quote: "adequate housing" });
  });

  it("re-applies by quote in the block nearest to where it was", () => {
    const d: PMDoc = { type: "doc", content: [p(t("same words")), p(t("other")), p(t("same words"))] };
    const out = reapplyByQuote(d, "q", "same words", 2)!;
    expect(findAnchors(out).get("q")?.blockIndex).toBe(2);
    expect(reapplyByQuote(d, "q", "absent", 0)).toBeNull();
  });
});

describe("reconcile on save", () => {
  const latestWith = (ids: string[]) => {
    let d = doc();
    if (ids.includes("old")) d = addCommentMark(d, { blockIndex: 1, from: 0, to: 8 }, "old");
    if (ids.includes("new")) d = addCommentMark(d, { blockIndex: 1, from: 26, to: 42 }, "new");
    return d;
  };

  it("re-applies an anchor a commenter added after the editor loaded, even when its text moved", () => {
    const latest = latestWith(["old", "new"]);
    // The editor loaded before "new" existed, kept "old", and moved the paragraph down.
    const incoming = structuredClone(latestWith(["old"]));
    incoming.content.unshift(p(t("A new preamble.")));
    const r = reconcileAnchors({ latest, incoming, baseAnchorIds: new Set(["old"]) });
    expect(r.reapplied).toEqual(["new"]);
    expect(r.orphaned).toEqual([]);
    expect(findAnchors(r.doc).get("new")).toMatchObject({ blockIndex: 2, quote: "adequate housing" });
    expect(findAnchors(r.doc).has("old")).toBe(true);
  });

  it("orphans an anchor whose passage the editor deleted", () => {
    const latest = latestWith(["old", "new"]);
    const incoming = structuredClone(latest);
    incoming.content.splice(1, 1);
    const r = reconcileAnchors({ latest, incoming, baseAnchorIds: new Set(["old", "new"]) });
    expect(r.orphaned.sort()).toEqual(["new", "old"]);
    expect(findAnchors(r.doc).size).toBe(0);
  });

  it("orphans a commenter's new anchor when its quote is gone from the editor's text", () => {
    const latest = latestWith(["new"]);
    const incoming = doc();
    incoming.content[1] = p(t("Rewritten entirely."));
    const r = reconcileAnchors({ latest, incoming, baseAnchorIds: new Set() });
    expect(r.orphaned).toEqual(["new"]);
  });

  it("leaves anchors the incoming text carries alone", () => {
    const latest = latestWith(["old"]);
    const r = reconcileAnchors({ latest, incoming: latest, baseAnchorIds: new Set(["old"]) });
    expect(r).toMatchObject({ reapplied: [], orphaned: [] });
    expect(r.doc).toBe(latest);
  });
});
