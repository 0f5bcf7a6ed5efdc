/**
 * The city's DCAT-AP catalogue as JSON-LD: one dcat:Catalog published by the city, one
 * dcat:Dataset per dataset, each with a CSV and a JSON dcat:Distribution. Controlled vocabularies
 * are the EU Publications Office authority tables (data themes, file types, languages), as
 * DCAT-AP asks, so national portals (data.overheid.nl, data.europa.eu) can harvest it.
 */
import type { Localized } from "@/lib/reference/framework/catalogue/types";
import type { PublicLocale, PublicSnapshot } from "@/lib/features/publication/site/types";
import { openDataUrl, publicBaseUrl } from "./base-url";
import { DATASET_NAMES, DATASETS } from "./datasets";
import type { OpenDataCity } from "./envelope";
import { DEFAULT_LICENCE, licenceUrl } from "./licence";

const AUTHORITY = "http://publications.europa.eu/resource/authority";
/** "Government and public sector". */
export const THEME_GOVE = `${AUTHORITY}/data-theme/GOVE`;
const LANGUAGE: Record<PublicLocale, string> = { nl: `${AUTHORITY}/language/NLD`, en: `${AUTHORITY}/language/ENG` };

export const DISTRIBUTION_FORMATS = [
  { extension: "csv", mediaType: "text/csv", fileType: `${AUTHORITY}/file-type/CSV` },
  { extension: "json", mediaType: "application/json", fileType: `${AUTHORITY}/file-type/JSON` },
] as const;

export const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
};

export interface CatalogueCity extends OpenDataCity {
  defaultLocale: PublicLocale;
  locales: PublicLocale[];
}

const texts = (value: Localized) => (["nl", "en"] as const).map((language) => ({ "@value": value[language], "@language": language }));
const id = (iri: string) => ({ "@id": iri });
/**
 * A node of the class the DCAT-AP 3 range shapes (shacl/range.ttl, sh:class per property) require
 * of the property's object: a harvester that validates with the shapes sees the class in the
 * catalogue itself, without having to dereference the IRI.
 */
const typed = (iri: string, type: string) => ({ "@id": iri, "@type": type });
const dateTime = (iso: string) => ({ "@value": iso, "@type": "xsd:dateTime" });

export function dcatCatalogue(city: CatalogueCity, snapshot: PublicSnapshot | null): Record<string, unknown> {
  const name = snapshot?.city.name ?? city.name;
  const locales = snapshot?.city.locales.length ? snapshot.city.locales : city.locales;
  const defaultLocale = snapshot?.city.defaultLocale ?? city.defaultLocale;
  const licence = typed(licenceUrl(snapshot?.profile.dataLicence || DEFAULT_LICENCE), "dct:LicenseDocument");
  const home = `${publicBaseUrl()}/${encodeURIComponent(city.slug)}/${defaultLocale}`;
  const publisher = { "@id": `${home}#publisher`, "@type": "foaf:Agent", "foaf:name": name, "foaf:homepage": typed(home, "foaf:Document") };
  const languages = locales.map((l) => typed(LANGUAGE[l], "dct:LinguisticSystem"));
  const dates = snapshot ? { "dct:issued": dateTime(snapshot.publishedAt), "dct:modified": dateTime(snapshot.publishedAt) } : {};
  const email = snapshot?.profile.contactEmail;
  const contactPoint = email ? { "dcat:contactPoint": { "@type": "vcard:Kind", "vcard:fn": name, "vcard:hasEmail": id(`mailto:${email}`) } } : {};

  return {
    "@context": DCAT_CONTEXT,
    "@id": openDataUrl(city.slug, "catalog.jsonld"),
    "@type": "dcat:Catalog",
    "dct:title": texts({ en: `Open data of ${name}: human rights city`, nl: `Open data van ${name}: mensenrechtenstad` }),
    "dct:description": texts({
      en: `What ${name} has committed to as a human rights city, what it did and how it measures up, as published by the city.`,
      nl: `Wat ${name} als mensenrechtenstad heeft toegezegd, wat de stad deed en hoe zij ervoor staat, zoals gepubliceerd door de stad.`,
    }),
    "dct:publisher": publisher,
    "dct:language": languages,
    "dct:license": licence,
    "foaf:homepage": typed(home, "foaf:Document"),
    "dcat:themeTaxonomy": typed(`${AUTHORITY}/data-theme`, "skos:ConceptScheme"),
    ...dates,
    "dcat:dataset": DATASET_NAMES.map((dataset) => {
      const definition = DATASETS[dataset];
      return {
        "@id": `${openDataUrl(city.slug, "catalog.jsonld")}#${dataset}`,
        "@type": "dcat:Dataset",
        "dct:identifier": `${city.slug}/${dataset}`,
        "dct:title": texts(definition.title),
        "dct:description": texts(definition.description),
        "dcat:theme": typed(THEME_GOVE, "skos:Concept"),
        "dcat:keyword": texts({ en: "human rights", nl: "mensenrechten" }),
        "dct:publisher": id(publisher["@id"]),
        "dct:language": languages,
        "dcat:landingPage": typed(`${home}/data`, "foaf:Document"),
        ...dates,
        ...contactPoint,
        "dcat:distribution": DISTRIBUTION_FORMATS.map((format) => {
          const url = openDataUrl(city.slug, `${dataset}.${format.extension}`);
          return {
            "@id": url,
            "@type": "dcat:Distribution",
            "dct:title": texts({
              en: `${definition.title.en} (${format.extension.toUpperCase()})`,
              nl: `${definition.title.nl} (${format.extension.toUpperCase()})`,
            }),
            "dcat:accessURL": id(url),
            "dcat:downloadURL": id(url),
            "dct:format": typed(format.fileType, "dct:MediaTypeOrExtent"),
            "dcat:mediaType": typed(`http://www.iana.org/assignments/media-types/${format.mediaType}`, "dct:MediaType"),
            "dct:license": licence,
            ...dates,
          };
        }),
      };
    }),
  };
}
