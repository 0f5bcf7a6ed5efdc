import { common } from "@/lib/kernel/i18n/messages/common";
import type { Widen } from "../../widen";

export const commonFr = {
  appName: "Charta",
  tagline: "La ville des droits humains, noir sur blanc",
  skipToContent: "Aller au contenu",
  language: "Langue",
  save: "Enregistrer",
  saving: "Enregistrement…",
  cancel: "Annuler",
  confirm: "Confirmer",
  delete: "Supprimer",
  edit: "Modifier",
  back: "Retour",
  close: "Fermer",
  yes: "Oui",
  no: "Non",
  loading: "Chargement…",
  required: "Obligatoire",
  optional: "facultatif",
  saved: "Enregistré.",
  fraCredit:
    "Le cadre et ses orientations s'appuient sur le guide pratique de l'Agence des droits fondamentaux de l'Union européenne (FRA) consacré aux villes des droits humains dans l'Union européenne (« Human rights cities in the EU », 2022). Reproduction autorisée, moyennant mention de la source.",
} satisfies Widen<typeof common.en>;
