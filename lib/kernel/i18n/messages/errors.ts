import { defineMessages } from "../define";

export const errors = defineMessages({
  en: {
    notFound: "This page or item does not exist, or you have no access to it.",
    unauthenticated: "Please sign in to continue.",
    forbidden: "Your role in this city does not allow this.",
    citySuspended: "This city's workspace is suspended. Nothing has been deleted; contact the platform administrator.",
    validation: "Some fields need your attention.",
    conflict: "Someone else saved this item while you were editing. Your changes were not saved; review what changed and try again.",
    rateLimited: "Too many attempts. Try again after {time}.",
    generic: "Something went wrong on our side. Please try again. (Reference: {requestId})",
    badRequest: "The request could not be understood.",
    unstorableText: "The text contains a character that cannot be saved (a null character, or half of an emoji or other character). Remove it and try again.",
    invalidValue: "Something in this request cannot be right: an item that does not exist, or a number too large to store. Reload the page and try again.",
  },
  nl: {
    notFound: "Deze pagina of dit item bestaat niet, of u hebt er geen toegang toe.",
    unauthenticated: "Meld u aan om verder te gaan.",
    forbidden: "Uw rol in deze stad staat dit niet toe.",
    citySuspended: "De werkomgeving van deze stad is opgeschort. Er is niets verwijderd; neem contact op met de platformbeheerder.",
    validation: "Enkele velden vragen uw aandacht.",
    conflict:
      "Iemand anders heeft dit item opgeslagen terwijl u het bewerkte. Uw wijzigingen zijn niet opgeslagen; bekijk wat er veranderd is en probeer het opnieuw.",
    rateLimited: "Te veel pogingen. Probeer het opnieuw na {time}.",
    generic: "Er ging iets mis aan onze kant. Probeer het opnieuw. (Referentie: {requestId})",
    badRequest: "Het verzoek kon niet worden begrepen.",
    unstorableText:
      "De tekst bevat een teken dat niet kan worden opgeslagen (een nulteken, of de helft van een emoji of ander teken). Verwijder het en probeer het opnieuw.",
    invalidValue:
      "Iets in dit verzoek klopt niet: een item dat niet bestaat, of een getal dat te groot is om op te slaan. Laad de pagina opnieuw en probeer het nogmaals.",
  },
});
