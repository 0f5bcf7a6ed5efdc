import { errors } from "@/lib/kernel/i18n/messages/errors";
import type { Widen } from "../../widen";

export const errorsDe = {
  notFound: "Diese Seite oder dieser Eintrag existiert nicht, oder Sie haben keinen Zugriff darauf.",
  unauthenticated: "Bitte melden Sie sich an, um fortzufahren.",
  forbidden: "Ihre Rolle in dieser Stadt erlaubt das nicht.",
  citySuspended: "Der Arbeitsbereich dieser Stadt ist gesperrt. Es wurde nichts gelöscht; bitte wenden Sie sich an die Plattform-Administration.",
  validation: "Einige Felder bedürfen Ihrer Aufmerksamkeit.",
  conflict:
    "Jemand anderes hat diesen Eintrag gespeichert, während Sie ihn bearbeitet haben. Ihre Änderungen wurden nicht gespeichert; prüfen Sie, was sich geändert hat, und versuchen Sie es erneut.",
  rateLimited: "Zu viele Versuche. Bitte versuchen Sie es nach {time} erneut.",
  generic: "Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut. (Referenz: {requestId})",
  badRequest: "Die Anfrage konnte nicht verarbeitet werden.",
  unstorableText:
    "Der Text enthält ein Zeichen, das nicht gespeichert werden kann (ein Nullzeichen oder die Hälfte eines Emojis oder anderen Zeichens). Bitte entfernen Sie es und versuchen Sie es erneut.",
  invalidValue:
    "Etwas in dieser Anfrage kann nicht stimmen: ein Eintrag, der nicht existiert, oder eine Zahl, die zu groß zum Speichern ist. Bitte laden Sie die Seite neu und versuchen Sie es erneut.",
} satisfies Widen<typeof errors.en>;
