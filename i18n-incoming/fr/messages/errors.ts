import { errors } from "@/lib/kernel/i18n/messages/errors";
import type { Widen } from "../../widen";

export const errorsFr = {
  notFound: "Cette page ou cet élément n'existe pas, ou vous n'y avez pas accès.",
  unauthenticated: "Veuillez vous connecter pour continuer.",
  forbidden: "Votre rôle dans cette ville ne le permet pas.",
  citySuspended: "L'espace de travail de cette ville est suspendu. Rien n'a été supprimé ; veuillez contacter l'administration de la plateforme.",
  validation: "Certains champs demandent votre attention.",
  conflict:
    "Une autre personne a enregistré cet élément pendant que vous le modifiiez. Vos modifications n'ont pas été enregistrées ; vérifiez ce qui a changé et réessayez.",
  rateLimited: "Trop de tentatives. Veuillez réessayer après {time}.",
  generic: "Une erreur s'est produite de notre côté. Veuillez réessayer. (Référence : {requestId})",
  badRequest: "La requête n'a pas pu être comprise.",
  unstorableText:
    "Le texte contient un caractère qui ne peut pas être enregistré (un caractère nul, ou la moitié d'un émoji ou d'un autre caractère). Veuillez le supprimer et réessayer.",
  invalidValue:
    "Un élément de cette requête ne peut pas être correct : un élément qui n'existe pas, ou un nombre trop grand pour être enregistré. Veuillez recharger la page et réessayer.",
} satisfies Widen<typeof errors.en>;
