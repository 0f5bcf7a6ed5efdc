import { parse } from "csv-parse/sync";
import { afterEach, describe, expect, it } from "vitest";
import { unguardCell } from "@/lib/kernel/sheets/formula-guard";
import { SNAPSHOT_FORMAT, type PublicSnapshot } from "@/lib/features/publication/site/types";
import { atomFeed, xmlEscape } from "./atom";
import { toCsv } from "./csv";
import { DATASET_NAMES, DATASETS } from "./datasets";
import { dcatCatalogue } from "./dcat";
import { datasetEnvelope } from "./envelope";
import { datasetEnvelopeSchema, datasetFileSchema } from "./schema";

const TRICKY_TITLE = '=HYPERLINK("http://evil.example/?x","click"), "quoted"\nand a second line';

function snapshot(): PublicSnapshot {
  const empty = { percent: null, count: 0, statusCounts: { not_started: 0, planned: 0, in_progress: 0, in_place: 0, needs_review: 0 } };
  return {
    format: SNAPSHOT_FORMAT,
    publicationId: "00000000-0000-4000-8000-000000000001",
    publishedAt: "2025-03-01T10:00:00.000Z",
    city: { slug: "zonnestad", name: "Zonnestad & Co <b>", country: "NL", defaultLocale: "en", locales: ["en", "nl"], brandColor: "#123456" },
    profile: {
      intro: {},
      takePart: {},
      contactEmail: "open@zonnestad.example",
      ombuds: null,
      accessibility: { status: "partial", issues: {}, contact: null, reviewedOn: null },
      dataLicence: "CC-BY-4.0",
    },
    rollup: { overall: 40, layers: { foundation: empty, structure: empty, tool: empty } },
    commitments: [
      {
        key: "S1",
        elementKey: "S1",
        layer: "structure",
        title: TRICKY_TITLE,
        text: "-5 % \t tabs; semicolons, and 'quotes'",
        status: "in_place",
        maturity: "established",
        progress: 60,
        startDate: "2024-01-01",
        targetDate: null,
        lastUpdateAt: "2025-02-01T09:00:00.000Z",
        department: "@Social affairs",
        charterArticles: [1, 21],
        udhrArticles: [],
        sdgs: [10, 16],
        groups: [
          { key: "women_girls", name: { en: "Women and girls", nl: "Vrouwen en meisjes" } },
          { key: "poverty", name: { en: "People in poverty" } },
        ],
      },
    ],
    updates: [
      {
        id: "00000000-0000-4000-8000-0000000000a1",
        commitmentKey: "S1",
        at: "2025-02-01T09:00:00.000Z",
        fromStatus: "in_progress",
        toStatus: "in_place",
        fromProgress: 40,
        toProgress: 60,
        fromMaturity: null,
        toMaturity: null,
        note: 'Council <approved> & signed "today"',
      },
      {
        id: "00000000-0000-4000-8000-0000000000a0",
        commitmentKey: "S1",
        at: "2025-01-01T09:00:00.000Z",
        fromStatus: null,
        toStatus: null,
        fromProgress: null,
        toProgress: null,
        fromMaturity: "initiated",
        toMaturity: "established",
        note: null,
      },
    ],
  };
}

const CITY = { slug: "zonnestad", name: "Zonnestad", defaultLocale: "en" as const, locales: ["en" as const, "nl" as const] };

