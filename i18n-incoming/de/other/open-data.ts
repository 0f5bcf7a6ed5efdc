/**
 * Mirrors lib/features/publication/open-data/datasets.ts (DATASETS: title, description and each field's description),
 * lib/features/publication/open-data/envelope.ts (NEVER_PUBLISHED), lib/features/publication/open-data/dcat.ts (catalogue title,
 * description, keyword) and lib/features/publication/open-data/atom.ts (FEED_TITLE), in German. Field names and coded
 * values (not_started, on_track …) are the published contract and stay as they are.
 */
import type { OpenDataTexts } from "../../other-types";

const STATUS_VALUES = "not_started, planned, in_progress, in_place, needs_review";
const MATURITY_VALUES = "none, initiated, established, embedded, exemplary";
const ACTION_STATUS_VALUES = "not_started, on_track, at_risk, delayed, done, cancelled";

export const openDataDe: OpenDataTexts = {
  datasets: {
    commitments: {
      title: "Verpflichtungen",
      description:
        "Wozu sich die Stadt für jedes Element des Rahmens für Menschenrechtsstädte und mit ihren eigenen Verpflichtungen bekannt hat, mit Status, Fortschritt und Reifegrad wie veröffentlicht.",
      fields: {
        key: "Fester Schlüssel: das Element des Rahmens (z. B. S1) oder, bei eigenen Verpflichtungen der Stadt, eine ID.",
        element_key: "Element des Rahmens, zu dem die Verpflichtung gehört; leer bei eigenen Verpflichtungen der Stadt.",
        layer: "Ebene des Rahmens: foundation (Grundlage), structure (Struktur) oder tool (Instrument).",
        title: "Titel der Verpflichtung.",
        text: "Wozu sich die Stadt verpflichtet.",
        status: `Status: ${STATUS_VALUES}.`,
        maturity: `Reifegrad: ${MATURITY_VALUES}.`,
        progress: "Fortschritt in Prozent (0–100).",
        start_date: "Beginn (JJJJ-MM-TT).",
        target_date: "Zieldatum (JJJJ-MM-TT).",
        last_update_at: "Wann sich Status, Fortschritt oder Reifegrad zuletzt geändert haben (ISO 8601, UTC).",
        department: "Zuständige Abteilung.",
        charter_articles: "Artikel der Charta der Grundrechte der EU, denen sie dient.",
        udhr_articles: "Artikel der Allgemeinen Erklärung der Menschenrechte, denen sie dient.",
        sdgs: "Ziele für nachhaltige Entwicklung der Vereinten Nationen (1–17), zu denen sie beiträgt.",
        groups: "Schlüssel der Gruppen von Rechteinhaber:innen, die sie betrifft.",
      },
    },
    updates: {
      title: "Aktualisierungen der Verpflichtungen",
      description:
        "Jede veröffentlichte Änderung von Status, Fortschritt oder Reifegrad einer Verpflichtung, neueste zuerst, mit der Anmerkung, sofern die verfassende Person sie öffentlich gemacht hat.",
      fields: {
        id: "Kennung der Aktualisierung.",
        commitment_key: "Schlüssel der Verpflichtung (siehe Datensatz Verpflichtungen).",
        at: "Zeitpunkt der Änderung (ISO 8601, UTC).",
        from_status: "Status davor; leer, wenn sich der Status nicht geändert hat.",
        to_status: "Status danach; leer, wenn sich der Status nicht geändert hat.",
        from_progress: "Fortschritt davor (Prozent); leer, wenn er sich nicht geändert hat.",
        to_progress: "Fortschritt danach (Prozent); leer, wenn er sich nicht geändert hat.",
        from_maturity: "Reifegrad davor; leer, wenn er sich nicht geändert hat.",
        to_maturity: "Reifegrad danach; leer, wenn er sich nicht geändert hat.",
        note: "Öffentliche Anmerkung zur Änderung; leer, wenn keine öffentlich gemacht wurde.",
      },
    },
    actions: {
      title: "Aktionsplan",
      description: "Die Maßnahmen der beschlossenen Menschenrechts-Aktionspläne der Stadt mit Plan, Ziel, Status, Fortschritt und Terminen wie veröffentlicht.",
      fields: {
        key: "Fester Schlüssel der Maßnahme.",
        commitment_key: "Schlüssel der ersten veröffentlichten Verpflichtung, die die Maßnahme umsetzt (alle: commitment_keys).",
        title: "Titel der Maßnahme.",
        description: "Was getan wird.",
        status: `Status: ${ACTION_STATUS_VALUES}.`,
        progress: "Fortschritt in Prozent (0–100).",
        start_date: "Beginn (JJJJ-MM-TT).",
        end_date: "Fälligkeitsdatum (JJJJ-MM-TT).",
        department: "Zuständige Abteilung.",
        last_update_at: "Wann sich Status oder Fortschritt der Maßnahme zuletzt geändert haben (ISO 8601, UTC).",
        plan_key: "Schlüssel des Aktionsplans.",
        plan_title: "Titel des Aktionsplans.",
        objective_key: "Schlüssel des Ziels, dem die Maßnahme dient.",
        objective_title: "Titel des Ziels.",
        commitment_keys: "Schlüssel aller veröffentlichten Verpflichtungen, die die Maßnahme umsetzt.",
      },
    },
    indicators: {
      title: "Indikatoren",
      description:
        "Die Indikatoren der beschlossenen Aktionspläne der Stadt, eingeordnet als Struktur-, Prozess- oder Ergebnisindikator (OHCHR), mit Ausgangswert, Zielwert und Status im Vergleich zum Ziel.",
      fields: {
        key: "Fester Schlüssel des Indikators.",
        commitment_key: "Nicht verwendet: Indikatoren messen Ziele (siehe objective_keys). Immer leer.",
        action_key: "Nicht verwendet: Indikatoren messen Ziele (siehe objective_keys). Immer leer.",
        title: "Name des Indikators.",
        description: "Was gemessen wird und wie.",
        unit: "Einheit der Werte (z. B. %, Personen).",
        direction: "Welche Richtung besser ist: increase (steigen) oder decrease (sinken).",
        baseline_value: "Ausgangswert (Dezimalzahl).",
        baseline_date: "Erster Tag des Jahres des Ausgangswerts (JJJJ-MM-TT).",
        target_value: "Zielwert (Dezimalzahl).",
        target_date: "Datum, bis zu dem der Zielwert erreicht sein soll: der letzte Tag des Zieljahres (JJJJ-MM-TT).",
        source: "Quelle der Daten.",
        plan_key: "Schlüssel des Aktionsplans.",
        type: "Art des Indikators (OHCHR): structure (Struktur), process (Prozess) oder outcome (Ergebnis).",
        baseline_year: "Jahr des Ausgangswerts.",
        target_year: "Jahr, bis zu dem der Zielwert erreicht sein soll.",
        frequency: "Wie oft gemessen wird: monthly (monatlich), quarterly (vierteljährlich) oder yearly (jährlich).",
        dimensions: "Dimensionen, nach denen die Werte aufgeschlüsselt werden (z. B. gender, district).",
        objective_keys: "Schlüssel der Ziele, die er misst.",
        target_status:
          "Stand im Vergleich zum Ziel bei der Veröffentlichung: on_track, off_track oder no_data (der letzte Wert, siehe accumulation, verglichen mit einer Geraden vom Ausgangswert am Ende seines Jahres zum Zielwert am Ende seines Jahres).",
        accumulation:
          "Wie sich die Werte zusammensetzen: per_period (pro Zeitraum: jeder Messwert steht für sich, z. B. in diesem Jahr geschulte Personen; der letzte wird mit dem Weg zum Zielwert verglichen) oder cumulative (kumuliert: jeder Messwert ist die bisherige laufende Summe; die letzte Summe wird mit dem Weg verglichen).",
      },
    },
    measurements: {
      title: "Messwerte der Indikatoren",
      description: "Jeder veröffentlichte Messwert der Indikatoren der beschlossenen Aktionspläne der Stadt, mit Aufschlüsselungen, soweit die Stadt sie hat.",
      fields: {
        id: "Kennung des Messwerts.",
        indicator_key: "Schlüssel des Indikators (siehe Datensatz Indikatoren).",
        date: "Erster Tag des Zeitraums, für den der Wert gilt (JJJJ-MM-TT).",
        value: "Gemessener Wert (Dezimalzahl).",
        note: "Quelle der Zahl.",
        period: "Der Zeitraum wie geschrieben: 2024, 2024-Q2 oder 2024-03.",
        breakdown: 'Aufgeschlüsselte Werte als dimension:category=value, getrennt durch "; ".',
      },
    },
    reports: {
      title: "Jahresberichte",
      description: "Die veröffentlichten Menschenrechtsberichte der Stadt, mit Links zur Web-, PDF- und Word-Fassung.",
      fields: {
        key: "Fester Schlüssel des Berichts.",
        year: "Jahr, über das der Bericht berichtet.",
        title: "Titel des Berichts.",
        summary: "Kurze Zusammenfassung.",
        published_at: "Zeitpunkt der Veröffentlichung des Berichts (ISO 8601, UTC).",
        web_url: "Link zum Bericht auf den öffentlichen Seiten der Stadt.",
        pdf_url: "Link zur PDF-Fassung.",
        docx_url: "Link zur Word-Fassung.",
        locale: "Sprache von Titel, Zusammenfassung und Links (die Hauptsprache des Berichts).",
        locales: "Alle Sprachen, in denen der Bericht veröffentlicht ist.",
      },
    },
  },
  neverPublished: "Die Stadt hat noch keine Daten veröffentlicht.",
  catalogTitle: (city) => `Offene Daten von ${city}: Menschenrechtsstadt`,
  catalogDescription: (city) =>
    `Wozu sich ${city} als Menschenrechtsstadt verpflichtet hat, was die Stadt getan hat und wo sie steht, wie von der Stadt veröffentlicht.`,
  keyword: "Menschenrechte",
  feedTitle: (city) => `${city}: Aktualisierungen der Menschenrechtsverpflichtungen`,
};
