/**
 * Open data (issue 7) through the route handler itself: /api/public/<city>/<dataset>.csv|.json,
 * catalog.jsonld and feed.xml — formats, headers, 404s, a city that never published, a suspended
 * city, and that one city's data never appears in another's files.
 */
import { parse } from "csv-parse/sync";
import { testScope } from "../helpers/city-scope";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createTestCity, type TestCity } from "../helpers/cities";
import { approveReport } from "../helpers/report-approval";

// unstable_cache outside Next: call through; revalidateTag is a no-op.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: (fn: () => unknown) => fn }));

const { GET, revalidate, generateStaticParams } = await import("@/app/api/public/[city]/[file]/route");
const { auditedTransaction } = await import("@/lib/kernel/records/audited");
const { applyCommitmentChange } = await import("@/lib/features/commitments/apply-change");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");
const { publishCity } = await import("@/lib/features/publication/site/publish-city");
const { setCityStatus } = await import("@/lib/kernel/tenancy/set-city-status");
const { unguardCell } = await import("@/lib/kernel/sheets/formula-guard");
const { createPlanFixture } = await import("../helpers/plan-fixture");
const { Prisma } = await import("@/lib/generated/city/client");
const { DATASET_NAMES, DATASETS } = await import("@/lib/features/publication/open-data/datasets");
const { datasetEnvelopeSchema } = await import("@/lib/features/publication/open-data/schema");
const { createReport } = await import("@/lib/features/reports/generate-report");
const { saveSection } = await import("@/lib/features/reports/save-section");
const { transitionReport } = await import("@/lib/features/reports/transition-report");

const TRICKY_TITLE = '=1+2, "a quoted, title"\nsecond line';

async function fetchFile(city: string, file: string): Promise<Response> {
  return GET(new Request(`http://localhost/api/public/${city}/${file}`), { params: Promise.resolve({ city, file }) });
}

/**
 * A city with S1 and F1 public, each with a change (S1's note public), and a marker of its own in
 * S1's text; and a public adopted action plan with one measured indicator.
 */
async function publishedCity(prefix: string, marker: string): Promise<TestCity> {
  const city = await createTestCity(prefix);
  const db = cityDbForSchema(city.schemaName);
  const actor = city.users.officer.id;
  await db.commitment.updateMany({ where: { elementKey: { in: ["F1", "S1"] } }, data: { isPublic: true } });
  await auditedTransaction(db, actor, async (tx, audit) => {
    let before = await tx.commitment.findUniqueOrThrow({ where: { elementKey: "S1" } });
    await applyCommitmentChange(
      tx,
      audit,
      actor,
      before,
      before.version,
      { status: "in_progress", progress: 30, note: `${marker} public note`, notePublic: true, source: "web" },
      {
        title: TRICKY_TITLE,
        text: `${marker} text`,
        sdgs: [10, 16],
        charterArticles: [21],
        groups: ["women_girls", "poverty"],
      },
    );
    before = await tx.commitment.findUniqueOrThrow({ where: { elementKey: "F1" } });
    await applyCommitmentChange(tx, audit, actor, before, before.version, { maturity: "initiated", note: "internal only", source: "web" });
  });
  const plan = await createPlanFixture(city, { isPublic: true, title: `${marker} plan` });
  await db.measurement.create({
    data: {
      indicatorId: plan.indicatorId,
      period: "2024",
      periodStart: new Date("2024-01-01T00:00:00Z"),
      value: new Prisma.Decimal("61.25"),
      breakdown: { district: { North: 70, South: 52.5 } },
    },
  });
  await publishCity(await testScope(city, actor, db));
  return city;
}

