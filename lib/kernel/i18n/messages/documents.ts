import { defineMessages } from "../define";

/** Downloads of documents (PDF and Word) and the files stored when a document is published. */
export const documents = defineMessages({
  en: {
    unavailable: {
      title: "PDF printing is not available",
      text: "This server cannot produce PDF files at the moment (its PDF printer, Chromium, is missing or does not start).",
      alternative: "The same document is available as a Word file:",
      noAlternative: "Please ask the city for the document in another format.",
    },
    busy: {
      title: "The PDF printer is busy",
      text: "Many documents are being printed right now. Please try again in a moment.",
      retry: "Try again",
    },
    preparing: {
      title: "This document is being prepared",
      text: "The files of a published document are made once, when it is published, and this one is not ready yet. Please try again in a few minutes.",
    },
    word: "Download the Word file",
    csv: "Download the spreadsheet (CSV)",
    stored: {
      heading: "Stored files",
      intro: "Published documents are made once, when they are published, and stored; visitors download these files.",
      file: "{format}, {language}",
      present: "stored {date}",
      missing: "missing",
      produce: "Make the missing files",
      producing: "Making the files…",
    },
    published: {
      partial: "Published, but not every file could be made: {missing}. {reason} Charta tries again every hour, and you can try again on this page.",
    },
    declaration: {
      downloads: "Download the declaration",
      pdf: "PDF (accessible, with bookmarks)",
      docx: "Word document",
      language: "The files are in {language}, the language the declaration is written in.",
      languages: { nl: "Dutch", en: "English" },
    },
    reasons: {
      missing: "PDF printing is not available on this server (Chromium is missing).",
      failed: "The PDF printer (Chromium) would not start.",
      busy: "The PDF printer was busy.",
      error: "An unexpected error occurred (see the server log).",
    },
  },
  nl: {
    unavailable: {
      title: "PDF afdrukken is niet beschikbaar",
      text: "Deze server kan op dit moment geen PDF-bestanden maken (de PDF-printer, Chromium, ontbreekt of start niet).",
      alternative: "Hetzelfde document is beschikbaar als Word-bestand:",
      noAlternative: "Vraag de gemeente om het document in een andere vorm.",
    },
    busy: {
      title: "De PDF-printer is bezig",
      text: "Er worden nu veel documenten afgedrukt. Probeer het zo meteen opnieuw.",
      retry: "Opnieuw proberen",
    },
    preparing: {
      title: "Dit document wordt klaargemaakt",
      text: "De bestanden van een gepubliceerd document worden één keer gemaakt, bij het publiceren, en dit bestand is nog niet klaar. Probeer het over een paar minuten opnieuw.",
    },
    word: "Download het Word-bestand",
    csv: "Download de spreadsheet (CSV)",
    stored: {
      heading: "Opgeslagen bestanden",
      intro: "Gepubliceerde documenten worden één keer gemaakt, bij het publiceren, en bewaard; bezoekers downloaden deze bestanden.",
      file: "{format}, {language}",
      present: "opgeslagen {date}",
      missing: "ontbreekt",
      produce: "Maak de ontbrekende bestanden",
      producing: "Bestanden maken…",
    },
    published: {
      partial:
        "Gepubliceerd, maar niet elk bestand kon worden gemaakt: {missing}. {reason} Charta probeert het elk uur opnieuw, en u kunt het op deze pagina opnieuw proberen.",
    },
    declaration: {
      downloads: "De verklaring downloaden",
      pdf: "PDF (toegankelijk, met bladwijzers)",
      docx: "Word-document",
      language: "De bestanden zijn in het {language}, de taal waarin de verklaring is geschreven.",
      languages: { nl: "Nederlands", en: "Engels" },
    },
    reasons: {
      missing: "PDF afdrukken is niet beschikbaar op deze server (Chromium ontbreekt).",
      failed: "De PDF-printer (Chromium) wilde niet starten.",
      busy: "De PDF-printer was bezig.",
      error: "Er ging onverwacht iets mis (zie het serverlog).",
    },
  },
});
