import { describe, expect, it } from "vitest";
import type { BlockNode, DeclarationDoc } from "./document-schema";
import { diffDocuments } from "./diff-versions";

const p = (text: string): BlockNode => ({ type: "paragraph", content: [{ type: "text", text }] });
const art = (text: string): BlockNode => ({ type: "article", content: [{ type: "text", text }] });
const doc = (...content: BlockNode[]): DeclarationDoc => ({ type: "doc", content });

describe("diffDocuments", () => {
  it("shows unchanged, changed (word by word), added and removed blocks with their article", () => {
    const before = doc(p("Preamble"), art("Housing"), p("Everyone has a home."), p("Old rule."));
    const after = doc(p("Preamble"), art("Housing"), p("Everyone has a safe home."), art("Water"), p("Clean water for all."));
    const d = diffDocuments(before, after, "en");
    expect(d.blocks.map((b) => b.kind)).toEqual(["same", "same", "changed", "removed", "added", "added"]);
    const changed = d.blocks[2]!;
    expect(changed).toMatchObject({ kind: "changed", article: 1, formattingOnly: false });
    if (changed.kind === "changed") {
      expect(changed.words.filter((w) => w.change === "added").map((w) => w.value.trim())).toEqual(["safe"]);
      expect(changed.words.filter((w) => w.change === "removed")).toEqual([]);
    }
    expect(d.blocks[4]).toMatchObject({ kind: "added", article: 2 });
    expect(d.blocks[4]!.kind === "added" && d.blocks[4]!.html).toContain("Article 2");
    expect(d.counts).toEqual({ added: 2, removed: 1, changed: 1 });
  });

  it("reports a formatting-only change and escapes everything it renders", () => {
    const before = doc(p("<b>x</b>"));
    const after = doc({ type: "paragraph", content: [{ type: "text", text: "<b>x</b>", marks: [{ type: "bold" }] }] });
    const d = diffDocuments(before, after, "nl");
    expect(d.blocks).toHaveLength(1);
    expect(d.blocks[0]).toMatchObject({ kind: "changed", formattingOnly: true });
    // Words are plain text (React escapes them); the rendered blocks are escaped HTML.
    const b = d.blocks[0]!;
    expect(b.kind === "changed" && b.before + b.after).not.toContain("<b>");
  });

  it("shows each version's own article numbers and marks an article that was renumbered (issue 13.6)", () => {
    const before = doc(p("Preamble"), art("Housing"), p("Everyone has a home."));
    const after = doc(p("Preamble"), art("Water"), p("Clean water for all."), art("Housing"), p("Everyone has a home."));
    const d = diffDocuments(before, after, "en");
    const housing = d.blocks.find((b) => b.kind === "same" && b.html.includes("Housing"));
    expect(housing).toMatchObject({ kind: "same", article: 2, beforeArticle: 1, renumbered: true });
    if (housing?.kind === "same") {
      expect(housing.html).toContain("Article 2");
      expect(housing.beforeHtml).toContain("Article 1");
      expect(housing.beforeHtml).not.toContain("Article 2");
    }
    // The preamble is in no article and is not renumbered; the paragraph under Housing moved with it, unmarked.
    expect(d.blocks.filter((b) => (b.kind === "same" || b.kind === "changed") && b.renumbered)).toHaveLength(1);
  });

  it("finds no changes between equal documents", () => {
    const d = diffDocuments(doc(p("a"), p("b")), doc(p("a"), p("b")), "en");
    expect(d.counts).toEqual({ added: 0, removed: 0, changed: 0 });
  });
});
