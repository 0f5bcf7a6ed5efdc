import { reminders } from "@/lib/features/reminders/messages";
import type { Widen } from "../../widen";

export const remindersFr = {
  page: {
    title: "Notifications",
    intro: "Les rappels et récapitulatifs qui vous sont destinés dans cette ville, et les engagements qui attendent une mise à jour.",
  },
  needsUpdate: {
    heading: "Mise à jour nécessaire ({count})",
    introAll:
      "Les engagements dont le statut, l'avancement et le niveau de maturité n'ont pas changé depuis plus de {days} jours, l'intervalle de mise à jour de la ville. Vous les voyez tous parce que vous pouvez modifier les engagements.",
    introOwn:
      "Vos engagements dont le statut, l'avancement et le niveau de maturité n'ont pas changé depuis plus de {days} jours, l'intervalle de mise à jour de la ville.",
    empty: "Rien n'attend de mise à jour : chaque engagement a été mis à jour au cours des {days} derniers jours.",
    tableCaption: "Engagements à mettre à jour",
    commitment: "Engagement",
    owner: "Responsable",
    lastUpdate: "Dernière mise à jour",
    daysAgo: "{date} (il y a {days} jours)",
    noOwner: "Aucune personne responsable",
    formerMember: "Une personne qui n'est plus membre",
    howTo:
      "Ouvrez un engagement et consignez son statut, son avancement ou son niveau de maturité actuel avec une note ; il disparaît aussitôt de cette liste.",
  },
  overdue: {
    heading: "Date cible dépassée ({count})",
    intro: "Les engagements dont la date cible est dépassée et qui ne sont pas encore en place.",
    empty: "Aucun engagement n'a dépassé sa date cible.",
    tableCaption: "Engagements dont la date cible est dépassée",
    targetDate: "Date cible",
    status: "Statut",
  },
  inbox: {
    heading: "Vos notifications",
    empty:
      "Vous n'avez aucune notification dans cette ville. Les rappels concernant les engagements dont vous êtes responsable et les récapitulatifs destinés aux gestionnaires de la ville apparaissent ici.",
    unread: "Nouveau",
    read: "Lu",
    received: "Reçu le {date}",
    open: "Ouvrir",
    markRead: "Marquer comme lu",
    markReadLabel: "Marquer « {title} » comme lu",
    markAllRead: "Tout marquer comme lu",
    markedAll: "Toutes les notifications sont marquées comme lues.",
    marked: "La notification est marquée comme lue.",
    unreadCount: "{count} non lues",
  },
  userMenu: {
    notifications: "Notifications ({count})",
  },
  reminder: {
    titleOne: "Un engagement de {city} doit être mis à jour",
    titleOther: "{count} engagements de {city} doivent être mis à jour",
    intro:
      "Vous êtes responsable de ces engagements de {city}. Leur statut, leur avancement et leur niveau de maturité n'ont pas changé depuis plus de {days} jours, l'intervalle de mise à jour de la ville :",
    item: "• {label} : dernière mise à jour le {date}",
    outro: "Veuillez consigner où en est chacun d'eux, avec une courte note. Sans changement, vous recevrez un nouveau rappel dans {days} jours.",
  },
  digest: {
    title: "Engagements de {city} qui demandent votre attention",
    intro: "Le récapitulatif hebdomadaire destiné aux gestionnaires de {city}.",
    staleHeading: "Aucune mise à jour depuis plus de {days} jours ({count}) :",
    staleItem: "• {label} : dernière mise à jour le {date}, responsable : {owner}",
    overdueHeading: "Date cible dépassée et pas encore en place ({count}) :",
    overdueItem: "• {label} : date cible {date}, statut {status}",
    unownedActionsHeading: "Actions dont l'échéance est dépassée et dont aucun membre n'est responsable ; personne n'a donc reçu de rappel ({count}) :",
    unownedActionItem: "• {title} ({plan}) : échéance le {date}",
    unownedIndicatorsHeading: "Indicateurs dont la prochaine valeur est attendue et dont aucun membre n'est responsable ({count}) :",
    unownedIndicatorItem: "• {name} ({plan}) : valeur attendue depuis le {date}",
    noOwner: "aucun",
  },
  email: {
    greeting: "Bonjour {name},",
    more: "… et {count} de plus.",
    open: "Ouvrir la liste dans Charta : {link}",
    signature: "— Charta, pour {city}",
    why: "Vous recevez ce courriel parce que vous êtes membre de {city} dans Charta. Si l'envoi de courriels n'est pas configuré, le même message figure dans vos notifications.",
  },
} satisfies Widen<typeof reminders.en>;
