import { defineMessages } from "../define";

export const account = defineMessages({
  en: {
    title: "Your account",
    profile: {
      heading: "Profile",
      name: "Name",
      email: "Email address",
    },
    cities: {
      heading: "Your cities",
      role: "your role: {role}",
      empty: "You are not a member of any city yet. A city administrator can invite you.",
    },
    home: {
      title: "Your workspaces",
      intro: "You work in more than one place on Charta. Which one do you want to open?",
      open: "Open the workspace of {city}",
      platformAdmin: "Platform administration",
      platformAdminHelp: "Create and manage the cities on this Charta.",
    },
    password: {
      heading: "Change password",
      intro: "After the change you are signed out on all your devices and sign in again with the new password.",
      current: "Current password",
      currentRequired: "Enter your current password.",
      currentWrong: "The current password is not correct.",
      submit: "Change password",
      submitting: "Changing…",
      noPassword: "Your account has no password yet (you sign in through your organisation). To set one, use “Forgot your password?” on the sign-in page.",
    },
    language: {
      heading: "Language",
      intro: "The language of Charta's pages and of the emails we send you.",
      label: "Preferred language",
      failed: "The language could not be changed. Please try again.",
    },
    sessions: {
      heading: "Sessions",
      intro: "Signing out ends your sessions on all your devices, including this one.",
    },
  },
  nl: {
    title: "Uw account",
    profile: {
      heading: "Profiel",
      name: "Naam",
      email: "E-mailadres",
    },
    cities: {
      heading: "Uw steden",
      role: "uw rol: {role}",
      empty: "U bent nog geen lid van een stad. Een stadsbeheerder kan u uitnodigen.",
    },
    home: {
      title: "Uw werkomgevingen",
      intro: "U werkt op meer dan één plek in Charta. Welke wilt u openen?",
      open: "Open de werkomgeving van {city}",
      platformAdmin: "Platformbeheer",
      platformAdminHelp: "Steden op deze Charta aanmaken en beheren.",
    },
    password: {
      heading: "Wachtwoord wijzigen",
      intro: "Na de wijziging wordt u op al uw apparaten afgemeld en meldt u zich opnieuw aan met het nieuwe wachtwoord.",
      current: "Huidig wachtwoord",
      currentRequired: "Vul uw huidige wachtwoord in.",
      currentWrong: "Het huidige wachtwoord klopt niet.",
      submit: "Wachtwoord wijzigen",
      submitting: "Bezig met wijzigen…",
      noPassword:
        "Uw account heeft nog geen wachtwoord (u meldt zich aan via uw organisatie). Gebruik ‘Wachtwoord vergeten?’ op de aanmeldpagina om er een in te stellen.",
    },
    language: {
      heading: "Taal",
      intro: "De taal van de pagina's van Charta en van de e-mails die we u sturen.",
      label: "Voorkeurstaal",
      failed: "De taal kon niet worden gewijzigd. Probeer het opnieuw.",
    },
    sessions: {
      heading: "Sessies",
      intro: "Afmelden beëindigt uw sessies op al uw apparaten, ook deze.",
    },
  },
});
