import { workspace } from "@/lib/kernel/i18n/messages/workspace";
import type { Widen } from "../../widen";

export const workspaceDe = {
  nav: {
    label: "Arbeitsbereich",
    overview: "Übersicht",
    framework: "Rahmen & Verpflichtungen",
    dashboard: "Dashboard",
    declaration: "Erklärung",
    actionPlan: "Aktionsplan",
    indicators: "Indikatoren",
    reports: "Berichte",
    consultation: "Beteiligung",
    settings: "Einstellungen",
    notifications: "Benachrichtigungen",
  },
  roles: {
    city_admin: "Administrator:in",
    officer: "Sachbearbeiter:in",
    council_member: "Gemeinderatsmitglied",
    advisory_member: "Beiratsmitglied",
  },
  header: {
    home: "Arbeitsbereich {city}",
    yourRole: "Ihre Rolle: {role}",
    notifications: "Benachrichtigungen",
    unread: "ungelesen",
  },
  switcher: {
    label: "Stadt wechseln",
    navLabel: "Ihre Städte",
    suspended: "gesperrt",
  },
  language: {
    label: "Sprache",
    failed: "Die Sprache konnte nicht geändert werden. Bitte versuchen Sie es erneut.",
  },
  userMenu: {
    label: "Kontomenü",
    signedInAs: "Angemeldet als",
    account: "Konto und Passwort",
    platformAdmin: "Plattform-Administration",
  },
  overview: {
    title: "Übersicht",
    welcome: "Willkommen, {name}",
    role: "Sie arbeiten in {city} in der Rolle {role}.",
    summaryTitle: "Verpflichtungen nach Ebene",
    summaryIntro:
      "{city} hat für jedes der 20 Elemente des Rahmens eine Verpflichtung, dazu alle, die die Stadt selbst ergänzt hat. Diese Tabelle zählt sie je Ebene nach Status.",
    layer: "Ebene",
    total: "Gesamt",
    openFramework: "Rahmen und Verpflichtungen öffnen",
    nextStep: "Nächster Schritt: Wählen Sie ein Element, lesen Sie die Hinweise und halten Sie fest, wozu sich {city} verpflichtet.",
    nextStepReadOnly: "Öffnen Sie ein Element, um die Hinweise und die Verpflichtung von {city} zu lesen.",
  },
  declaration: {
    title: "Erklärung",
    intro: "Die Menschenrechtserklärung der Stadt: das öffentliche Versprechen, das der Gemeinderat beschließt.",
    item1: "Ein Entwurf der Erklärung, den Mitarbeitende der Verwaltung gemeinsam verfassen, mit Versionen.",
    item2: "Kommentare von Gemeinderats- und Beiratsmitgliedern zum Entwurf.",
    item3: "Der beschlossene Text, veröffentlicht auf den öffentlichen Seiten der Stadt.",
  },
  actionPlan: {
    title: "Aktionsplan",
  },
  reports: {
    title: "Berichte",
    intro: "Regelmäßige Berichte über die Fortschritte der Stadt für den Gemeinderat und die Öffentlichkeit.",
    item1: "Berichte, zusammengestellt aus Verpflichtungen, Maßnahmen und Indikatoren.",
    item2: "Durchsicht durch Gemeinderats- und Beiratsmitglieder vor der Veröffentlichung.",
    item3: "Barrierefreie Fassungen für Web, PDF und Word.",
  },
  consultation: {
    title: "Beteiligung",
    intro: "Wie Einwohnerinnen und Einwohner sowie Organisationen in die Menschenrechtsarbeit der Stadt einbezogen werden.",
    item1: "Beteiligungsrunden zur Erklärung, zum Plan und zu den Berichten.",
    item2: "Eingegangene Beiträge und wie die Stadt darauf reagiert hat.",
    item3: "Eine öffentliche Übersicht, wer wann beteiligt wurde.",
  },
  notFound: {
    title: "Seite nicht gefunden",
    text: "Diese Seite oder dieser Eintrag existiert nicht, oder Sie haben keinen Zugriff darauf.",
    home: "Zur Startseite",
  },
  forbidden: {
    title: "Nicht zulässig",
    text: "Ihre Rolle in dieser Stadt erlaubt es nicht, diese Seite zu öffnen. Wenden Sie sich an die Administration der Stadt, wenn Sie Zugriff benötigen.",
    home: "Zur Startseite",
  },
  error: {
    title: "Etwas ist schiefgelaufen",
    text: "Diese Seite konnte wegen eines Fehlers auf unserer Seite nicht angezeigt werden. Bitte versuchen Sie es erneut.",
    reference: "Referenz: {digest}",
    retry: "Erneut versuchen",
  },
  suspended: {
    title: "Diese Stadt ist gesperrt",
    text: "Der Arbeitsbereich und die öffentlichen Seiten von {city} sind vorübergehend gesperrt.",
    nothingDeleted:
      "Es wurde nichts gelöscht: Alle Verpflichtungen, Dokumente und Mitglieder bleiben erhalten, und alles ist wieder wie zuvor, sobald die Stadt reaktiviert wird.",
    contact: "Bei Fragen wenden Sie sich bitte an die Plattform-Administration.",
    activeTitle: "Diese Stadt ist aktiv",
    activeText: "{city} ist nicht gesperrt. Sie können den Arbeitsbereich öffnen.",
    openWorkspace: "Arbeitsbereich öffnen",
    home: "Zur Startseite",
  },
} satisfies Widen<typeof workspace.en>;
