import { identity } from "@/lib/kernel/i18n/messages/identity";
import type { Widen } from "../../widen";

export const identityFr = {
  nav: "Connexion",
  title: "Connexion avec les comptes de la ville",
  intro:
    "Permettez aux membres de se connecter avec les comptes propres à la ville par OpenID Connect (Microsoft Entra ID, Keycloak ou tout autre fournisseur). Un service de connexion ne connecte que les membres de cette ville ; la première fois, la personne l'associe en acceptant son invitation avec ce service ou depuis la page de son compte. L'administration de la plateforme se connecte toujours avec un mot de passe.",
  readOnly: "Seuls les gestionnaires de la ville peuvent modifier les services de connexion.",
  empty:
    "Aucun service de connexion pour l'instant : les membres se connectent avec leur adresse électronique et un mot de passe. Ajoutez le service de votre ville pour qu'ils puissent utiliser leur compte habituel.",
  add: "Ajouter un service de connexion",
  edit: "Modifier",
  editing: "Modifier {name}",
  remove: "Supprimer",
  removeConfirm:
    "Supprimer {name} ? Les membres qui se connectent avec ce service devront utiliser leur mot de passe (ou un autre service) jusqu'à ce qu'il soit ajouté de nouveau.",
  removed: "{name} a été supprimé.",
  saved: "{name} a été enregistré.",
  created: "{name} a été ajouté. Enregistrez l'URI de redirection ci-dessous auprès du fournisseur si ce n'est pas déjà fait.",
  cancel: "Annuler",
  save: "Enregistrer le service",
  saving: "Vérification et enregistrement du service…",
  enabledBadge: "En service",
  disabledBadge: "Désactivé",
  fields: {
    displayName: "Nom affiché sur le bouton de connexion",
    displayNameHint: "Ce que les membres reconnaissent, par exemple « Compte de la ville de Riverton ».",
    issuer: "URL de l'émetteur (issuer)",
    issuerHint:
      "Entra ID : https://login.microsoftonline.com/<identifiant du locataire>/v2.0 · Keycloak : https://<hôte>/realms/<realm>. Charta lit <issuer>/.well-known/openid-configuration pour la vérifier.",
    clientId: "Identifiant client",
    clientSecret: "Secret client",
    clientSecretHint: "Enregistré chiffré ; il ne sera plus jamais affiché.",
    clientSecretKeep: "Laissez vide pour conserver le secret enregistré.",
    enabled: "Proposer ce service sur la page de connexion",
    redirectUri: "URI de redirection à enregistrer auprès du fournisseur",
    redirectUriPending: "Enregistrez d'abord le service : son URI de redirection contient son identifiant.",
    copy: "Copier",
    copied: "Copié",
    updated: "Dernière modification le {date}",
  },
  validation: {
    nameTooShort: "Donnez au service un nom d'au moins 2 caractères.",
    nameTooLong: "80 caractères au maximum.",
    issuerRequired: "Saisissez l'URL de l'émetteur du fournisseur.",
    issuerInvalid: "Saisissez une URL https sans les caractères « ? » et « # » (http n'est accepté que pour localhost).",
    clientIdRequired: "Saisissez l'identifiant client fourni par le fournisseur.",
    clientIdTooLong: "255 caractères au maximum.",
    secretRequired: "Saisissez le secret client fourni par le fournisseur.",
    secretTooLong: "1000 caractères au maximum.",
    discoveryUnreachable: "Charta n'a pas pu lire la configuration du fournisseur à cette URL d'émetteur. Vérifiez l'URL et que le serveur peut y accéder.",
    discoveryNotOidc: "L'adresse a répondu, mais pas avec une configuration OpenID Connect. Vérifiez l'URL de l'émetteur.",
    discoveryIssuerMismatch: "Le fournisseur indique un autre émetteur que cette URL. Utilisez exactement l'émetteur de sa configuration.",
  },
  account: {
    heading: "Connexion avec le compte de votre ville",
    intro:
      "Associez le compte propre à votre ville pour vous connecter avec lui au lieu de votre mot de passe. Vous vous connectez chez lui et revenez directement ici.",
    connected: "Associé",
    connect: "Associer {name}",
    connecting: "Redirection vers {name}…",
    platformAdmin: "L'administration de la plateforme se connecte uniquement avec son mot de passe.",
  },
} satisfies Widen<typeof identity.en>;
