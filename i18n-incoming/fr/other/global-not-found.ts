/** Mirrors app/global-not-found.tsx (metadata title, heading, text and the link to the start page), in French. */
import type { GlobalNotFoundTexts } from "../../other-types";

export const globalNotFoundFr: GlobalNotFoundTexts = {
  metaTitle: "Page introuvable",
  heading: "Page introuvable",
  text: "Cette page n'existe pas. Vérifiez l'adresse ou rendez-vous sur la page d'accueil.",
  startLink: "page d'accueil",
};
