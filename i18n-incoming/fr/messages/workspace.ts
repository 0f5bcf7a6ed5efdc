import { workspace } from "@/lib/kernel/i18n/messages/workspace";
import type { Widen } from "../../widen";

export const workspaceFr = {
  nav: {
    label: "Espace de travail",
    overview: "Vue d'ensemble",
    framework: "Cadre et engagements",
    dashboard: "Tableau de bord",
    declaration: "Déclaration",
    actionPlan: "Plan d'action",
    indicators: "Indicateurs",
    reports: "Rapports",
    consultation: "Consultation",
    settings: "Paramètres",
    notifications: "Notifications",
  },
  roles: {
    city_admin: "Gestionnaire de la ville",
    officer: "Membre des services municipaux",
    council_member: "Membre du conseil municipal",
    advisory_member: "Membre du conseil consultatif",
  },
  header: {
    home: "Espace de travail de {city}",
    yourRole: "Votre rôle : {role}",
    notifications: "Notifications",
    unread: "non lues",
  },
  switcher: {
    label: "Changer de ville",
    navLabel: "Vos villes",
    suspended: "suspendue",
  },
  language: {
    label: "Langue",
    failed: "La langue n'a pas pu être modifiée. Veuillez réessayer.",
  },
  userMenu: {
    label: "Menu du compte",
    signedInAs: "Session ouverte :",
    account: "Compte et mot de passe",
    platformAdmin: "Administration de la plateforme",
  },
  overview: {
    title: "Vue d'ensemble",
    welcome: "Bienvenue, {name}",
    role: "Vous travaillez pour {city} en tant que {role}.",
    summaryTitle: "Engagements par niveau",
    summaryIntro:
      "{city} a un engagement pour chacun des 20 éléments du cadre, ainsi que ceux qu'elle a ajoutés elle-même. Ce tableau les compte par statut pour chaque niveau.",
    layer: "Niveau",
    total: "Total",
    openFramework: "Ouvrir le cadre et les engagements",
    nextStep: "Prochaine étape : choisissez un élément, lisez les orientations et consignez l'engagement de {city}.",
    nextStepReadOnly: "Ouvrez un élément pour lire les orientations et l'engagement de {city}.",
  },
  declaration: {
    title: "Déclaration",
    intro: "La déclaration de la ville des droits humains : l'engagement public que le conseil municipal adopte.",
    item1: "Un projet de déclaration rédigé ensemble par les services, avec ses versions.",
    item2: "Les commentaires des membres du conseil municipal et du conseil consultatif sur le projet.",
    item3: "Le texte adopté, publié sur les pages publiques de la ville.",
  },
  actionPlan: {
    title: "Plan d'action",
  },
  reports: {
    title: "Rapports",
    intro: "Des rapports périodiques sur les progrès de la ville, destinés au conseil municipal et au public.",
    item1: "Des rapports établis à partir des engagements, des actions et des indicateurs.",
    item2: "Une relecture par les membres du conseil municipal et du conseil consultatif avant publication.",
    item3: "Des versions accessibles en ligne, en PDF et en Word.",
  },
  consultation: {
    title: "Consultation",
    intro: "Comment les habitantes et les habitants ainsi que les organisations sont associés au travail de la ville en matière de droits humains.",
    item1: "Des cycles de consultation sur la déclaration, le plan et les rapports.",
    item2: "Les contributions reçues et la suite que la ville leur a donnée.",
    item3: "Un relevé public des personnes consultées et des dates.",
  },
  notFound: {
    title: "Page introuvable",
    text: "Cette page ou cet élément n'existe pas, ou vous n'y avez pas accès.",
    home: "Aller à la page d'accueil",
  },
  forbidden: {
    title: "Accès non autorisé",
    text: "Votre rôle dans cette ville ne permet pas d'ouvrir cette page. Adressez-vous à la personne qui gère la ville si vous avez besoin d'y accéder.",
    home: "Aller à la page d'accueil",
  },
  error: {
    title: "Une erreur s'est produite",
    text: "Cette page n'a pas pu être affichée en raison d'une erreur de notre côté. Veuillez réessayer.",
    reference: "Référence : {digest}",
    retry: "Réessayer",
  },
  suspended: {
    title: "Cette ville est suspendue",
    text: "L'espace de travail et les pages publiques de {city} sont suspendus pour le moment.",
    nothingDeleted:
      "Rien n'a été supprimé : tous les engagements, documents et membres sont conservés, et tout sera rétabli à l'identique lorsque la ville sera réactivée.",
    contact: "Pour toute question, contactez l'administration de la plateforme.",
    activeTitle: "Cette ville est active",
    activeText: "{city} n'est pas suspendue. Vous pouvez ouvrir son espace de travail.",
    openWorkspace: "Ouvrir l'espace de travail",
    home: "Aller à la page d'accueil",
  },
} satisfies Widen<typeof workspace.en>;
