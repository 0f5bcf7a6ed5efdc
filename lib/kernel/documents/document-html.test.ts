import { describe, expect, it } from "vitest";
import { LOGO_PNG } from "@/tests/helpers/logo-images";
import { documentHtml, headingId, headingsOf, tocHtml } from "./document-html";

describe("documentHtml", () => {
  it("wraps the body with language, escaped title and the print stylesheet, loading nothing", () => {
    const html = documentHtml({ lang: "nl", title: "Plan <concept> & co", bodyHtml: "<h1>Plan</h1>", css: ".x { color: red; }" });
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain("<title>Plan &#60;concept&#62; &#38; co</title>");
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain(".x { color: red; }");
    expect(html).not.toMatch(/https?:\/\/|@import|<link|<script/);
  });

  it("puts the city's logo first, embedded as a data: URL with its alt text escaped", () => {
    const image = { bytes: LOGO_PNG, mimeType: "image/png", width: 40, height: 20 };
    const html = documentHtml({ lang: "en", title: "Plan", bodyHtml: "<h1>Plan</h1>", logo: { image, alt: 'Stad "A" <b>' } });
    const base64 = Buffer.from(LOGO_PNG).toString("base64");
    expect(html).toContain(`<body>\n<p class="doc-logo"><img src="data:image/png;base64,${base64}" alt="Stad &#34;A&#34; &#60;b&#62;"></p>\n<h1>Plan</h1>`);
    expect(html).not.toMatch(/https?:\/\//);
    // Only the two formats a logo may have reach the attribute.
    const odd = documentHtml({ lang: "en", title: "Plan", bodyHtml: "", logo: { image: { ...image, mimeType: 'image/svg+xml" onload="x' }, alt: "" } });
    expect(odd).not.toContain("<img");
  });
});

describe("table of contents", () => {
  const body =
    '<h1 id="report">Jaarverslag</h1><h2 id="s1">Voortgang &amp; <em>doelen</em></h2><h3 id="s1-a">Details</h3>' +
    '<h4 id="deep">Te diep</h4><h2>Zonder id</h2><h2 id="s2">Indicatoren</h2>';

  it("collects the headings that have an id, down to level 3, with their plain text", () => {
    expect(headingsOf(body)).toEqual([
      { id: "report", level: 1, text: "Jaarverslag" },
      { id: "s1", level: 2, text: "Voortgang & doelen" },
      { id: "s1-a", level: 3, text: "Details" },
      { id: "s2", level: 2, text: "Indicatoren" },
    ]);
  });

  it("nests the entries as lists of links under a heading", () => {
    const toc = tocHtml(
      headingsOf(body).filter((h) => h.level > 1),
      "Inhoud",
    );
    expect(toc).toBe(
      '<nav class="doc-toc" aria-labelledby="doc-toc-heading"><h2 id="doc-toc-heading">Inhoud</h2>' +
        '<ol><li><a href="#s1">Voortgang &#38; doelen</a><ol><li><a href="#s1-a">Details</a></li></ol></li>' +
        '<li><a href="#s2">Indicatoren</a></li></ol></nav>',
    );
    expect(tocHtml([], "Inhoud")).toBe("");
  });

  it("makes unique ids from heading text", () => {
    const used = new Set<string>();
    expect(headingId("Participatie & inclusie", used)).toBe("participatie-inclusie");
    expect(headingId("Participatie & inclusie", used)).toBe("participatie-inclusie-2");
    expect(headingId("Één", used)).toBe("een");
    expect(headingId("!!!", used)).toBe("section");
  });
});
