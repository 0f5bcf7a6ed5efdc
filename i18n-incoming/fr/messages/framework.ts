import { framework } from "@/lib/features/commitments/framework-messages";
import type { Widen } from "../../widen";

export const frameworkFr = {
  title: "Cadre et engagements",
  intro:
    "Le cadre des villes des droits humains comporte trois niveaux : les fondements, les structures et les outils. Ouvrez un élément pour lire les orientations et l'engagement de la ville à son égard.",
  layers: {
    foundation: "Fondements",
    structure: "Structures",
    tool: "Outils",
  },
  layerIntro: {
    foundation: "Les principes sur lesquels repose une ville des droits humains.",
    structure: "Les instances et les dispositifs qui portent le travail.",
    tool: "Les méthodes que la ville utilise au quotidien.",
  },
  status: {
    not_started: "Non commencé",
    planned: "Prévu",
    in_progress: "En cours",
    in_place: "En place",
    needs_review: "À réexaminer",
  },
  card: {
    status: "Statut :",
  },
  element: {
    breadcrumb: "Cadre",
    layer: "Niveau : {layer}",
    guidance: "Orientations",
    summary: "En bref",
    why: "Pourquoi c'est important",
    how: "Comment procéder",
    practice: "Exemples de pratiques",
    resources: "Ressources clés",
    commitment: "Notre engagement",
    statusLabel: "Statut",
    textLabel: "Texte de l'engagement",
    noText: "Aucun texte n'a encore été rédigé pour cet engagement.",
    lastUpdated: "Dernière modification le {date} par {name}.",
    lastUpdatedNoName: "Dernière modification le {date}.",
    unknownUser: "une personne qui n'est plus membre",
    readOnly: "Votre rôle permet de consulter cet engagement, mais pas de le modifier.",
  },
  form: {
    heading: "Modifier l'engagement",
    text: "Texte de l'engagement",
    textHint: "Ce à quoi la ville s'engage pour cet élément, en langage clair. 10 000 caractères au maximum.",
    status: "Statut",
    save: "Enregistrer l'engagement",
    saved: "L'engagement a été enregistré.",
    conflictTitle: "Une autre personne a enregistré cet engagement avant vous",
    conflictSavedBy: "{name} l'a enregistré le {date}. Voici la version actuellement enregistrée :",
    theirText: "Texte enregistré",
    theirStatus: "Statut enregistré",
    theirTextEmpty: "(aucun texte)",
    loadTheirs: "Charger la version enregistrée",
    keepMine: "Conserver mon texte et remplacer l'autre version",
    keptMine: "Votre texte est conservé. Enregistrez à nouveau pour remplacer l'autre version.",
  },
  validation: {
    textTooLong: "Le texte de l'engagement ne peut pas dépasser 10 000 caractères.",
    statusInvalid: "Choisissez l'un des statuts.",
    keyInvalid: "Cet élément du cadre n'existe pas.",
    versionInvalid: "Le formulaire n'est plus à jour. Rechargez la page et réessayez.",
  },
} satisfies Widen<typeof framework.en>;
