import { account } from "@/lib/kernel/i18n/messages/account";
import type { Widen } from "../../widen";

export const accountDe = {
  title: "Ihr Konto",
  profile: {
    heading: "Profil",
    name: "Name",
    email: "E-Mail-Adresse",
  },
  cities: {
    heading: "Ihre Städte",
    role: "Ihre Rolle: {role}",
    empty: "Sie sind noch keiner Stadt zugeordnet. Die Administration einer Stadt kann Sie einladen.",
  },
  home: {
    title: "Ihre Arbeitsbereiche",
    intro: "Sie arbeiten an mehr als einer Stelle in Charta. Welchen Arbeitsbereich möchten Sie öffnen?",
    open: "Arbeitsbereich von {city} öffnen",
    platformAdmin: "Plattformverwaltung",
    platformAdminHelp: "Die Städte dieser Charta-Installation anlegen und verwalten.",
  },
  password: {
    heading: "Passwort ändern",
    intro: "Nach der Änderung werden Sie auf allen Geräten abgemeldet und melden sich mit dem neuen Passwort wieder an.",
    current: "Aktuelles Passwort",
    currentRequired: "Bitte geben Sie Ihr aktuelles Passwort ein.",
    currentWrong: "Das aktuelle Passwort ist nicht korrekt.",
    submit: "Passwort ändern",
    submitting: "Wird geändert …",
    noPassword:
      "Ihr Konto hat noch kein Passwort (Sie melden sich über Ihre Organisation an). Um eines festzulegen, verwenden Sie auf der Anmeldeseite „Passwort vergessen?“.",
  },
  language: {
    heading: "Sprache",
    intro: "Die Sprache der Seiten von Charta und der E-Mails, die wir Ihnen senden.",
    label: "Bevorzugte Sprache",
    failed: "Die Sprache konnte nicht geändert werden. Bitte versuchen Sie es erneut.",
  },
  sessions: {
    heading: "Sitzungen",
    intro: "Beim Abmelden werden Ihre Sitzungen auf allen Geräten beendet, auch auf diesem.",
  },
} satisfies Widen<typeof account.en>;
