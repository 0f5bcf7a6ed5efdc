import { documents } from "@/lib/kernel/i18n/messages/documents";
import type { Widen } from "../../widen";

export const documentsFr = {
  unavailable: {
    title: "L'impression PDF n'est pas disponible",
    text: "Ce serveur ne peut pas produire de fichiers PDF pour le moment (son imprimante PDF, Chromium, est absente ou ne démarre pas).",
    alternative: "Le même document est disponible au format Word :",
    noAlternative: "Veuillez demander à la ville le document dans un autre format.",
  },
  busy: {
    title: "L'imprimante PDF est occupée",
    text: "De nombreux documents sont en cours d'impression. Veuillez réessayer dans un instant.",
    retry: "Réessayer",
  },
  preparing: {
    title: "Ce document est en préparation",
    text: "Les fichiers d'un document publié sont produits une seule fois, lors de sa publication, et ceux-ci ne sont pas encore prêts. Veuillez réessayer dans quelques minutes.",
  },
  word: "Télécharger le fichier Word",
  csv: "Télécharger le tableau (CSV)",
  stored: {
    heading: "Fichiers enregistrés",
    intro: "Les documents publiés sont produits une seule fois, lors de leur publication, puis enregistrés ; ce sont ces fichiers que le public télécharge.",
    file: "{format}, {language}",
    present: "enregistré le {date}",
    missing: "manquant",
    produce: "Produire les fichiers manquants",
    producing: "Production des fichiers…",
  },
  published: {
    partial:
      "Publié, mais certains fichiers n'ont pas pu être produits : {missing}. {reason} Charta réessaie toutes les heures, et vous pouvez réessayer depuis cette page.",
  },
  declaration: {
    downloads: "Télécharger la déclaration",
    pdf: "PDF (accessible, avec signets)",
    docx: "Document Word",
    language: "Les fichiers sont en {language}, la langue dans laquelle la déclaration est rédigée.",
    languages: { nl: "néerlandais", en: "anglais" },
  },
  reasons: {
    missing: "L'impression PDF n'est pas disponible sur ce serveur (Chromium est absent).",
    failed: "L'imprimante PDF (Chromium) n'a pas pu démarrer.",
    busy: "L'imprimante PDF était occupée.",
    error: "Une erreur inattendue s'est produite (voir le journal du serveur).",
  },
} satisfies Widen<typeof documents.en>;