/** A report for `year` with `summary`, published or left in consultation. */
async function writeReport(city: TestCity, year: number, summary: string, publish: boolean): Promise<string> {
  const ctx = await testScope(city, city.users.officer.id, cityDbForSchema(city.schemaName));
  const { id } = await createReport(ctx, { year, locales: ["en", "nl"] });
  await saveSection(ctx, { reportId: id, topic: "report", kind: "summary", locale: "en", content: summary, version: 0 });
  // Published in both languages: nothing is published half-written (issue 13.3).
  await saveSection(ctx, { reportId: id, topic: "report", kind: "summary", locale: "nl", content: `NL ${summary}`, version: 0 });
  let { version } = await transitionReport(ctx, { id, version: 1, to: "consultation", note: "" });
  if (publish) {
    ({ version } = await approveReport(ctx, id, version, "Council decision 12."));
    await transitionReport(ctx, { id, version, to: "published", note: "" });
  }
  return id;
}

let a: TestCity;
let b: TestCity;
let reportA: string;
const MARK_A = `ALPHA-${Math.random().toString(36).slice(2, 8)}`;
const MARK_B = `BRAVO-${Math.random().toString(36).slice(2, 8)}`;
const DRAFT_MARK = `DRAFT-REPORT-${Math.random().toString(36).slice(2, 8)}`;

beforeAll(async () => {
  [a, b] = await Promise.all([publishedCity("oda", MARK_A), publishedCity("odb", MARK_B)]);
  reportA = await writeReport(a, 2024, `${MARK_A} report summary`, true);
  // A later report still in consultation: nothing of it may reach the files.
  await writeReport(a, 2025, DRAFT_MARK, false);
});

describe("the route", () => {
  it("is static with ISR (generated on first request, refreshed by the city's tag)", () => {
    expect(revalidate).toBeGreaterThan(0);
    expect(generateStaticParams()).toEqual([]);
  });

  it("404s unknown cities, datasets, extensions and file names", async () => {
    for (const [city, file] of [
      ["no-such-city", "commitments.csv"],
      ["Bad Slug!", "commitments.json"],
      [a.slug, "members.csv"],
      [a.slug, "commitments.xlsx"],
      [a.slug, "commitments"],
      [a.slug, "COMMITMENTS.CSV"],
      [a.slug, "catalog.json"],
      [a.slug, "feed.rss"],
      [a.slug, "../commitments.csv"],
    ] as const) {
      const res = await fetchFile(city, file);
      expect(res.status, `${city}/${file}`).toBe(404);
    }
  });
});

