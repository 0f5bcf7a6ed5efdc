import { describe, expect, it } from "vitest";
import { documentText } from "./document-text";
import { INSTRUMENTS } from "./instruments";
import { renderDocumentHtml } from "./render-document";
import { sanitizeDocument } from "./sanitize-document";
import { templateDocument } from "./templates";

describe("templates", () => {
  for (const locale of ["en", "nl"] as const) {
    it(`${locale}: passes the sanitizer unchanged and names the instruments the issue asks for`, () => {
      const doc = templateDocument(locale, "Zonnestad");
      expect(sanitizeDocument(doc)).toEqual(doc);
      const text = documentText(doc);
      for (const key of ["udhr", "echr", "eucharter", "citycharter", "iccpr", "icescr", "icerd", "cedaw", "cat", "crc", "crpd"]) {
        const i = INSTRUMENTS.find((x) => x.key === key)!;
        expect(text, key).toContain(i.name[locale]);
      }
      expect(text).toContain("Zonnestad");
      const html = renderDocumentHtml(doc, { locale });
      expect(html).toContain(locale === "nl" ? "Artikel 7" : "Article 7");
      expect(html).not.toContain(locale === "nl" ? "Artikel 8" : "Article 8");
    });
  }

  it("a blank start is one empty paragraph", () => {
    expect(templateDocument("blank", "X")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });

  it("every instrument links to an https page", () => {
    for (const i of INSTRUMENTS) expect(i.url, i.key).toMatch(/^https:\/\//);
  });
});
