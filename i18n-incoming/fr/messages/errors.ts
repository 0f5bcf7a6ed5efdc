import { errors } from "@/lib/i18n/messages/errors";
import type { Widen } from "../../widen";

export const errorsFr = {
  notFound: "Cette page ou cet élément n'existe pas, ou vous n'y avez pas accès.",
  unauthenticated: "Veuillez vous connecter pour continuer.",
  forbidden: "Votre rôle dans cette ville ne le permet pas.",
  citySuspended: "L'espace de travail de cette ville est suspendu. Rien n'a été supprimé ; veuillez contacter l'administration de la plateforme.",
  validation: "Certains champs demandent votre attention.",
  conflict: "Une autre personne a enregistré cet élément pendant que vous le modifiiez. Vos modifications n'ont pas été enregistrées ; vérifiez ce qui a changé et réessayez.",
  rateLimited: "Trop de tentatives. Veuillez réessayer après {time}.",
  generic: "Une erreur s'est produite de notre côté. Veuillez réessayer. (Référence : {requestId})",
  badRequest: "La requête n'a pas pu être comprise.",
} satisfies Widen<typeof errors.en>;
