/**
 * The public datasets of a city: their names, fields and descriptions (nl + en), used by the CSV
 * and JSON files, the DCAT-AP catalogue and the "data" page. The field lists are the published
 * contract: renaming or removing a field breaks every consumer, so only add fields.
 * Every dataset is served from what the city published — never invented data.
 */
import type { Localized } from "@/lib/reference/framework/catalogue/types";
import { PUBLIC_ACTION_STATUSES, PUBLIC_MATURITIES, PUBLIC_STATUSES } from "@/lib/features/publication/site/types";

export const DATASET_NAMES = ["commitments", "updates", "actions", "indicators", "measurements", "reports"] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export function isDatasetName(value: string): value is DatasetName {
  return (DATASET_NAMES as readonly string[]).includes(value);
}

/** `string[]` and `integer[]` are JSON arrays and, in CSV, values joined with ";". */
export type FieldType = "string" | "integer" | "date" | "datetime" | "string[]" | "integer[]";

export interface FieldDefinition {
  name: string;
  type: FieldType;
  /** May the value be empty (null in JSON, an empty cell in CSV)? */
  nullable: boolean;
  description: Localized;
}

export interface DatasetDefinition {
  name: DatasetName;
  title: Localized;
  description: Localized;
  fields: FieldDefinition[];
}

const f = (name: string, type: FieldType, nullable: boolean, en: string, nl: string): FieldDefinition => ({
  name,
  type,
  nullable,
  description: { en, nl },
});

// The documented values are the public snapshot's (site/types.ts), itself checked equal to the workspace's.
const STATUS_VALUES = PUBLIC_STATUSES.join(", ");
const MATURITY_VALUES = PUBLIC_MATURITIES.join(", ");
const ACTION_STATUS_VALUES = PUBLIC_ACTION_STATUSES.join(", ");