describe("CSV", () => {
  it("parses with csv-parse and round-trips the published values, formula-safe", async () => {
    const res = await fetchFile(a.slug, "commitments.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`inline; filename="${a.slug}-commitments.csv"`);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await res.text();
    expect(text).toContain("\r\n");
    const rows = parse(text, { bom: true, delimiter: ",", columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.key)).toEqual(["F1", "S1"]);
    const s1 = rows.find((r) => r.key === "S1")!;
    expect(s1.title).toBe(`'${TRICKY_TITLE}`);
    expect(unguardCell(s1.title!)).toBe(TRICKY_TITLE);
    expect(s1).toMatchObject({
      text: `${MARK_A} text`,
      status: "in_progress",
      progress: "30",
      sdgs: "10;16",
      charter_articles: "21",
      groups: "women_girls;poverty",
      layer: "structure",
    });
    expect(rows.find((r) => r.key === "F1")).toMatchObject({ maturity: "initiated", element_key: "F1" });
    expect(Object.keys(s1)).toEqual(DATASETS.commitments.fields.map((f) => f.name));
  });

  it("updates carry public notes only", async () => {
    const rows = parse(await (await fetchFile(a.slug, "updates.csv")).text(), { bom: true, delimiter: ",", columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.commitment_key === "S1")).toMatchObject({
      from_status: "not_started",
      to_status: "in_progress",
      to_progress: "30",
      note: `${MARK_A} public note`,
    });
    expect(rows.find((r) => r.commitment_key === "F1")).toMatchObject({ to_maturity: "initiated", note: "" });
  });

  it("reports lists the published reports only, with links to the page, PDF and Word", async () => {
    const rows = parse(await (await fetchFile(a.slug, "reports.csv")).text(), { bom: true, delimiter: ",", columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!)).toEqual(DATASETS.reports.fields.map((f) => f.name));
    expect(rows[0]).toMatchObject({
      key: reportA,
      year: "2024",
      title: `Test ${a.slug}: human rights report 2024`,
      summary: `${MARK_A} report summary`,
      locale: "en",
      locales: "en;nl",
    });
    expect(rows[0]!.web_url).toMatch(new RegExp(`^https?://[^/]+/${a.slug}/en/reports/2024$`));
    expect(rows[0]!.pdf_url).toBe(`${rows[0]!.web_url}/pdf`);
    expect(rows[0]!.docx_url).toBe(`${rows[0]!.web_url}/docx`);
    expect(new Date(rows[0]!.published_at!).getTime()).toBeGreaterThan(Date.now() - 600_000);
    for (const file of ["reports.csv", "reports.json", "feed.xml", "catalog.jsonld"]) {
      expect(await (await fetchFile(a.slug, file)).text(), file).not.toContain(DRAFT_MARK);
    }
    expect(JSON.parse(await (await fetchFile(b.slug, "reports.json")).text()).records).toEqual([]);
  });

  it("serves the published plan's actions, indicators and measurements, with breakdowns", async () => {
    const rows = async (name: string) => {
      const [header, ...records] = parse(await (await fetchFile(a.slug, `${name}.csv`)).text()) as string[][];
      return records.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    };
    const actions = await rows("actions");
    expect(actions.map((r) => [r.title, r.status, r.progress, r.end_date, r.plan_title])).toEqual([
      ["Audit all public buildings", "on_track", "40", "2024-06-30", `${MARK_A} plan`],
      ["Install ramps and automatic doors", "not_started", "0", "2027-06-30", `${MARK_A} plan`],
    ]);
    const [indicator] = await rows("indicators");
    expect(indicator).toMatchObject({
      title: "Accessible public buildings",
      type: "outcome",
      direction: "increase",
      baseline_value: "40",
      baseline_year: "2022",
      target_value: "90",
      target_status: "on_track",
      // A target year means its end (issue 13.8): 2027 is 31 December 2027, not 1 January.
      target_year: "2027",
      target_date: "2027-12-31",
      baseline_date: "2022-01-01",
      accumulation: "per_period",
    });
    const json = JSON.parse(await (await fetchFile(a.slug, "indicators.json")).text()) as { records: Record<string, unknown>[] };
    expect(json.records[0]).toMatchObject({ target_date: "2027-12-31", target_year: 2027, accumulation: "per_period" });
    expect(await rows("measurements")).toEqual([
      expect.objectContaining({
        indicator_key: indicator!.key,
        period: "2024",
        date: "2024-01-01",
        value: "61.25",
        breakdown: "district:North=70; district:South=52.5",
      }),
    ]);
  });
});

describe("JSON", () => {
  it("every dataset matches the zod schema of its envelope", async () => {
    for (const name of DATASET_NAMES) {
      const res = await fetchFile(a.slug, `${name}.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(res.headers.get("content-disposition")).toBe(`inline; filename="${a.slug}-${name}.json"`);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      const file = datasetEnvelopeSchema(name).parse(await res.json());
      expect(file.city.slug).toBe(a.slug);
      expect(file.published_at).not.toBeNull();
      expect(file.licence.id).toBe("CC-BY-4.0");
      expect(file.note).toBeUndefined();
    }
  });
});

describe("catalogue and feed", () => {
  it("catalog.jsonld is a DCAT-AP catalogue of the six datasets", async () => {
    const res = await fetchFile(a.slug, "catalog.jsonld");
    expect(res.headers.get("content-type")).toBe("application/ld+json; charset=utf-8");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON-LD tree, walked by path in assertions
    const c = (await res.json()) as Record<string, any>;
    expect(c["@type"]).toBe("dcat:Catalog");
    expect(c["dct:publisher"]["foaf:name"]).toBe(`Test ${a.slug}`);
    expect(c["dcat:dataset"].map((d: Record<string, string>) => d["dct:identifier"])).toEqual(DATASET_NAMES.map((n) => `${a.slug}/${n}`));
    for (const d of c["dcat:dataset"]) {
      for (const key of ["dct:title", "dct:description", "dcat:theme", "dct:issued", "dct:modified", "dcat:distribution"]) expect(d[key], key).toBeDefined();
      expect(d["dcat:distribution"]).toHaveLength(2);
      for (const dist of d["dcat:distribution"]) {
        expect(dist["dcat:accessURL"]["@id"]).toMatch(new RegExp(`^https?://[^/]+/api/public/${a.slug}/`));
        expect(dist["dct:format"]["@id"]).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/(CSV|JSON)$/);
      }
    }
  });

  it("catalog.jsonld meets the DCAT-AP 3 range shapes: every object is of the class its property requires", async () => {
    // The sh:class of each property in DCAT-AP 3.0.0's shacl/range.ttl (and the IRI and date
    // constraints of shacl/shapes.ttl), checked on the catalogue as it is served.
    const RANGE: Record<string, string> = {
      "dct:license": "dct:LicenseDocument",
      "foaf:homepage": "foaf:Document",
      "dcat:landingPage": "foaf:Document",
      "foaf:page": "foaf:Document",
      "dcat:mediaType": "dct:MediaType",
      "dct:format": "dct:MediaTypeOrExtent",
      "dct:publisher": "foaf:Agent",
      "dct:creator": "foaf:Agent",
      "dcat:contactPoint": "vcard:Kind",
      "dct:language": "dct:LinguisticSystem",
      "dcat:theme": "skos:Concept",
      "dcat:themeTaxonomy": "skos:ConceptScheme",
      "dcat:dataset": "dcat:Dataset",
      "dcat:distribution": "dcat:Distribution",
    };
    const IRI_ONLY = ["dcat:accessURL", "dcat:downloadURL"];
    const DATES = ["dct:issued", "dct:modified"];
    const res = await fetchFile(a.slug, "catalog.jsonld");
    const doc = JSON.parse(await res.text()) as Record<string, unknown>;
    type Node = Record<string, unknown>;
    const asList = (v: unknown): Node[] => (Array.isArray(v) ? v : [v]) as Node[];
    // A node's classes, wherever in the document the node is described (a reference by @id counts).
    const types = new Map<string, Set<string>>();
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(collect);
      if (!v || typeof v !== "object") return;
      const n = v as Node;
      if (typeof n["@id"] === "string" && n["@type"]) {
        const set = types.get(n["@id"]) ?? new Set<string>();
        for (const t of asList(n["@type"]) as unknown as string[]) set.add(t);
        types.set(n["@id"], set);
      }
      Object.values(n).forEach(collect);
    };
    collect(doc);
    const seen = new Set<string>();
    const check = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(check);
      if (!v || typeof v !== "object") return;
      for (const [property, value] of Object.entries(v as Node)) {
        if (property.startsWith("@")) continue;
        for (const object of asList(value)) {
          if (RANGE[property]) {
            seen.add(property);
            const classes = typeof object["@id"] === "string" ? types.get(object["@id"]) : new Set(asList(object["@type"]) as unknown as string[]);
            expect([...(classes ?? [])], `${property} → ${JSON.stringify(object)}`).toContain(RANGE[property]);
          }
          if (IRI_ONLY.includes(property)) {
            seen.add(property);
            expect(Object.keys(object), property).toEqual(["@id"]);
            expect(object["@id"], property).toMatch(/^https?:\/\//);
          }
          if (DATES.includes(property)) {
            seen.add(property);
            expect(["xsd:date", "xsd:dateTime"], `${property} ${JSON.stringify(object)}`).toContain(object["@type"]);
            expect(Number.isNaN(Date.parse(String(object["@value"]))), property).toBe(false);
          }
          if (property === "dcat:mediaType") expect(object["@id"]).toMatch(/^http:\/\/www\.iana\.org\/assignments\/media-types\/[a-z]+\/[a-z0-9.+-]+$/);
        }
        check(value);
      }
    };
    check(doc);
    // The catalogue does use each of these properties, so the walk above checked them.
    for (const p of ["dct:license", "foaf:homepage", "dcat:landingPage", "dcat:mediaType", "dct:format", "dct:publisher", "dct:language", "dcat:theme"])
      expect(seen, p).toContain(p);
    for (const p of [...IRI_ONLY, ...DATES]) expect(seen, p).toContain(p);
  });

  it("feed.xml is Atom with the published updates and reports, escaped", async () => {
    const res = await fetchFile(a.slug, "feed.xml");
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    for (const tag of ["id", "title", "updated", "author"]) expect(xml).toMatch(new RegExp(`<${tag}[ >]`));
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain(`<id>urn:uuid:${reportA}</id>`);
    expect(xml).toContain(`<title type="text">Test ${a.slug}: human rights report 2024</title>`);
    expect(xml).toContain(`<summary type="text">${MARK_A} report summary</summary>`);
    expect(xml).toContain(`/${a.slug}/en/reports/2024"`);
    expect(xml).toContain(`<content type="text">${MARK_A} public note</content>`);
    expect(xml).toContain(`/${a.slug}/en/commitments/S1"`);
    // The tricky title is in a summary, escaped.
    expect(xml).toContain("=1+2, &quot;a quoted, title&quot;");
    expect(xml).not.toContain("internal only");
  });
});

