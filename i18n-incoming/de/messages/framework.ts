import { framework } from "@/lib/features/commitments/framework-messages";
import type { Widen } from "../../widen";

export const frameworkDe = {
  title: "Rahmen und Verpflichtungen",
  intro:
    "Der Rahmen für Menschenrechtsstädte hat drei Ebenen: Grundlagen, Strukturen und Instrumente. Öffnen Sie ein Element, um die Hinweise dazu und die Verpflichtung der Stadt zu lesen.",
  layers: {
    foundation: "Grundlagen",
    structure: "Strukturen",
    tool: "Instrumente",
  },
  layerIntro: {
    foundation: "Die Grundsätze, auf denen eine Menschenrechtsstadt beruht.",
    structure: "Die Gremien und Regelungen, die die Arbeit tragen.",
    tool: "Die Methoden, mit denen die Stadt im Alltag arbeitet.",
  },
  status: {
    not_started: "Nicht begonnen",
    planned: "Geplant",
    in_progress: "Laufend",
    in_place: "Umgesetzt",
    needs_review: "Zu überprüfen",
  },
  card: {
    status: "Status:",
  },
  element: {
    breadcrumb: "Rahmen",
    layer: "Ebene: {layer}",
    guidance: "Hinweise",
    summary: "Kurz gefasst",
    why: "Warum es wichtig ist",
    how: "So gehen Sie vor",
    practice: "Beispiele aus der Praxis",
    resources: "Wichtige Quellen",
    commitment: "Unsere Verpflichtung",
    statusLabel: "Status",
    textLabel: "Text der Verpflichtung",
    noText: "Für diese Verpflichtung wurde noch kein Text verfasst.",
    lastUpdated: "Zuletzt geändert am {date} von {name}.",
    lastUpdatedNoName: "Zuletzt geändert am {date}.",
    unknownUser: "einem ehemaligen Mitglied",
    readOnly: "Mit Ihrer Rolle können Sie diese Verpflichtung lesen, aber nicht ändern.",
  },
  form: {
    heading: "Verpflichtung bearbeiten",
    text: "Text der Verpflichtung",
    textHint: "Wozu sich die Stadt bei diesem Element verpflichtet, in verständlicher Sprache. Höchstens 10.000 Zeichen.",
    status: "Status",
    save: "Verpflichtung speichern",
    saved: "Die Verpflichtung wurde gespeichert.",
    conflictTitle: "Jemand anderes hat diese Verpflichtung zuerst gespeichert",
    conflictSavedBy: "{name} hat sie am {date} gespeichert. Das ist der derzeit gespeicherte Stand:",
    theirText: "Gespeicherter Text",
    theirStatus: "Gespeicherter Status",
    theirTextEmpty: "(kein Text)",
    loadTheirs: "Gespeicherte Fassung laden",
    keepMine: "Meinen Text behalten und die andere Fassung überschreiben",
    keptMine: "Ihr Text bleibt erhalten. Speichern Sie erneut, um die andere Fassung zu ersetzen.",
  },
  validation: {
    textTooLong: "Der Text der Verpflichtung darf höchstens 10.000 Zeichen umfassen.",
    statusInvalid: "Bitte wählen Sie einen der Status.",
    keyInvalid: "Dieses Element des Rahmens gibt es nicht.",
    versionInvalid: "Das Formular ist nicht mehr aktuell. Laden Sie die Seite neu und versuchen Sie es erneut.",
  },
} satisfies Widen<typeof framework.en>;