describe("CSV", () => {
  it("is RFC 4180 with a BOM and CRLF, and round-trips every value through csv-parse", () => {
    const s = snapshot();
    const csv = toCsv(DATASETS.commitments.fields, datasetEnvelope(CITY, s, "commitments").records);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")[0]).toBe("\uFEFF" + DATASETS.commitments.fields.map((f) => f.name).join(","));
    // The line break inside the title is quoted, not a record break.
    const rows = parse(csv, { bom: true, delimiter: ",", columns: true, record_delimiter: "\r\n" }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.title).toBe(`'${TRICKY_TITLE}`);
    expect(unguardCell(row.title!)).toBe(TRICKY_TITLE);
    expect(unguardCell(row.text!)).toBe(s.commitments[0]!.text);
    expect(row.text!.startsWith("'-")).toBe(true);
    expect(row.department).toBe("'@Social affairs");
    expect(row.target_date).toBe("");
    expect(row.progress).toBe("60");
    expect(row.charter_articles).toBe("1;21");
    expect(row.udhr_articles).toBe("");
    expect(row.groups).toBe("women_girls;poverty");
  });

  it("no cell a spreadsheet would run as a formula", () => {
    const csv = toCsv(DATASETS.commitments.fields, datasetEnvelope(CITY, snapshot(), "commitments").records);
    const rows = parse(csv, { bom: true, delimiter: ",", record_delimiter: "\r\n" }) as string[][];
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("a dataset with no records is the header row only", () => {
    const csv = toCsv(DATASETS.actions.fields, []);
    expect(csv).toBe("\uFEFF" + DATASETS.actions.fields.map((f) => f.name).join(",") + "\r\n");
  });
});

describe("JSON envelope", () => {
  it("every dataset matches its zod schema, published or not", () => {
    for (const name of DATASET_NAMES) {
      for (const s of [snapshot(), null]) {
        const file = JSON.parse(JSON.stringify(datasetEnvelope(CITY, s, name)));
        expect(datasetEnvelopeSchema(name).parse(file)).toEqual(file);
        expect(datasetFileSchema.parse(file).dataset).toBe(name);
      }
    }
  });

  it("records carry exactly the documented fields", () => {
    const envelope = datasetEnvelope(CITY, snapshot(), "updates");
    expect(envelope.records).toHaveLength(2);
    for (const r of envelope.records) expect(Object.keys(r)).toEqual(DATASETS.updates.fields.map((f) => f.name));
    expect(envelope.published_at).toBe("2025-03-01T10:00:00.000Z");
    expect(envelope.licence).toEqual({ id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" });
    expect(envelope.note).toBeUndefined();
  });

  it("says plainly when nothing is published", () => {
    const never = datasetEnvelope(CITY, null, "commitments");
    expect(never.records).toEqual([]);
    expect(never.published_at).toBeNull();
    expect(never.note?.en).toMatch(/not published any data yet/);
    // Published, but no report yet: an empty list, not an explanation that would go stale.
    const none = datasetEnvelope(CITY, snapshot(), "reports");
    expect(none.records).toEqual([]);
    expect(none.published_at).not.toBeNull();
  });

  it("the schema rejects an undocumented field", () => {
    const file = JSON.parse(JSON.stringify(datasetEnvelope(CITY, snapshot(), "commitments")));
    file.records[0].owner = "someone";
    expect(datasetEnvelopeSchema("commitments").safeParse(file).success).toBe(false);
  });
});

describe("DCAT-AP catalogue", () => {
  afterEach(() => {
    delete process.env.PUBLIC_BASE_URL;
  });

  it("has the mandatory and recommended properties, with absolute URLs from the configuration", () => {
    process.env.PUBLIC_BASE_URL = "https://charta.example/";
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON-LD tree, walked by path in assertions
    const c = dcatCatalogue(CITY, snapshot()) as Record<string, any>;
    expect(c["@type"]).toBe("dcat:Catalog");
    expect(c["@context"].dcat).toBe("http://www.w3.org/ns/dcat#");
    expect(c["dct:title"]).toEqual(expect.arrayContaining([expect.objectContaining({ "@language": "nl" }), expect.objectContaining({ "@language": "en" })]));
    expect(c["dct:description"]).toHaveLength(2);
    expect(c["dct:publisher"]).toMatchObject({ "@type": "foaf:Agent", "foaf:name": "Zonnestad & Co <b>" });
    expect(c["dct:license"]["@id"]).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(c["dct:language"].map((l: { "@id": string }) => l["@id"])).toEqual([
      "http://publications.europa.eu/resource/authority/language/ENG",
      "http://publications.europa.eu/resource/authority/language/NLD",
    ]);
    expect(c["dcat:dataset"]).toHaveLength(DATASET_NAMES.length);
    for (const d of c["dcat:dataset"]) {
      expect(d["@type"]).toBe("dcat:Dataset");
      expect(d["dct:identifier"]).toMatch(/^zonnestad\//);
      expect(d["dct:title"].map((t: { "@language": string }) => t["@language"]).sort()).toEqual(["en", "nl"]);
      expect(d["dct:description"]).toHaveLength(2);
      expect(d["dcat:theme"]["@id"]).toBe("http://publications.europa.eu/resource/authority/data-theme/GOVE");
      expect(d["dct:issued"]["@value"]).toBe("2025-03-01T10:00:00.000Z");
      expect(d["dct:modified"]["@value"]).toBe("2025-03-01T10:00:00.000Z");
      expect(d["dcat:contactPoint"]["vcard:hasEmail"]["@id"]).toBe("mailto:open@zonnestad.example");
      const [csv, json] = d["dcat:distribution"];
      const name = d["dct:identifier"].split("/")[1];
      expect(csv["@type"]).toBe("dcat:Distribution");
      expect(csv["dcat:accessURL"]["@id"]).toBe(`https://charta.example/api/public/zonnestad/${name}.csv`);
      expect(csv["dcat:downloadURL"]["@id"]).toBe(`https://charta.example/api/public/zonnestad/${name}.csv`);
      expect(csv["dct:format"]["@id"]).toBe("http://publications.europa.eu/resource/authority/file-type/CSV");
      expect(csv["dcat:mediaType"]["@id"]).toBe("http://www.iana.org/assignments/media-types/text/csv");
      expect(json["dct:format"]["@id"]).toBe("http://publications.europa.eu/resource/authority/file-type/JSON");
      expect(json["dcat:accessURL"]["@id"]).toBe(`https://charta.example/api/public/zonnestad/${name}.json`);
      expect(json["dct:license"]["@id"]).toBe("https://creativecommons.org/licenses/by/4.0/");
    }
  });

  it("a city that never published still has its catalogue, without dates", () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON-LD tree, walked by path in assertions
    const c = dcatCatalogue(CITY, null) as Record<string, any>;
    expect(c["dcat:dataset"]).toHaveLength(DATASET_NAMES.length);
    expect(c["dct:issued"]).toBeUndefined();
    expect(c["@id"]).toBe("http://localhost:3000/api/public/zonnestad/catalog.jsonld");
  });
});

describe("Atom feed", () => {
  it("escapes XML and drops characters XML cannot carry", () => {
    expect(xmlEscape(`<a href="x">&'</a>\u0001`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  });

  it("gives every entry a human title: a commitment the city added itself by its title, never its UUID", () => {
    const own = "5b0f6a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b";
    const s = snapshot();
    s.commitments.push({ ...s.commitments[0]!, key: own, elementKey: null, title: "Free legal advice desk" });
    s.updates.push({ ...s.updates[0]!, id: "00000000-0000-4000-8000-0000000000a2", commitmentKey: own, at: "2025-02-15T09:00:00.000Z" });
    const entries = atomFeed(CITY, s).match(/<entry>[\s\S]*?<\/entry>/g)!;
    const titles = entries.map((e) => /<title type="text">([^<]*)<\/title>/.exec(e)![1]!);
    for (const title of titles) expect(title).not.toMatch(/^[0-9a-f]{8}-/i);
    expect(titles[0]).toBe("Free legal advice desk: Status: In progress → In place; Progress: 40 % → 60 %");
    expect(entries[0]).toContain('<summary type="text">Free legal advice desk</summary>');
    expect(entries[0]).toContain(`/commitments/${own}"`);
  });

  it("is a well-formed feed with id, title, updated, author and one entry per update, newest first", () => {
    const xml = atomFeed(CITY, snapshot());
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">')).toBe(true);
    expect(xml).toMatch(/<id>http:\/\/localhost:3000\/api\/public\/zonnestad\/feed\.xml<\/id>/);
    expect(xml).toMatch(/<title type="text">Zonnestad &amp; Co &lt;b&gt;: updates on its human rights commitments<\/title>/);
    expect(xml).toContain("<updated>2025-03-01T10:00:00.000Z</updated>");
    expect(xml).toContain("<author><name>Zonnestad &amp; Co &lt;b&gt;</name>");
    const entries = xml.match(/<entry>[\s\S]*?<\/entry>/g)!;
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain("<id>urn:uuid:00000000-0000-4000-8000-0000000000a1</id>");
    expect(entries[0]).toContain('<title type="text">S1: Status: In progress → In place; Progress: 40 % → 60 %</title>');
    expect(entries[0]).toContain('<link rel="alternate" type="text/html" href="http://localhost:3000/zonnestad/en/commitments/S1"/>');
    expect(entries[0]).toContain('<content type="text">Council &lt;approved&gt; &amp; signed &quot;today&quot;</content>');
    expect(entries[1]).toContain("S1: Maturity: Initiated → Established");
    expect(entries[1]).not.toContain("<content");
    // Only the five predefined entities, and no raw markup from the data.
    expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    expect(xml).not.toContain("<approved>");
    expect(xml).not.toContain("<b>");
    // Balanced elements: every opened tag closes.
    const tags = [...xml.replace(/<\?xml[^>]*\?>/, "").matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)];
    const stack: string[] = [];
    for (const [, closing, name, selfClosing] of tags) {
      if (selfClosing) continue;
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });

  it("in Dutch for a Dutch city, and at most 50 entries", () => {
    const s = snapshot();
    s.city.defaultLocale = "nl";
    s.updates = Array.from({ length: 60 }, (_, i) => ({ ...s.updates[0]!, id: `u${i}`, at: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString() }));
    const xml = atomFeed(CITY, s);
    expect(xml).toContain('xml:lang="nl"');
    expect(xml).toContain("wijzigingen in de mensenrechtentoezeggingen");
    expect(xml.match(/<entry>/g)).toHaveLength(50);
    expect(xml).toContain("feed.xml#update-u59");
    expect(xml).not.toContain("feed.xml#update-u9<");
    expect(xml).toContain("S1: Status: Bezig → Gerealiseerd; Voortgang: 40% → 60%");
  });
});
