import { describe, expect, it } from "vitest";
import { inspectDocx } from "@/tests/helpers/documents";
import { encodePng } from "@/scripts/demo-data/png";
import { buildDocx } from "./docx";

describe("buildDocx", () => {
  it("writes a valid .docx with heading styles, lists, a table, links, language and properties", async () => {
    const docx = await buildDocx({
      title: "Actieplan Zonnestad",
      lang: "nl-NL",
      creator: "Charta",
      blocks: [
        { kind: "toc", title: "Inhoud" },
        { kind: "heading", level: 1, text: "Actieplan Zonnestad" },
        { kind: "paragraph", runs: [{ text: "Gewoon, " }, { text: "vet", bold: true }, { text: " en " }, { text: "cursief", italic: true }] },
        { kind: "paragraph", runs: [{ text: "Lees meer", link: "https://example.org/plan" }] },
        { kind: "pageBreak" },
        { kind: "heading", level: 2, text: "Toezeggingen & doelen" },
        { kind: "bulletList", items: ["Eerste punt", "Tweede punt"] },
        { kind: "orderedList", items: ["Stap een", "Stap twee"] },
        { kind: "orderedList", items: ["Andere lijst"] },
        {
          kind: "table",
          header: ["Element", "Status"],
          rows: [
            ["F1", "Ingevoerd"],
            ["S2", "Gepland"],
          ],
        },
      ],
    });
    const facts = await inspectDocx(docx);

    expect(facts.contentTypes).toContain("wordprocessingml.document.main+xml");
    expect(facts.paragraphs).toEqual(
      expect.arrayContaining([
        "Actieplan Zonnestad",
        "Gewoon, vet en cursief",
        "Lees meer",
        "Toezeggingen & doelen",
        "Eerste punt",
        "Stap een",
        "Andere lijst",
        "Element",
        "Ingevoerd",
      ]),
    );
    expect([...facts.paragraphStyles]).toEqual(expect.arrayContaining(["Heading1", "Heading2"]));
    expect(facts.stylesXml).toMatch(/w:styleId="Heading2">[\s\S]*?<w:outlineLvl w:val="1"\/>[\s\S]*?<\/w:style>/);
    expect(facts.documentXml).not.toMatch(/<w:pStyle w:val="TOC1"\/>[^]*?<w:t[^>]*>Inhoud</);
    expect(facts.documentXml).toContain("<w:tblHeader/>");
    expect(facts.documentXml).toMatch(/<w:hyperlink[^>]*r:id=/);
    expect(facts.documentXml).toContain("TOC \\h \\o &quot;1-3&quot;");
    expect(facts.documentXml).toMatch(/<w:pStyle w:val="TOC2"\/>.*?Toezeggingen &amp; doelen/);
    expect(facts.documentXml).toContain('<w:br w:type="page"/>');
    expect(facts.stylesXml).toContain('w:lang w:val="nl-NL"');
    expect(facts.coreXml).toContain("<dc:title>Actieplan Zonnestad</dc:title>");
    expect(facts.coreXml).toContain("<dc:creator>Charta</dc:creator>");
    // The language where document properties and python-docx look, and for text outside any style.
    expect(facts.coreXml).toContain("<dc:language>nl-NL</dc:language>");
    expect(facts.documentXml.length).toBeGreaterThan(0);
    // The table of contents has its page numbers when opened, not only after Word updates it:
    // every entry's PAGEREF field carries a number.
    const toc = facts.documentXml.slice(facts.documentXml.indexOf("TOC \\h"));
    const pages = [...toc.matchAll(/PAGEREF _Toc\d+[^<]*<\/w:instrText>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page).toMatch(/^\d+$/);
    // The two ordered lists are separate lists, so the second one starts at 1 again.
    const numIds = new Set([...facts.documentXml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect(numIds.size).toBeGreaterThanOrEqual(3);
  });

  it("puts the logo above everything, embedded, scaled to at most 16 mm high with its aspect, described by its alt text", async () => {
    const bytes = encodePng(200, 100, () => [0, 0, 0, 255]);
    const docx = await buildDocx({
      title: "Plan",
      lang: "en-GB",
      creator: "Riverton",
      blocks: [{ kind: "heading", level: 1, text: "Plan" }],
      logo: { image: { bytes, mimeType: "image/png", width: 200, height: 100 }, alt: "Riverton" },
    });
    const facts = await inspectDocx(docx);
    const media = Object.values(facts.media);
    expect(media).toHaveLength(1);
    expect(Buffer.from(media[0]!).equals(Buffer.from(bytes))).toBe(true);
    // 16 mm at 96 px per inch is 60.5 px: 200 × 100 becomes 121 × 60; Word counts 9525 EMU per pixel.
    expect(facts.documentXml).toContain(`<wp:extent cx="${121 * 9525}" cy="${60 * 9525}"/>`);
    expect(facts.documentXml).toMatch(/<wp:docPr [^>]*descr="Riverton"/);
    expect(facts.documentXml.indexOf("<w:drawing>")).toBeLessThan(facts.documentXml.indexOf(">Plan<"));
    // No logo: no image.
    const plain = await inspectDocx(
      await buildDocx({ title: "Plan", lang: "en-GB", creator: "Riverton", blocks: [{ kind: "heading", level: 1, text: "Plan" }], logo: null }),
    );
    expect(Object.keys(plain.media)).toEqual([]);
  });
});
