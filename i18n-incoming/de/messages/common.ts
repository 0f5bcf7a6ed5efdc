import { common } from "@/lib/kernel/i18n/messages/common";
import type { Widen } from "../../widen";

export const commonDe = {
  appName: "Charta",
  tagline: "Die Menschenrechtsstadt – schwarz auf weiß",
  skipToContent: "Zum Inhalt springen",
  language: "Sprache",
  save: "Speichern",
  saving: "Wird gespeichert …",
  cancel: "Abbrechen",
  confirm: "Bestätigen",
  delete: "Löschen",
  edit: "Bearbeiten",
  back: "Zurück",
  close: "Schließen",
  yes: "Ja",
  no: "Nein",
  loading: "Wird geladen …",
  required: "Pflichtfeld",
  optional: "optional",
  saved: "Gespeichert.",
  fraCredit:
    "Der Rahmen und die Hinweise dazu beruhen auf dem Praxisleitfaden der Agentur der Europäischen Union für Grundrechte (FRA) „Menschenrechtsstädte in der Europäischen Union“ (2022). Weiterverwendung mit Quellenangabe gestattet.",
} satisfies Widen<typeof common.en>;