export const DATASETS: Record<DatasetName, DatasetDefinition> = {
  commitments: {
    name: "commitments",
    title: { en: "Commitments", nl: "Toezeggingen" },
    description: {
      en: "What the city has committed to for each element of the human rights city framework and its own commitments, with status, progress and maturity as published.",
      nl: "Wat de stad heeft toegezegd voor elk element van het kader voor mensenrechtensteden en haar eigen toezeggingen, met status, voortgang en volwassenheid zoals gepubliceerd.",
    },
    fields: [
      f(
        "key",
        "string",
        false,
        "Stable identifier: the framework element (e.g. S1) or, for the city's own commitments, an id.",
        "Vaste sleutel: het element van het kader (bijv. S1) of, voor eigen toezeggingen van de stad, een id.",
      ),
      f(
        "element_key",
        "string",
        true,
        "Framework element the commitment belongs to; empty for the city's own commitments.",
        "Element van het kader waar de toezegging bij hoort; leeg voor eigen toezeggingen.",
      ),
      f(
        "layer",
        "string",
        false,
        "Layer of the framework: foundation, structure or tool.",
        "Laag van het kader: foundation (fundament), structure (structuur) of tool (instrument).",
      ),
      f("title", "string", false, "Title of the commitment.", "Titel van de toezegging."),
      f("text", "string", false, "What the city commits to.", "Wat de stad toezegt."),
      f("status", "string", false, `Status: ${STATUS_VALUES}.`, `Status: ${STATUS_VALUES}.`),
      f("maturity", "string", false, `Maturity level: ${MATURITY_VALUES}.`, `Niveau van volwassenheid: ${MATURITY_VALUES}.`),
      f("progress", "integer", false, "Progress in percent (0–100).", "Voortgang in procenten (0–100)."),
      f("start_date", "date", true, "Start date (YYYY-MM-DD).", "Startdatum (JJJJ-MM-DD)."),
      f("target_date", "date", true, "Target date (YYYY-MM-DD).", "Streefdatum (JJJJ-MM-DD)."),
      f(
        "last_update_at",
        "datetime",
        false,
        "When status, progress or maturity last changed (ISO 8601, UTC).",
        "Wanneer status, voortgang of volwassenheid het laatst veranderde (ISO 8601, UTC).",
      ),
      f("department", "string", true, "Responsible department.", "Verantwoordelijke afdeling."),
      f(
        "charter_articles",
        "integer[]",
        false,
        "Articles of the EU Charter of Fundamental Rights it serves.",
        "Artikelen van het Handvest van de grondrechten van de EU waaraan zij bijdraagt.",
      ),
      f(
        "udhr_articles",
        "integer[]",
        false,
        "Articles of the Universal Declaration of Human Rights it serves.",
        "Artikelen van de Universele Verklaring van de Rechten van de Mens waaraan zij bijdraagt.",
      ),
      f(
        "sdgs",
        "integer[]",
        false,
        "UN Sustainable Development Goals (1–17) it serves.",
        "Duurzame-ontwikkelingsdoelen van de VN (1–17) waaraan zij bijdraagt.",
      ),
      f("groups", "string[]", false, "Keys of the rights-holder groups it concerns.", "Sleutels van de groepen rechthebbenden waar zij over gaat."),
    ],
  },
  updates: {
    name: "updates",
    title: { en: "Commitment updates", nl: "Wijzigingen van toezeggingen" },
    description: {
      en: "Every published change of a commitment's status, progress or maturity, newest first, with the note when its author made it public.",
      nl: "Elke gepubliceerde wijziging van status, voortgang of volwassenheid van een toezegging, nieuwste eerst, met de toelichting als de auteur die openbaar maakte.",
    },
    fields: [
      f("id", "string", false, "Identifier of the update.", "Sleutel van de wijziging."),
      f("commitment_key", "string", false, "Key of the commitment (see the commitments dataset).", "Sleutel van de toezegging (zie de dataset toezeggingen)."),
      f("at", "datetime", false, "When the change was made (ISO 8601, UTC).", "Wanneer de wijziging werd gedaan (ISO 8601, UTC)."),
      f("from_status", "string", true, "Status before; empty when the status did not change.", "Status ervoor; leeg als de status niet veranderde."),
      f("to_status", "string", true, "Status after; empty when the status did not change.", "Status erna; leeg als de status niet veranderde."),
      f(
        "from_progress",
        "integer",
        true,
        "Progress before (percent); empty when it did not change.",
        "Voortgang ervoor (procent); leeg als die niet veranderde.",
      ),
      f("to_progress", "integer", true, "Progress after (percent); empty when it did not change.", "Voortgang erna (procent); leeg als die niet veranderde."),
      f("from_maturity", "string", true, "Maturity before; empty when it did not change.", "Volwassenheid ervoor; leeg als die niet veranderde."),
      f("to_maturity", "string", true, "Maturity after; empty when it did not change.", "Volwassenheid erna; leeg als die niet veranderde."),
      f(
        "note",
        "string",
        true,
        "Public note explaining the change; empty when none was made public.",
        "Openbare toelichting bij de wijziging; leeg als er geen openbaar is gemaakt.",
      ),
    ],
  },
  actions: {
    name: "actions",
    title: { en: "Action plan", nl: "Actieplan" },
    description: {
      en: "The actions of the city's adopted human rights action plans, with their plan, objective, status, progress and dates as published.",
      nl: "De acties van de vastgestelde mensenrechtenactieplannen van de stad, met hun plan, doel, status, voortgang en data zoals gepubliceerd.",
    },
    fields: [
      f("key", "string", false, "Stable identifier of the action.", "Vaste sleutel van de actie."),
      f(
        "commitment_key",
        "string",
        true,
        "Key of the first published commitment the action carries out (all of them: commitment_keys).",
        "Sleutel van de eerste gepubliceerde toezegging die de actie uitvoert (allemaal: commitment_keys).",
      ),
      f("title", "string", false, "Title of the action.", "Titel van de actie."),
      f("description", "string", false, "What will be done.", "Wat er gedaan wordt."),
      f("status", "string", false, `Status: ${ACTION_STATUS_VALUES}.`, `Status: ${ACTION_STATUS_VALUES}.`),
      f("progress", "integer", false, "Progress in percent (0–100).", "Voortgang in procenten (0–100)."),
      f("start_date", "date", true, "Start date (YYYY-MM-DD).", "Startdatum (JJJJ-MM-DD)."),
      f("end_date", "date", true, "Due date (YYYY-MM-DD).", "Einddatum (JJJJ-MM-DD)."),
      f("department", "string", true, "Responsible department.", "Verantwoordelijke afdeling."),
      f(
        "last_update_at",
        "datetime",
        false,
        "When the action's status or progress last changed (ISO 8601, UTC).",
        "Wanneer status of voortgang van de actie het laatst veranderde (ISO 8601, UTC).",
      ),
      f("plan_key", "string", false, "Key of the action plan.", "Sleutel van het actieplan."),
      f("plan_title", "string", false, "Title of the action plan.", "Titel van het actieplan."),
      f("objective_key", "string", false, "Key of the objective the action serves.", "Sleutel van het doel waaraan de actie bijdraagt."),
      f("objective_title", "string", false, "Title of the objective.", "Titel van het doel."),
      f(
        "commitment_keys",
        "string[]",
        false,
        "Keys of all published commitments the action carries out.",
        "Sleutels van alle gepubliceerde toezeggingen die de actie uitvoert.",
      ),
    ],
  },
  indicators: {
    name: "indicators",
    title: { en: "Indicators", nl: "Indicatoren" },
    description: {
      en: "The indicators of the city's adopted action plans, typed as structure, process or outcome (OHCHR), with baseline, target and status against the target.",
      nl: "De indicatoren van de vastgestelde actieplannen van de stad, getypeerd als structuur, proces of resultaat (OHCHR), met nulmeting, streefwaarde en status ten opzichte van het doel.",
    },
    fields: [
      f("key", "string", false, "Stable identifier of the indicator.", "Vaste sleutel van de indicator."),
      f(
        "commitment_key",
        "string",
        true,
        "Not used: indicators measure objectives (see objective_keys). Always empty.",
        "Niet gebruikt: indicatoren meten doelen (zie objective_keys). Altijd leeg.",
      ),
      f(
        "action_key",
        "string",
        true,
        "Not used: indicators measure objectives (see objective_keys). Always empty.",
        "Niet gebruikt: indicatoren meten doelen (zie objective_keys). Altijd leeg.",
      ),
      f("title", "string", false, "Name of the indicator.", "Naam van de indicator."),
      f("description", "string", false, "What is measured and how.", "Wat er gemeten wordt en hoe."),
      f("unit", "string", false, "Unit of the values (e.g. %, people).", "Eenheid van de waarden (bijv. %, personen)."),
      f("direction", "string", false, "Which way is better: increase or decrease.", "Welke kant beter is: increase (stijgen) of decrease (dalen)."),
      f("baseline_value", "string", true, "Baseline value (decimal number).", "Waarde van de nulmeting (decimaal getal)."),
      f("baseline_date", "date", true, "First day of the baseline year (YYYY-MM-DD).", "Eerste dag van het jaar van de nulmeting (JJJJ-MM-DD)."),
      f("target_value", "string", true, "Target value (decimal number).", "Streefwaarde (decimaal getal)."),
      f(
        "target_date",
        "date",
        true,
        "Date by which the target should be met: the last day of the target year (YYYY-MM-DD).",
        "Datum waarop de streefwaarde gehaald moet zijn: de laatste dag van het streefjaar (JJJJ-MM-DD).",
      ),
      f("source", "string", true, "Source of the data.", "Bron van de gegevens."),
      f("plan_key", "string", false, "Key of the action plan.", "Sleutel van het actieplan."),
      f(
        "type",
        "string",
        false,
        "Type of indicator (OHCHR): structure, process or outcome.",
        "Soort indicator (OHCHR): structure (structuur), process (proces) of outcome (resultaat).",
      ),
      f("baseline_year", "integer", true, "Year of the baseline.", "Jaar van de nulmeting."),
      f("target_year", "integer", true, "Year by which the target should be met.", "Jaar waarin de streefwaarde gehaald moet zijn."),
      f(
        "frequency",
        "string",
        false,
        "How often it is measured: monthly, quarterly or yearly.",
        "Hoe vaak er gemeten wordt: monthly (maandelijks), quarterly (per kwartaal) of yearly (jaarlijks).",
      ),
      f(
        "dimensions",
        "string[]",
        false,
        "Dimensions the values are broken down by (e.g. gender, district).",
        "Dimensies waarnaar de waarden worden uitgesplitst (bijv. gender, district).",
      ),
      f("objective_keys", "string[]", false, "Keys of the objectives it measures.", "Sleutels van de doelen die zij meet."),
      f(
        "target_status",
        "string",
        false,
        "Against target at publication: on_track, off_track or no_data (the latest value, see accumulation, compared with a straight line from the baseline at the end of its year to the target at the end of its year).",
        "Ten opzichte van het doel bij publicatie: on_track, off_track of no_data (de laatste waarde, zie accumulation, vergeleken met een rechte lijn van de nulmeting aan het eind van haar jaar naar de streefwaarde aan het eind van haar jaar).",
      ),
      f(
        "accumulation",
        "string",
        false,
        "How the values add up: per_period (each measurement stands alone, e.g. people trained that year; the latest is compared with the target path) or cumulative (each measurement is the running total so far; the latest total is compared with the path).",
        "Hoe de waarden optellen: per_period (per periode: elke meting staat op zichzelf, bijv. dat jaar getrainde mensen; de laatste wordt met het pad naar de streefwaarde vergeleken) of cumulative (cumulatief: elke meting is het lopende totaal tot dan toe; het laatste totaal wordt met het pad vergeleken).",
      ),
    ],
  },
  measurements: {
    name: "measurements",
    title: { en: "Indicator measurements", nl: "Metingen van indicatoren" },
    description: {
      en: "Every published measurement of the indicators of the city's adopted action plans, with breakdowns where the city has them.",
      nl: "Elke gepubliceerde meting van de indicatoren van de vastgestelde actieplannen van de stad, met uitsplitsingen waar de stad die heeft.",
    },
    fields: [
      f("id", "string", false, "Identifier of the measurement.", "Sleutel van de meting."),
      f("indicator_key", "string", false, "Key of the indicator (see the indicators dataset).", "Sleutel van de indicator (zie de dataset indicatoren)."),
      f(
        "date",
        "date",
        false,
        "First day of the period the value applies to (YYYY-MM-DD).",
        "Eerste dag van de periode waarop de waarde betrekking heeft (JJJJ-MM-DD).",
      ),
      f("value", "string", false, "Measured value (decimal number).", "Gemeten waarde (decimaal getal)."),
      f("note", "string", true, "Source of the figure.", "Bron van het cijfer."),
      f("period", "string", false, "The period as written: 2024, 2024-Q2 or 2024-03.", "De periode zoals geschreven: 2024, 2024-Q2 of 2024-03."),
      f(
        "breakdown",
        "string",
        true,
        'Disaggregated values as dimension:category=value, separated by "; ".',
        'Uitgesplitste waarden als dimensie:categorie=waarde, gescheiden door "; ".',
      ),
    ],
  },
  reports: {
    name: "reports",
    title: { en: "Annual reports", nl: "Jaarverslagen" },
    description: {
      en: "The city's published human rights reports, with links to the web, PDF and Word versions.",
      nl: "De gepubliceerde mensenrechtenverslagen van de stad, met links naar de web-, PDF- en Word-versie.",
    },
    fields: [
      f("key", "string", false, "Stable identifier of the report.", "Vaste sleutel van het verslag."),
      f("year", "integer", false, "Year the report covers.", "Jaar waarover het verslag gaat."),
      f("title", "string", false, "Title of the report.", "Titel van het verslag."),
      f("summary", "string", true, "Short summary.", "Korte samenvatting."),
      f("published_at", "datetime", false, "When the report was published (ISO 8601, UTC).", "Wanneer het verslag werd gepubliceerd (ISO 8601, UTC)."),
      f("web_url", "string", true, "Link to the report on the city's public pages.", "Link naar het verslag op de openbare pagina's van de stad."),
      f("pdf_url", "string", true, "Link to the PDF version.", "Link naar de PDF-versie."),
      f("docx_url", "string", true, "Link to the Word version.", "Link naar de Word-versie."),
      f(
        "locale",
        "string",
        false,
        "Language of the title, summary and links (the report's main language).",
        "Taal van titel, samenvatting en links (de hoofdtaal van het verslag).",
      ),
      f("locales", "string[]", false, "Every language the report is published in.", "Alle talen waarin het verslag is gepubliceerd."),
    ],
  },
};
