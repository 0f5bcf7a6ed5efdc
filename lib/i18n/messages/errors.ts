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
  },
  nl: {
    notFound: "Deze pagina of dit item bestaat niet, of u hebt er geen toegang toe.",
    unauthenticated: "Meld u aan om verder te gaan.",
    forbidden: "Uw rol in deze stad staat dit niet toe.",
    citySuspended: "De werkomgeving van deze stad is opgeschort. Er is niets verwijderd; neem contact op met de platformbeheerder.",
    validation: "Enkele velden vragen uw aandacht.",
    conflict: "Iemand anders heeft dit item opgeslagen terwijl u het bewerkte. Uw wijzigingen zijn niet opgeslagen; bekijk wat er veranderd is en probeer het opnieuw.",
    rateLimited: "Te veel pogingen. Probeer het opnieuw na {time}.",
    generic: "Er ging iets mis aan onze kant. Probeer het opnieuw. (Referentie: {requestId})",
    badRequest: "Het verzoek kon niet worden begrepen.",
  },
});