describe("city isolation", () => {
  it("no file of one city holds the other's data", async () => {
    for (const [mine, theirs, theirMark] of [
      [a, b, MARK_B],
      [b, a, MARK_A],
    ] as const) {
      for (const file of [...DATASET_NAMES.flatMap((n) => [`${n}.csv`, `${n}.json`]), "catalog.jsonld", "feed.xml"]) {
        const body = await (await fetchFile(mine.slug, file)).text();
        expect(body, `${mine.slug}/${file}`).not.toContain(theirMark);
        expect(body, `${mine.slug}/${file}`).not.toContain(theirs.slug);
      }
    }
  });
});

describe("cities that have not published, or are suspended", () => {
  it("a city that never published serves every file with zero records and a note", async () => {
    const fresh = await createTestCity("odn");
    for (const name of DATASET_NAMES) {
      const file = datasetEnvelopeSchema(name).parse(await (await fetchFile(fresh.slug, `${name}.json`)).json());
      expect(file.records).toEqual([]);
      expect(file.published_at).toBeNull();
      expect(file.note?.en).toMatch(/not published any data yet/);
      expect(file.note?.nl).toMatch(/nog geen gegevens gepubliceerd/);
      const csv = await (await fetchFile(fresh.slug, `${name}.csv`)).text();
      expect(csv.split("\r\n").filter(Boolean)).toHaveLength(1);
    }
    expect((await fetchFile(fresh.slug, "catalog.jsonld")).status).toBe(200);
    const feed = await (await fetchFile(fresh.slug, "feed.xml")).text();
    expect(feed).toContain("<feed");
    expect(feed).not.toContain("<entry>");
  });

  it("a suspended city's data are 404 until it is reactivated", async () => {
    const c = await publishedCity("ods", "SUSPENDED-MARK");
    expect((await fetchFile(c.slug, "commitments.json")).status).toBe(200);
    await setCityStatus(controlDb(), c.slug, "suspended", null);
    for (const file of ["commitments.json", "commitments.csv", "updates.csv", "catalog.jsonld", "feed.xml"]) {
      const res = await fetchFile(c.slug, file);
      expect(res.status, file).toBe(404);
      expect(await res.text()).not.toContain("SUSPENDED-MARK");
    }
    await setCityStatus(controlDb(), c.slug, "active", null);
    expect((await fetchFile(c.slug, "commitments.json")).status).toBe(200);
  });
});
