/**
 * Allgemeine Erklärung der Menschenrechte (Resolution 217 A der UN-Generalversammlung vom
 * 10. Dezember 1948): short themes of the 30 articles, keyed as in lib/reference/rights/udhr.ts. The
 * Declaration has no article titles; these follow its German wording in the style of UN and
 * human rights education materials.
 */
import type { UdhrReference } from "../../reference-types";

export const udhrDe: UdhrReference = {
  sourceUrl: "https://www.ohchr.org/en/human-rights/universal-declaration/translations/german-deutsch",
  articles: {
    1: "Frei und gleich an Würde und Rechten",
    2: "Anspruch auf alle Rechte ohne irgendeinen Unterschied",
    3: "Recht auf Leben, Freiheit und Sicherheit der Person",
    4: "Verbot der Sklaverei und Leibeigenschaft",
    5: "Verbot der Folter und grausamer, unmenschlicher oder erniedrigender Behandlung oder Strafe",
    6: "Recht, überall als rechtsfähig anerkannt zu werden",
    7: "Gleichheit vor dem Gesetz und gleicher Schutz vor Diskriminierung",
    8: "Anspruch auf einen wirksamen Rechtsbehelf bei Verletzung von Rechten",
    9: "Schutz vor willkürlicher Festnahme, Haft und Ausweisung",
    10: "Anspruch auf ein gerechtes und öffentliches Verfahren vor einem unabhängigen und unparteiischen Gericht",
    11: "Unschuldsvermutung und keine Strafe ohne Gesetz",
    12: "Schutz der Privatsphäre, der Familie, der Wohnung, des Schriftverkehrs, der Ehre und des Rufes",
    13: "Freizügigkeit und freie Wahl des Aufenthaltsorts, Recht auf Ausreise und Rückkehr in das eigene Land",
    14: "Recht, vor Verfolgung Asyl zu suchen und zu genießen",
    15: "Recht auf eine Staatsangehörigkeit",
    16: "Recht auf Eheschließung und Familiengründung bei freier und voller Willenseinigung",
    17: "Recht auf Eigentum",
    18: "Gedanken-, Gewissens- und Religionsfreiheit",
    19: "Meinungsfreiheit und Freiheit der Meinungsäußerung",
    20: "Versammlungs- und Vereinigungsfreiheit zu friedlichen Zwecken",
    21: "Recht auf Mitwirkung an der Gestaltung der öffentlichen Angelegenheiten und auf freie Wahlen",
    22: "Recht auf soziale Sicherheit und auf wirtschaftliche, soziale und kulturelle Rechte",
    23: "Recht auf Arbeit, gerechte Entlohnung und Bildung von Gewerkschaften",
    24: "Recht auf Erholung und Freizeit, einschließlich bezahlten Urlaubs",
    25: "Recht auf einen angemessenen Lebensstandard, einschließlich Nahrung, Kleidung, Wohnung und ärztlicher Versorgung",
    26: "Recht auf Bildung",
    27: "Recht auf Teilnahme am kulturellen Leben und Schutz der Urheberrechte",
    28: "Recht auf eine soziale und internationale Ordnung, in der diese Rechte verwirklicht werden können",
    29: "Pflichten gegenüber der Gemeinschaft und Schranken der Rechte und Freiheiten",
    30: "Kein Recht, die Rechte der Erklärung zu beseitigen",
  },
};
