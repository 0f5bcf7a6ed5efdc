import { reminders } from "@/lib/features/reminders/messages";
import type { Widen } from "../../widen";

export const remindersDe = {
  page: {
    title: "Benachrichtigungen",
    intro: "Erinnerungen und Übersichten für Sie in dieser Stadt sowie die Verpflichtungen, die auf eine Aktualisierung warten.",
  },
  needsUpdate: {
    heading: "Aktualisierung nötig ({count})",
    introAll:
      "Verpflichtungen, deren Status, Fortschritt und Reifegrad sich seit mehr als {days} Tagen – dem Aktualisierungsintervall der Stadt – nicht geändert haben. Sie sehen alle, weil Sie Verpflichtungen bearbeiten können.",
    introOwn:
      "Ihre Verpflichtungen, deren Status, Fortschritt und Reifegrad sich seit mehr als {days} Tagen – dem Aktualisierungsintervall der Stadt – nicht geändert haben.",
    empty: "Nichts wartet auf eine Aktualisierung: Jede Verpflichtung wurde in den letzten {days} Tagen aktualisiert.",
    tableCaption: "Verpflichtungen, die eine Aktualisierung brauchen",
    commitment: "Verpflichtung",
    owner: "Verantwortlich",
    lastUpdate: "Letzte Aktualisierung",
    daysAgo: "{date} (vor {days} Tagen)",
    noOwner: "Niemand verantwortlich",
    formerMember: "Ein ehemaliges Mitglied",
    howTo:
      "Öffnen Sie eine Verpflichtung und erfassen Sie den aktuellen Status, Fortschritt oder Reifegrad mit einer Anmerkung; sie verschwindet dann sofort aus dieser Liste.",
  },
  overdue: {
    heading: "Zieldatum überschritten ({count})",
    intro: "Verpflichtungen, deren Zieldatum verstrichen ist und die noch nicht umgesetzt sind.",
    empty: "Keine Verpflichtung hat ihr Zieldatum überschritten.",
    tableCaption: "Verpflichtungen mit überschrittenem Zieldatum",
    targetDate: "Zieldatum",
    status: "Status",
  },
  inbox: {
    heading: "Ihre Benachrichtigungen",
    empty:
      "Sie haben in dieser Stadt keine Benachrichtigungen. Erinnerungen zu Verpflichtungen, für die Sie verantwortlich sind, und Übersichten für Administrator:innen der Stadt erscheinen hier.",
    unread: "Neu",
    read: "Gelesen",
    received: "Erhalten am {date}",
    open: "Öffnen",
    markRead: "Als gelesen markieren",
    markReadLabel: "„{title}“ als gelesen markieren",
    markAllRead: "Alle als gelesen markieren",
    markedAll: "Alle Benachrichtigungen sind als gelesen markiert.",
    marked: "Die Benachrichtigung ist als gelesen markiert.",
    unreadCount: "{count} ungelesen",
  },
  userMenu: {
    notifications: "Benachrichtigungen ({count})",
  },
  reminder: {
    titleOne: "Eine Verpflichtung in {city} braucht eine Aktualisierung",
    titleOther: "{count} Verpflichtungen in {city} brauchen eine Aktualisierung",
    intro:
      "Sie sind für diese Verpflichtungen in {city} verantwortlich. Ihr Status, Fortschritt und Reifegrad haben sich seit mehr als {days} Tagen – dem Aktualisierungsintervall der Stadt – nicht geändert:",
    item: "• {label}: letzte Aktualisierung am {date}",
    outro:
      "Bitte halten Sie für jede fest, wie sie derzeit steht, mit einer kurzen Anmerkung. Ändert sich nichts, werden Sie nach {days} Tagen erneut erinnert.",
  },
  digest: {
    title: "Verpflichtungen in {city}, die Aufmerksamkeit brauchen",
    intro: "Die wöchentliche Übersicht für die Administrator:innen von {city}.",
    staleHeading: "Seit mehr als {days} Tagen keine Aktualisierung ({count}):",
    staleItem: "• {label}: letzte Aktualisierung am {date}, verantwortlich: {owner}",
    overdueHeading: "Zieldatum überschritten und nicht umgesetzt ({count}):",
    overdueItem: "• {label}: Zieldatum {date}, Status {status}",
    unownedActionsHeading: "Maßnahmen nach ihrem Enddatum, für die kein Mitglied verantwortlich ist, sodass niemand erinnert wurde ({count}):",
    unownedActionItem: "• {title} ({plan}): fällig am {date}",
    unownedIndicatorsHeading: "Indikatoren, deren nächster Wert fällig ist und für die kein Mitglied verantwortlich ist ({count}):",
    unownedIndicatorItem: "• {name} ({plan}): Wert fällig seit {date}",
    noOwner: "niemand",
  },
  email: {
    greeting: "Guten Tag {name},",
    more: "… und {count} weitere.",
    open: "Liste in Charta öffnen: {link}",
    signature: "– Charta, für {city}",
    why: "Sie erhalten diese E-Mail, weil Sie in Charta Mitglied von {city} sind. Ohne E-Mail-Versand finden Sie dieselbe Nachricht in Ihren Benachrichtigungen.",
  },
} satisfies Widen<typeof reminders.en>;
