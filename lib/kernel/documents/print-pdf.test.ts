import { afterAll, describe, expect, it } from "vitest";
import { inspectPdf } from "@/tests/helpers/documents";
import { documentHtml, escapeHtml } from "./document-html";
import { closePdfBrowser, marginBoxesCss, printPdf } from "./print-pdf";

afterAll(closePdfBrowser);

function sample(label: string, sections = 2): string {
  const body = [`<h1>${escapeHtml(label)}</h1><p>Introductie van het document.</p>`];
  for (let n = 1; n <= sections; n++) {
    body.push(
      `<section class="${n > 1 ? "page-break" : ""}"><h2>Hoofdstuk ${n}</h2><p>Tekst van hoofdstuk ${n}.</p>` +
        `<h3>Paragraaf ${n}.1</h3><table><thead><tr><th>Element</th><th>Status</th></tr></thead>` +
        `<tbody><tr><td>F1</td><td>Ingevoerd</td></tr></tbody></table></section>`,
    );
  }
  return documentHtml({ lang: "nl", title: label, bodyHtml: body.join("") });
}

// Generous limits: the first test launches Chromium, which is slow on a busy two-core machine.
describe("printPdf", { timeout: 90_000 }, () => {
  it("prints a tagged A4 PDF with an outline of the headings, its title, language and page numbers", async () => {
    const pdf = await printPdf({ html: sample("Verklaring Zonnestad"), title: "Verklaring Zonnestad", lang: "nl-NL", headerLabel: "Zonnestad" });
    const facts = await inspectPdf(pdf);

    expect(facts.pageCount).toBe(2);
    expect(facts.pageSizeMm).toEqual([210, 297]);
    expect(facts.pages[0]).toContain("Introductie van het document.");
    expect(facts.pages[1]).toContain("Tekst van hoofdstuk 2.");
    expect(facts.pages[0]).toContain("1 / 2");
    expect(facts.pages[1]).toContain("2 / 2");
    expect(facts.pages[0]).toContain("Zonnestad");
    expect(facts.tagged).toBe(true);
    expect(facts.title).toBe("Verklaring Zonnestad");
    expect(facts.language).toBe("nl-NL");
    // What PDF/UA readers and checkers look for besides the tags (ISO 14289-1, 7.1).
    expect(facts.xmp).toContain("<pdfuaid:part>1</pdfuaid:part>");
    expect(facts.xmp).toContain('<rdf:li xml:lang="x-default">Verklaring Zonnestad</rdf:li>');
    expect(facts.xmp).toContain("<rdf:li>nl-NL</rdf:li>");
    expect(facts.displayDocTitle).toBe(true);
    expect(facts.outline).toEqual([
      {
        title: "Verklaring Zonnestad",
        children: [
          { title: "Hoofdstuk 1", children: [{ title: "Paragraaf 1.1", children: [] }] },
          { title: "Hoofdstuk 2", children: [{ title: "Paragraaf 2.1", children: [] }] },
        ],
      },
    ]);
  });

  it("prints a header label that looks like markup or CSS as its text", async () => {
    const label = 'Zon "stad" \\ </style><b>x</b>';
    const css = marginBoxesCss({ headerLabel: label });
    expect(css).not.toContain("<");
    expect(css).toContain('content: "Zon \\22 stad\\22  \\5C  \\3C /style>');
    const facts = await inspectPdf(await printPdf({ html: sample("Plan", 1), title: "Plan", lang: "en", headerLabel: label }));
    expect(facts.pages[0]).toContain(label);
    expect(marginBoxesCss({ pageNumbers: false })).toBe("");
  });

  it("leaves page numbers out when asked", async () => {
    const facts = await inspectPdf(await printPdf({ html: sample("Plan"), title: "Plan", lang: "en", pageNumbers: false }));
    expect(facts.pages[0]).not.toContain("1 / 2");
  });

  it("loads nothing from the network", async () => {
    let requested = false;
    const server = (await import("node:http")).createServer((_req, res) => {
      requested = true;
      res.end("body::after { content: 'LEAKED'; }");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    try {
      const html = documentHtml({
        lang: "en",
        title: "Offline",
        bodyHtml: `<link rel="stylesheet" href="http://127.0.0.1:${port}/x.css"><img alt="" src="http://127.0.0.1:${port}/x.png"><h1>Offline</h1>`,
      });
      const facts = await inspectPdf(await printPdf({ html, title: "Offline", lang: "en" }));
      expect(facts.text).toContain("Offline");
      expect(facts.text).not.toContain("LEAKED");
      expect(requested).toBe(false);
    } finally {
      server.close();
    }
  });

  it("prints four documents at once and relaunches a browser that died", async () => {
    const labels = ["Een", "Twee", "Drie", "Vier"];
    const pdfs = await Promise.all(labels.map((l) => printPdf({ html: sample(l, 1), title: l, lang: "nl" })));
    const texts = await Promise.all(pdfs.map(async (p) => (await inspectPdf(p)).text));
    labels.forEach((l, i) => expect(texts[i]).toContain(l));

    await closePdfBrowser();
    const again = await inspectPdf(await printPdf({ html: sample("Opnieuw", 1), title: "Opnieuw", lang: "nl" }));
    expect(again.text).toContain("Opnieuw");
  });
});
