/** Mirrors app/global-not-found.tsx (metadata title, heading, text and the link to the start page), in German. */
import type { GlobalNotFoundTexts } from "../../other-types";

export const globalNotFoundDe: GlobalNotFoundTexts = {
  metaTitle: "Seite nicht gefunden",
  heading: "Seite nicht gefunden",
  text: "Diese Seite existiert nicht. Bitte prüfen Sie die Adresse oder gehen Sie zur Startseite.",
  startLink: "Startseite",
};
