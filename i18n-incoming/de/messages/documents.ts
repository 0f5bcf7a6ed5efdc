import { documents } from "@/lib/kernel/i18n/messages/documents";
import type { Widen } from "../../widen";

export const documentsDe = {
  unavailable: {
    title: "PDF-Ausgabe nicht verfügbar",
    text: "Dieser Server kann derzeit keine PDF-Dateien erstellen (sein PDF-Drucker, Chromium, fehlt oder startet nicht).",
    alternative: "Dasselbe Dokument steht als Word-Datei zur Verfügung:",
    noAlternative: "Bitte fragen Sie bei der Stadt nach dem Dokument in einem anderen Format.",
  },
  busy: {
    title: "Der PDF-Drucker ist ausgelastet",
    text: "Gerade werden viele Dokumente gedruckt. Bitte versuchen Sie es in einem Moment erneut.",
    retry: "Erneut versuchen",
  },
  preparing: {
    title: "Dieses Dokument wird vorbereitet",
    text: "Die Dateien eines veröffentlichten Dokuments werden einmal erstellt, bei der Veröffentlichung, und diese sind noch nicht fertig. Bitte versuchen Sie es in einigen Minuten erneut.",
  },
  word: "Word-Datei herunterladen",
  csv: "Tabelle herunterladen (CSV)",
  stored: {
    heading: "Gespeicherte Dateien",
    intro:
      "Veröffentlichte Dokumente werden einmal erstellt, bei der Veröffentlichung, und gespeichert; Besucherinnen und Besucher laden diese Dateien herunter.",
    file: "{format}, {language}",
    present: "gespeichert am {date}",
    missing: "fehlt",
    produce: "Fehlende Dateien erstellen",
    producing: "Dateien werden erstellt …",
  },
  published: {
    partial:
      "Veröffentlicht, aber nicht jede Datei konnte erstellt werden: {missing}. {reason} Charta versucht es stündlich erneut, und Sie können es auf dieser Seite erneut versuchen.",
  },
  declaration: {
    downloads: "Erklärung herunterladen",
    pdf: "PDF (barrierefrei, mit Lesezeichen)",
    docx: "Word-Dokument",
    language: "Die Dateien sind auf {language}, in der Sprache, in der die Erklärung verfasst ist.",
    languages: { nl: "Niederländisch", en: "Englisch" },
  },
  reasons: {
    missing: "Die PDF-Ausgabe ist auf diesem Server nicht verfügbar (Chromium fehlt).",
    failed: "Der PDF-Drucker (Chromium) ließ sich nicht starten.",
    busy: "Der PDF-Drucker war ausgelastet.",
    error: "Ein unerwarteter Fehler ist aufgetreten (siehe Serverprotokoll).",
  },
} satisfies Widen<typeof documents.en>;
