import { defineMessages } from "../define";

/** Action-plan data at scale: reminders, spreadsheet import/export and plan documents. */
export const planData = defineMessages({
  en: {
    reminder: {
      titleOne: "Something in the action plan “{plan}” needs your attention",
      titleOther: "{count} items in the action plan “{plan}” need your attention",
      intro: "You are responsible for these items of the action plan “{plan}” of {city}.",
      actionsHeading: "Actions past their due date ({count}):",
      actionItem: "• {title}: due {date}",
      indicatorsHeading: "Indicators with a new figure due ({count}):",
      indicatorItem: "• {name}: latest figure for {period}",
      indicatorItemNone: "• {name}: no figure entered yet",
      outro: "Please record the action's status (done, delayed with a reason, or a new due date) and enter the indicators' latest figures. You will not be reminded again about the same due date.",
    },
  },
  nl: {
    reminder: {
      titleOne: "Iets in het actieplan “{plan}” vraagt uw aandacht",
      titleOther: "{count} onderdelen van het actieplan “{plan}” vragen uw aandacht",
      intro: "U bent verantwoordelijk voor deze onderdelen van het actieplan “{plan}” van {city}.",
      actionsHeading: "Acties waarvan de einddatum is verstreken ({count}):",
      actionItem: "• {title}: einddatum {date}",
      indicatorsHeading: "Indicatoren waarvoor een nieuwe meting nodig is ({count}):",
      indicatorItem: "• {name}: laatste meting over {period}",
      indicatorItemNone: "• {name}: nog geen meting ingevoerd",
      outro: "Leg de status van de actie vast (afgerond, vertraagd met een reden, of een nieuwe einddatum) en voer de laatste metingen van de indicatoren in. Over dezelfde einddatum krijgt u geen tweede herinnering.",
    },
  },
});
