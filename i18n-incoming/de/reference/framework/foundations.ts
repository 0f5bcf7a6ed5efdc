/**
 * Foundations F1–F4 of lib/reference/framework/catalogue/elements/f1.ts … f4.ts, in German. Names of F1–F3
 * follow the German edition of the FRA guide ("Menschenrechtsstädte in der Europäischen Union –
 * Praxisleitfaden", 2022) without its "Verpflichtung zur …" prefix, as the English catalogue drops
 * "Commit to …"; F4 is Charta's rendering. Guidance in Charta's own words, FRA credited.
 */
import type { ElementKey } from "@/lib/reference/framework/catalogue/types";
import type { ElementText } from "../../../reference-types";

export const foundationsDe: Record<Extract<ElementKey, `F${string}`>, ElementText> = {
  F1: {
    name: "Achtung, Schutz und Verwirklichung der Rechte und Freiheiten der EU-Grundrechtecharta und des EU-Rechts",
    nameSource: "guide",
    summary:
      "Die Stadt bekennt sich zu den Rechten und Freiheiten der Charta der Grundrechte der EU und des EU-Rechts und sorgt dafür, dass ihre eigenen Dienststellen und Partner sie einhalten.",
    why: "Die EU gründet sich auf Menschenrechte, Demokratie und Rechtsstaatlichkeit; diese Werte sind in der Charta der Grundrechte und im EU-Recht festgeschrieben. Die Charta ist der eigene Grundrechtekatalog der EU: Sie enthält 50 Rechte und Freiheiten, die für alle Menschen gelten, die in der Union leben. Kommunen sind rechtlich an sie gebunden, sobald sie im Anwendungsbereich des EU-Rechts handeln, EU-Programme durchführen oder EU-Mittel einsetzen. Nennt die Stadt die Charta ausdrücklich in ihren Verpflichtungen, wird diese Pflicht sichtbar, und die Arbeit vor Ort wird mit den Werten verbunden, auf denen die EU selbst beruht.",
    how: [
      "Beziehen Sie die Charta in Ihre Bewusstseinsarbeit zu den Grundrechten ein. So wird deutlich, dass die EU im Kern ein politisches Projekt ist, das auf gemeinsamen Werten und Rechten beruht.",
      "Beantragen Sie EU-Fördermittel für Projekte, die Rechte und europäische Werte in der Stadt stärken.",
      "Prüfen Sie, ob die Stadtverwaltung und alle Anbieter, die in ihrem Auftrag Leistungen erbringen, das EU-Recht einhalten.",
    ],
    practice: [
      "Die Menschenrechtsverpflichtungen Wiens verweisen ausdrücklich auf internationale und europäische Instrumente, darunter die Charta der Grundrechte der EU. Der Gemeinderat beschloss die Erklärung „Wien – Stadt der Menschenrechte“ im Dezember 2014.",
    ],
    resources: [
      "Charta der Grundrechte der Europäischen Union",
      "Materialien der FRA zur EU-Grundrechtecharta",
      "Förderprogramm „Bürgerinnen und Bürger, Gleichstellung, Rechte und Werte“ (CERV)",
    ],
  },
  F2: {
    name: "Schutz, Achtung und Erfüllung internationaler Menschenrechtsstandards",
    nameSource: "guide",
    summary:
      "Die Stadt bekennt sich öffentlich zu den internationalen Menschenrechtsverträgen, die ihr Staat ratifiziert hat, und misst ihre Entscheidungen an ihnen.",
    why: "Menschenrechte sind universelle rechtliche Standards, die öffentliche Stellen auf allen Ebenen binden, auch die Kommunen. Erklärt eine Stadt offen, dass sie die von ihrem Staat ratifizierten internationalen Instrumente anwenden wird, bekräftigt sie, diese Rechte im Rahmen ihrer Zuständigkeiten zu schützen und zu achten. Ein solches öffentliches Bekenntnis rückt die Menschenrechte ins Zentrum kommunaler Entscheidungen, statt sie allein dem Staat zu überlassen. Zugleich erhalten Bevölkerung, Zivilgesellschaft und Gemeinderat einen klaren Maßstab, an dem sie die Stadt messen können.",
    how: [
      "Erklären Sie öffentlich, dass die Stadt jeden von Ihrem Staat ratifizierten Menschenrechtsvertrag anwenden wird.",
      "Nennen Sie die einschlägigen Instrumente, etwa die Allgemeine Erklärung der Menschenrechte oder die Europäische Menschenrechtskonvention, in der Begründung von Entscheidungen.",
      "Verfolgen Sie Entwicklungen im Bereich der Menschenrechte gemeinsam mit Fachleuten und nationalen Stellen, zum Beispiel der nationalen Menschenrechtsinstitution, der Gleichbehandlungsstelle und der Volksanwaltschaft oder Ombudsstelle.",
    ],
    practice: [
      "Nürnberg hat sich zur „Stadt des Friedens und der Menschenrechte“ erklärt. Bezugspunkt dieser Erklärung ist die Allgemeine Erklärung der Menschenrechte.",
      "Barcelona stützt seine Verpflichtungen auf das gesamte Spektrum der Instrumente zu Menschen- und Grundrechten und bezieht sich auf die Europäische Charta für den Schutz der Menschenrechte in der Stadt. Diese Charta ging aus einer Konferenz hervor, die 1998 in Barcelona stattfand.",
    ],
    resources: [
      "Universelle Menschenrechtsinstrumente (Überblick)",
      "Allgemeine Erklärung der Menschenrechte",
      "Verträge des Europarats (Vertragsbüro)",
      "Europäische Charta für den Schutz der Menschenrechte in der Stadt",
    ],
  },
  F3: {
    name: "Umsetzung der Ziele für nachhaltige Entwicklung (SDGs) und der Agenda 2030 für nachhaltige Entwicklung der Vereinten Nationen",
    nameSource: "guide",
    summary:
      "Die Stadt arbeitet auf die Agenda 2030 der Vereinten Nationen und ihre 17 Ziele für nachhaltige Entwicklung (SDGs) hin und versteht sie als eng verbunden mit ihren Menschenrechtsverpflichtungen.",
    why: "2015 verabschiedeten alle 193 Mitgliedstaaten der Vereinten Nationen die Agenda 2030 für nachhaltige Entwicklung mit 17 Zielen für inklusives Wirtschaftswachstum, soziale Inklusion, Umweltschutz sowie friedliche, gerechte und inklusive Gesellschaften. Die Agenda fordert Staaten wie Kommunen ausdrücklich auf, Armut zu beenden, Ungleichheit zu verringern und den Klimawandel zu bekämpfen. Ihre Ziele und mehr als 210 Indikatoren reichen von Armut, Hunger und Gesundheit über hochwertige Bildung bis zu nachhaltigen Städten und überschneiden sich stark mit den Menschenrechten. Wer die Arbeit an den SDGs und an den Menschenrechten verbindet, geht beides abgestimmter und nachhaltiger an und eröffnet sich neue internationale Partnerschaften.",
    how: [
      "Erheben Sie, welche Abteilungen sich mit den SDGs befassen, und sorgen Sie dafür, dass deren Strategien und Maßnahmen den Bezug zu den Menschenrechten ausdrücklich herstellen.",
      "Erklären Sie der Bevölkerung und den Mitarbeitenden, was die Agenda 2030 und die SDGs sind und was sie mit den Menschenrechten zu tun haben.",
      "Stimmen Sie die SDG-Arbeit der Stadt mit den Aktivitäten Ihres Staates zu den SDGs auf nationaler Ebene ab.",
    ],
    practice: [
      "Utrecht versteht sich als „Global Goals City“. Die Stadt arbeitet mit lokalen Unternehmen zusammen, um die Menschen besser über ihre Rechte zu informieren, und verfolgt ihre Fortschritte bei den Zielen mit einem SDG-Dashboard.",
      "Bonn hat einen freiwilligen lokalen Bericht (Voluntary Local Review) erstellt, um zu bewerten, wie weit die Stadt bei der Umsetzung der SDGs gekommen ist. Auch Espoo in Finnland und die baskische Regionalregierung haben dies getan.",
    ],
    resources: [
      "Human rights cities and the SDGs",
      "The 2030 Agenda through the eyes of local and regional governments' associations",
      "Die 17 Ziele für nachhaltige Entwicklung",
      "Freiwillige lokale Berichte (Voluntary Local Reviews)",
    ],
  },
  F4: {
    name: "Beitrag zu internationalen Überwachungsmechanismen",
    nameSource: "rendering",
    summary:
      "Die Stadt bringt ihre Erfahrungen in die internationalen Gremien ein, die die Einhaltung der Menschenrechte überwachen, und nutzt deren Empfehlungen als Richtschnur für ihre eigene Arbeit.",
    why: "Zu den internationalen Menschenrechtsverträgen gehören Überwachungsmechanismen, die prüfen, ob Staaten ihren Verpflichtungen nachkommen. Formal berichten die nationalen Regierungen an diese Gremien, doch vieles von dem, was dort geprüft wird, geschieht auf lokaler Ebene. In seiner Resolution 45/7 aus dem Jahr 2020 ermutigt der UN-Menschenrechtsrat die Staaten, die Kommunen in diese Arbeit einzubeziehen, insbesondere bei der Vorbereitung der Allgemeinen Regelmäßigen Überprüfung (Universal Periodic Review, UPR), und sie bei der Umsetzung einschlägiger Empfehlungen zu unterstützen. Auch die unabhängigen Fachleute der Sonderverfahren des Rates arbeiten mit Städten zusammen, etwa bei Länderbesuchen für ihre thematischen Berichte. Durch ihre Mitwirkung verschafft die Stadt ihrer Praxis und ihren Anliegen international Gehör und holt sich zugleich internationale Orientierung für die eigene Arbeit.",
    how: [
      "Prüfen Sie, ob die Menschenrechtsarbeit Ihrer Stadt die Empfehlungen aufgreift, die internationale Gremien an Ihren Staat gerichtet haben.",
      "Nutzen Sie diese Empfehlungen als Ausgangspunkt für Gespräche mit nationalen Behörden – allein oder gemeinsam mit anderen Städten – darüber, was Gemeinden und Regionen beitragen können und wo eine Zusammenarbeit möglich ist.",
      "Gehen Sie auf nationale Stellen wie die nationale Menschenrechtsinstitution, die Gleichbehandlungsstelle oder die Volksanwaltschaft bzw. Ombudsstelle zu. Zeigen Sie ihnen erfolgreiche lokale Initiativen und weisen Sie darauf hin, was den Schutz der Rechte vor Ort in den von den Empfehlungen erfassten Bereichen hemmt, etwa fehlende Finanzierung, nationale Gesetze oder mangelnde Kapazitäten.",
    ],
    practice: [
      "Als das UN-Hochkommissariat für Menschenrechte 2018 um Beiträge zur Rolle der Kommunen bei der Förderung und beim Schutz der Menschenrechte bat, gehörte Utrecht neben Barcelona, Budapest, Grigny, Nürnberg und Wien zu den Städten, die antworteten. Auch eine nationale Menschenrechtsinstitution, zivilgesellschaftliche Organisationen und Städtenetzwerke reichten Beiträge ein. Im Februar 2022 folgte ein neuer Aufruf.",
    ],
    resources: [
      "Universal Human Rights Index: Empfehlungen der UN-Vertragsorgane, der Sonderverfahren und der UPR",
      "Resolution 45/7 des Menschenrechtsrats: Kommunalverwaltung und Menschenrechte (2020)",
      "Kongress der Gemeinden und Regionen des Europarats (einschließlich seines Monitorings der lokalen Demokratie)",
      "Global Cities Hub (früher Geneva Cities Hub): verbindet Städte mit den internationalen Organisationen in Genf",
    ],
  },
};
