/**
 * The JSON file of a dataset: the records wrapped in what a consumer needs to use them without
 * reading the site — which city, when it was published, under which licence, and the field list
 * with descriptions. lib/features/publication/open-data/schema.ts is the zod schema of this shape.
 */
import type { Localized } from "@/lib/reference/framework/catalogue/types";
import type { PublicSnapshot } from "@/lib/features/publication/site/types";
import { DATASETS, type DatasetName, type FieldDefinition } from "./datasets";
import { DEFAULT_LICENCE, licenceUrl } from "./licence";
import { datasetRecords, type DatasetRecord, type PublishedExtras } from "./records";

export interface DatasetEnvelope {
  dataset: DatasetName;
  city: { slug: string; name: string };
  /** When the city published the data (ISO 8601), or null when it never published. */
  published_at: string | null;
  licence: { id: string; url: string };
  fields: FieldDefinition[];
  records: DatasetRecord[];
  /** Why there are no records, when the city has published nothing for this dataset. */
  note?: Localized;
}

export interface OpenDataCity {
  slug: string;
  name: string;
}

const NEVER_PUBLISHED: Localized = {
  en: "The city has not published any data yet.",
  nl: "De stad heeft nog geen gegevens gepubliceerd.",
};

export function datasetEnvelope(
  city: OpenDataCity,
  snapshot: PublicSnapshot | null,
  dataset: DatasetName,
  reports: PublishedExtras["reports"] = [],
): DatasetEnvelope {
  const definition = DATASETS[dataset];
  const licence = snapshot?.profile.dataLicence || DEFAULT_LICENCE;
  const records = datasetRecords(snapshot, dataset, { city: { slug: city.slug, name: snapshot?.city.name ?? city.name }, reports });
  const note = !snapshot && !records.length ? NEVER_PUBLISHED : undefined;
  return {
    dataset,
    city: { slug: city.slug, name: snapshot?.city.name ?? city.name },
    published_at: snapshot?.publishedAt ?? null,
    licence: { id: licence, url: licenceUrl(licence) },
    fields: definition.fields,
    records,
    ...(note ? { note } : {}),
  };
}
