/**
 * The HTTP answer for /api/public/<city>/<file>: a dataset as CSV or JSON, the DCAT-AP catalogue
 * or the Atom feed, built from the city's latest publication and its published reports only
 * (getPublication, getPublishedReports, both cached under the city's tag, so publishing,
 * suspending or reactivating refreshes these files and nothing else does).
 *  - unknown city, file, dataset or extension: 404;
 *  - suspended city: 404 — the data are withdrawn while it is suspended, like its pages;
 *  - a city that never published: every file still answers, with zero records and a note saying
 *    so, so links and harvesters keep working from the first day.
 */
import "server-only";
import { getPublicCity } from "@/lib/kernel/tenancy/public-city";
import { getPublication } from "@/lib/features/publication/site/read-publication";
import { getPublishedReports } from "@/lib/features/reports/read-published-report";
import { atomFeed } from "./atom";
import { toCsv } from "./csv";
import { DATASETS, isDatasetName, type DatasetName } from "./datasets";
import { dcatCatalogue } from "./dcat";
import { datasetEnvelope } from "./envelope";
import { contentDisposition } from "@/lib/kernel/storage/file-name";

export type OpenDataFile = { kind: "dataset"; dataset: DatasetName; format: "csv" | "json" } | { kind: "catalog" } | { kind: "feed" };

/** "<dataset>.csv" | "<dataset>.json" | "catalog.jsonld" | "feed.xml", else null. */
export function parseOpenDataFile(file: string): OpenDataFile | null {
  if (file === "catalog.jsonld") return { kind: "catalog" };
  if (file === "feed.xml") return { kind: "feed" };
  const m = /^([a-z]+)\.(csv|json)$/.exec(file);
  if (!m || !isDatasetName(m[1]!)) return null;
  return { kind: "dataset", dataset: m[1], format: m[2] as "csv" | "json" };
}

const COMMON_HEADERS = {
  // Open data: any site may fetch it from the browser. Nothing here depends on who asks.
  "Access-Control-Allow-Origin": "*",
};

function notFound(): Response {
  return new Response("Not found — Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

function fileResponse(body: string, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      ...COMMON_HEADERS,
      "Content-Type": contentType,
      "Content-Disposition": contentDisposition(filename, { inline: true }),
    },
  });
}

export async function openDataResponse(citySlug: string, fileName: string): Promise<Response> {
  const file = parseOpenDataFile(fileName);
  if (!file) return notFound();
  const city = await getPublicCity(citySlug);
  if (!city || city.status !== "active") return notFound();
  const [snapshot, reports] = await Promise.all([getPublication(city.slug), getPublishedReports(city.slug)]);

  switch (file.kind) {
    case "catalog":
      return fileResponse(JSON.stringify(dcatCatalogue(city, snapshot), null, 2), "application/ld+json; charset=utf-8", `${city.slug}-catalog.jsonld`);
    case "feed":
      return fileResponse(atomFeed(city, snapshot, reports), "application/atom+xml; charset=utf-8", `${city.slug}-feed.xml`);
    case "dataset": {
      const envelope = datasetEnvelope(city, snapshot, file.dataset, reports);
      const filename = `${city.slug}-${file.dataset}.${file.format}`;
      if (file.format === "json") return fileResponse(JSON.stringify(envelope, null, 2), "application/json; charset=utf-8", filename);
      return fileResponse(toCsv(DATASETS[file.dataset].fields, envelope.records), "text/csv; charset=utf-8", filename);
    }
  }
}
