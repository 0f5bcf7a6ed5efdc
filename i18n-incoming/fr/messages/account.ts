import { account } from "@/lib/kernel/i18n/messages/account";
import type { Widen } from "../../widen";

export const accountFr = {
  title: "Votre compte",
  profile: {
    heading: "Profil",
    name: "Nom",
    email: "Adresse électronique",
  },
  cities: {
    heading: "Vos villes",
    role: "votre rôle : {role}",
    empty: "Vous n'êtes encore membre d'aucune ville. La personne qui gère une ville peut vous inviter.",
  },
  home: {
    title: "Vos espaces de travail",
    intro: "Vous travaillez à plus d'un endroit dans Charta. Lequel voulez-vous ouvrir ?",
    open: "Ouvrir l'espace de travail de {city}",
    platformAdmin: "Administration de la plateforme",
    platformAdminHelp: "Créer et gérer les villes de cette installation de Charta.",
  },
  password: {
    heading: "Changer le mot de passe",
    intro: "Après le changement, vos sessions sont fermées sur tous vos appareils ; reconnectez-vous ensuite avec le nouveau mot de passe.",
    current: "Mot de passe actuel",
    currentRequired: "Saisissez votre mot de passe actuel.",
    currentWrong: "Le mot de passe actuel n'est pas correct.",
    submit: "Changer le mot de passe",
    submitting: "Modification…",
    noPassword:
      "Votre compte n'a pas encore de mot de passe (vous vous connectez par l'intermédiaire de votre organisation). Pour en définir un, utilisez « Mot de passe oublié ? » sur la page de connexion.",
  },
  language: {
    heading: "Langue",
    intro: "La langue des pages de Charta et des courriels que nous vous envoyons.",
    label: "Langue préférée",
    failed: "La langue n'a pas pu être modifiée. Veuillez réessayer.",
  },
  sessions: {
    heading: "Sessions",
    intro: "La déconnexion met fin à vos sessions sur tous vos appareils, y compris celui-ci.",
  },
} satisfies Widen<typeof account.en>;
