import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/kernel/errors";
import { LIMITS } from "./document-schema";
import { anchorIds, sanitizeDocument } from "./sanitize-document";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const t = (text: string, marks?: unknown[]) => (marks ? { type: "text", text, marks } : { type: "text", text });

describe("sanitizeDocument", () => {
  it("keeps every allowlisted node and mark as it is", () => {
    const input = doc(
      { type: "heading", attrs: { level: 1 }, content: [t("Declaration")] },
      p(
        t("We, the city, "),
        t("affirm", [{ type: "bold" }, { type: "italic" }]),
        { type: "hardBreak" },
        t("rights", [{ type: "link", attrs: { href: "https://www.un.org/" } }]),
      ),
      { type: "article", content: [t("Dignity")] },
      {
        type: "orderedList",
        attrs: { start: 3 },
        content: [{ type: "listItem", content: [p(t("one")), { type: "bulletList", content: [{ type: "listItem", content: [p(t("nested"))] }] }] }],
      },
      p(t("noted", [{ type: "comment", attrs: { anchorId: "c_1-a" } }])),
    );
    expect(sanitizeDocument(input)).toEqual(input);
  });

  it("drops unknown nodes with their content, unknown marks and unknown attributes", () => {
    const out = sanitizeDocument(
      doc(
        { type: "codeBlock", content: [t("rm -rf")] },
        {
          type: "paragraph",
          attrs: { style: "color:red", class: "x" },
          content: [t("kept", [{ type: "underline" }, { type: "bold", attrs: { onclick: "x" } }])],
        },
        { type: "heading", attrs: { level: 7, id: "x" }, content: [t("h")] },
        { type: "image", attrs: { src: "x" } },
        { type: "text", text: "loose text at the top" },
      ),
    );
    expect(out).toEqual(doc(p(t("kept", [{ type: "bold" }])), { type: "heading", attrs: { level: 2 }, content: [t("h")] }));
  });

  it("keeps the text of a link whose target is unsafe, without the link", () => {
    for (const href of [
      "javascript:alert(1)",
      "data:text/html,<b>",
      "/relative",
      "ftp://x.org",
      "vbscript:x",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
    ]) {
      const out = sanitizeDocument(doc(p(t("click", [{ type: "link", attrs: { href } }]))));
      expect(out, href).toEqual(doc(p(t("click"))));
    }
  });

  it("normalises safe links and accepts mailto", () => {
    const out = sanitizeDocument(
      doc(p(t("a", [{ type: "link", attrs: { href: "HTTPS://Example.org/a b" } }]), t("m", [{ type: "link", attrs: { href: "mailto:info@example.org" } }]))),
    );
    expect(out).toEqual(
      doc(p(t("a", [{ type: "link", attrs: { href: "https://example.org/a%20b" } }]), t("m", [{ type: "link", attrs: { href: "mailto:info@example.org" } }]))),
    );
  });

  it("refuses anchors that are not plain ids", () => {
    const out = sanitizeDocument(
      doc(p(t("x", [{ type: "comment", attrs: { anchorId: '"><script>' } }]), t("y", [{ type: "comment", attrs: { anchorId: "ok-1" } }]))),
    );
    expect(out).toEqual(doc(p(t("x"), t("y", [{ type: "comment", attrs: { anchorId: "ok-1" } }]))));
    expect(anchorIds(out)).toEqual(new Set(["ok-1"]));
  });

  it("gives a list item a first paragraph and drops empty lists; an empty document gets one paragraph", () => {
    expect(sanitizeDocument(doc({ type: "bulletList", content: [{ type: "listItem", content: [] }] }))).toEqual(
      doc({ type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph" }] }] }),
    );
    expect(sanitizeDocument(doc({ type: "bulletList", content: [{ type: "paragraph" }] }))).toEqual(doc({ type: "paragraph" }));
    expect(sanitizeDocument(doc())).toEqual(doc({ type: "paragraph" }));
  });

  it("strips control characters from text", () => {
    expect(sanitizeDocument(doc(p(t("a\u0000b\u0007c"))))).toEqual(doc(p(t("abc"))));
  });

  it("refuses what is not a document, and documents over the limits", () => {
    for (const bad of [null, "text", { type: "html", content: [] }, { type: "doc" }, { type: "doc", content: "x" }]) {
      expect(() => sanitizeDocument(bad)).toThrow(ValidationError);
    }
    expect(() => sanitizeDocument(doc(p(t("x".repeat(LIMITS.textChars + 1)))))).toThrow(ValidationError);
    const many = Array.from({ length: LIMITS.textChars / 1000 + 1 }, () => p(t("y".repeat(1000))));
    expect(() => sanitizeDocument(doc(...many))).toThrow(ValidationError);
    let deep: unknown = p(t("deep"));
    for (let i = 0; i < 20; i++) deep = { type: "bulletList", content: [{ type: "listItem", content: [p(t("x")), deep] }] };
    expect(() => sanitizeDocument(doc(deep))).toThrow(ValidationError);
  });
});
