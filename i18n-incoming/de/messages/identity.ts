import { identity } from "@/lib/kernel/i18n/messages/identity";
import type { Widen } from "../../widen";

export const identityDe = {
  nav: "Anmeldung",
  title: "Anmeldung mit den Konten der Stadt",
  intro:
    "Lassen Sie Mitglieder sich über OpenID Connect mit den eigenen Konten der Stadt anmelden (Microsoft Entra ID, Keycloak oder ein anderer Anbieter). Ein Anmeldedienst meldet nur Mitglieder dieser Stadt an; beim ersten Mal verbindet eine Person ihn, indem sie ihre Einladung damit annimmt oder ihn auf ihrer Kontoseite verbindet. Die Plattform-Administration meldet sich immer mit einem Passwort an.",
  readOnly: "Nur die Administration der Stadt kann die Anmeldedienste ändern.",
  empty:
    "Noch kein Anmeldedienst: Mitglieder melden sich mit E-Mail-Adresse und Passwort an. Fügen Sie den Anmeldedienst Ihrer Stadt hinzu, damit sie ihr gewohntes Konto verwenden können.",
  add: "Anmeldedienst hinzufügen",
  edit: "Bearbeiten",
  editing: "{name} bearbeiten",
  remove: "Entfernen",
  removeConfirm:
    "{name} entfernen? Mitglieder, die sich damit anmelden, benötigen ihr Passwort (oder einen anderen Anmeldedienst), bis er wieder hinzugefügt wird.",
  removed: "{name} wurde entfernt.",
  saved: "{name} wurde gespeichert.",
  created: "{name} wurde hinzugefügt. Registrieren Sie die unten angegebene Weiterleitungs-URI beim Anbieter, falls noch nicht geschehen.",
  cancel: "Abbrechen",
  save: "Anmeldedienst speichern",
  saving: "Anmeldedienst wird geprüft und gespeichert …",
  enabledBadge: "In Verwendung",
  disabledBadge: "Ausgeschaltet",
  fields: {
    displayName: "Name auf der Anmeldeschaltfläche",
    displayNameHint: "Was Mitglieder wiedererkennen, zum Beispiel „Konto der Stadt Riverton“.",
    issuer: "Aussteller-URL (Issuer)",
    issuerHint:
      "Entra ID: https://login.microsoftonline.com/<Mandanten-ID>/v2.0 · Keycloak: https://<Host>/realms/<Realm>. Charta liest <Issuer>/.well-known/openid-configuration, um sie zu prüfen.",
    clientId: "Client-ID",
    clientSecret: "Client-Geheimnis",
    clientSecretHint: "Wird verschlüsselt gespeichert und nie wieder angezeigt.",
    clientSecretKeep: "Leer lassen, um das gespeicherte Geheimnis zu behalten.",
    enabled: "Diesen Anmeldedienst auf der Anmeldeseite anbieten",
    redirectUri: "Beim Anbieter zu registrierende Weiterleitungs-URI",
    redirectUriPending: "Speichern Sie den Anmeldedienst zuerst: Seine Weiterleitungs-URI enthält seine ID.",
    copy: "Kopieren",
    copied: "Kopiert",
    updated: "Zuletzt geändert am {date}",
  },
  validation: {
    nameTooShort: "Bitte geben Sie dem Anmeldedienst einen Namen mit mindestens 2 Zeichen.",
    nameTooLong: "Höchstens 80 Zeichen.",
    issuerRequired: "Bitte geben Sie die Aussteller-URL des Anbieters ein.",
    issuerInvalid: "Bitte geben Sie eine https-URL ohne ? oder # ein (http ist nur für localhost zulässig).",
    clientIdRequired: "Bitte geben Sie die Client-ID ein, die Sie vom Anbieter erhalten haben.",
    clientIdTooLong: "Höchstens 255 Zeichen.",
    secretRequired: "Bitte geben Sie das Client-Geheimnis ein, das Sie vom Anbieter erhalten haben.",
    secretTooLong: "Höchstens 1000 Zeichen.",
    discoveryUnreachable:
      "Charta konnte die Konfiguration des Anbieters unter dieser Aussteller-URL nicht lesen. Bitte prüfen Sie die URL und ob der Server sie erreichen kann.",
    discoveryNotOidc: "Die Adresse hat geantwortet, aber nicht mit einer OpenID-Connect-Konfiguration. Bitte prüfen Sie die Aussteller-URL.",
    discoveryIssuerMismatch: "Der Anbieter nennt einen anderen Aussteller als diese URL. Verwenden Sie genau den Aussteller aus seiner Konfiguration.",
  },
  account: {
    heading: "Anmeldung mit dem Konto Ihrer Stadt",
    intro:
      "Verbinden Sie das eigene Konto Ihrer Stadt, damit Sie sich statt mit Ihrem Passwort damit anmelden können. Sie melden sich dort an und kommen direkt hierher zurück.",
    connected: "Verbunden",
    connect: "{name} verbinden",
    connecting: "Weiter zu {name} …",
    platformAdmin: "Die Plattform-Administration meldet sich nur mit ihrem Passwort an.",
  },
} satisfies Widen<typeof identity.en>;
