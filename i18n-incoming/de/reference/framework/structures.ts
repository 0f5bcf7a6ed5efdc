/**
 * Structures S1–S7 of lib/reference/framework/catalogue/elements/s1.ts … s7.ts, in German. The names are
 * Charta's renderings in the nominal style of the German FRA guide (whose structure names could
 * not be checked). Guidance in Charta's own words, FRA credited.
 */
import type { ElementKey } from "@/lib/reference/framework/catalogue/types";
import type { ElementText } from "../../../reference-types";

export const structuresDe: Record<Extract<ElementKey, `S${string}`>, ElementText> = {
  S1: {
    name: "Verabschiedung einer Erklärung, die die Menschenrechtsverpflichtungen der Stadt bekräftigt",
    nameSource: "rendering",
    summary:
      "Der Gemeinderat oder ein anderes Gremium auf höchster politischer Ebene beschließt förmlich eine Erklärung, in der die Menschenrechtsverpflichtungen der Stadt festgehalten sind.",
    why: "Eine Erklärung, ein Beschluss oder eine Resolution auf höchster politischer Ebene – meist im Gemeinderat – macht aus guten Absichten eine förmliche Verpflichtung. Darin kann die Stadt die wichtigsten Menschenrechtsinstrumente nennen, denen sie folgen will, und die Mechanismen und Instrumente, mit denen sie diese umsetzen wird. Sie kann auch Zusagen zu Rechtsstaatlichkeit, Demokratie und guter Verwaltungsführung enthalten. Weil die gewählten Mitglieder des Gemeinderats sie öffentlich beschließen, wird die Erklärung zu einem Bezugspunkt, auf den sich Verwaltung, Partner und Bevölkerung gleichermaßen berufen können. Das erhöht die Chance, dass die Verpflichtung auch einen Wechsel der politischen Mehrheiten übersteht.",
    how: [
      "Laden Sie NGOs, zivilgesellschaftliche Organisationen und lokale Gemeinschaften ein, an der Erklärung mitzuschreiben.",
      "Beziehen Sie die Fraktionen und die Mitglieder des Gemeinderats von Anfang an ein, damit die Erklärung im Gemeinderat breiten Rückhalt hat.",
      "Machen Sie die Erklärung innerhalb und außerhalb des Rathauses bekannt. So können sich die Stadt und lokale Einrichtungen auf sie berufen und gemeinsam eine Kultur der Rechte aufbauen.",
    ],
    practice: [
      "Graz verabschiedete 2001 eine Menschenrechtserklärung und wurde damit zur ersten Menschenrechtsstadt Europas. Auch Barcelona, Nürnberg und Wien haben Erklärungen beschlossen, mit denen sie sich zur Achtung der Menschenrechte verpflichten.",
      "Der Gemeinderat von Bilbao beschloss eine „Charta der Werte“ mit 17 individuellen und kollektiven Werten, darunter Menschenrechte, Solidarität, Vertrauen, ökologische Nachhaltigkeit und Beteiligung. Die Werte wurden gemeinsam mit der Bevölkerung und mit Vereinen festgelegt und sollen den Alltag in der Stadt prägen.",
    ],
    resources: [
      "City of human rights: the Barcelona model (methodology guide)",
      "Wien – Stadt der Menschenrechte: der Prozess und die Erklärung",
      "Europäische Charta für den Schutz der Menschenrechte in der Stadt",
    ],
  },
  S2: {
    name: "Ernennung einer gewählten Vertreterin oder eines gewählten Vertreters für Menschenrechte",
    nameSource: "rendering",
    summary:
      "Ein gewähltes Mitglied des Gemeinderats oder eines anderen Leitungsorgans – oder ein Ausschuss des Gemeinderats – erhält ausdrücklich die Zuständigkeit für Menschenrechte.",
    why: "Menschenrechte berühren viele Bereiche der städtischen Arbeit und betreffen verschiedene Abteilungen, Dienststellen und externe Anbieter. Ohne klare Zuständigkeit droht diese Arbeit in getrennten Nischen zu entstehen und zersplittert zu bleiben. Ein gewähltes Mitglied – oder ein Ausschuss – im Gemeinderat oder in einem anderen Leitungsorgan kann Aktivitäten steuern und koordinieren, die sonst isoliert blieben. Es kann zudem öffentlich über die Menschenrechtsmaßnahmen und -anliegen der Stadt sprechen, die Fortschritte verfolgen und dem Gemeinderat über die Menschenrechtslage in der Stadt berichten.",
    how: [
      "Machen Sie die Menschenrechte zu einem ausdrücklichen Teil des Ressorts eines gewählten Mitglieds des Gemeinderats, damit klar ist, wer zuständig ist.",
      "Stellen Sie Gemeinderatsmitgliedern und Führungskräften zielgerichtete Informationen über Menschenrechte und ihre Bedeutung im Alltag der Bevölkerung zur Verfügung.",
      "Verwenden Sie in der Kommunikation über Menschenrechte Beispiele, in denen alle gewinnen, und zeigen Sie, wie die ganze Gemeinschaft profitiert, wenn Rechte geachtet werden.",
    ],
    practice: [
      "In Paris ist ein Mitglied der Stadtregierung (adjoint à la Maire) für Menschenrechte, Integration und die Bekämpfung von Diskriminierung zuständig.",
      "Der Gemeinderat von Turin hat einen Ausschuss für „Rechte und Chancengleichheit“. Er prüft Vorschläge und behält die Arbeit der Stadt zur Gleichstellung der Geschlechter und zum Schutz der Würde und Freiheit der Menschen im Blick.",
    ],
    resources: [
      "Menschenrechtsstädte in der Europäischen Union – Praxisleitfaden",
      "Human rights cities in the EU: a framework for reinforcing rights locally",
      "Kongress der Gemeinden und Regionen des Europarats",
    ],
  },
  S3: {
    name: "Einrichtung eines Menschenrechtsbüros oder einer Menschenrechtsabteilung",
    nameSource: "rendering",
    summary:
      "Die Stadt hat in ihrer Verwaltung ein eigenes Menschenrechtsbüro oder eine eigene Abteilung, die ihre Menschenrechtsarbeit unterstützt, koordiniert und fördert.",
    why: "Ein eigenes Büro oder eine eigene Abteilung ist einer der wirksamsten Wege, der Menschenrechtsarbeit der Stadt einen festen Platz in der Verwaltung zu geben. Es kann helfen, Menschenrechtsaktivitäten in der gesamten Organisation zu planen. Es kann als Bindeglied zwischen Politik, Verwaltung, Zivilgesellschaft und Gemeinschaften wirken, auch zu Gruppen in verletzlichen Lebenslagen. Und es kann das Bewusstsein für Menschenrechte stärken, bei den Mitarbeitenden ebenso wie in der ganzen Stadt.",
    how: [
      "Organisieren Sie offene Gespräche zwischen Mitarbeitenden der Verwaltung und Menschen, die selbst Menschenrechtsprobleme erleben, etwa Kindern und Jugendlichen, älteren Menschen, Menschen mit Behinderungen, ethnischen Minderheiten, obdachlosen Menschen und LGBTIQ-Personen.",
      "Halten Sie im Auftrag des Büros fest, dass es einen abteilungsübergreifenden Menschenrechtsansatz in allen Dienststellen der Stadt unterstützt.",
      "Helfen Sie Menschen, ihre Rechte, universelle Werte und die Rechtsstaatlichkeit zu verstehen – auch Fachkräften wie Lehrkräften, Pflegekräften, Beschäftigten im sozialen Wohnbau und Sozialarbeitenden.",
    ],
    practice: [
      "Wien eröffnete 2015 ein Menschenrechtsbüro, nachdem der Gemeinderat die Menschenrechtserklärung der Stadt beschlossen hatte. Wie die Büros in Nürnberg und Turin koordiniert es die Menschenrechtsinitiativen der Stadt, berät die Stadt und ihre Führung und macht Menschen auf ihre Rechte aufmerksam.",
      "Die schwedische Region Västra Götaland hat eine eigene Menschenrechtsabteilung. Sie unterstützt die Regionalverwaltung bei der Koordinierung von Menschenrechtsinitiativen und Aktionsplänen und berät zu Menschenrechtsaktivitäten.",
      "In ihrem Programmdokument für 2021–2023 legte Bologna eine umfassende Politik für Gleichstellung und Nichtdiskriminierung fest. Ein eigenes Büro mit drei Einheiten setzt sie um: eine für LGBTIQ-Rechte, Vielfalt und Gleichstellungspolitik, eine für Menschenrechte, neu Zugezogene und internationale Zusammenarbeit und eine für interkulturelle Angebote.",
    ],
    resources: ["Transparency and open government (Public Ethics series)", "Child participation in local governance: a UNICEF guidance note"],
  },
  S4: {
    name: "Einrichtung eines partizipativen Menschenrechtsbeirats",
    nameSource: "rendering",
    summary:
      "Die Stadt richtet einen Menschenrechtsbeirat ein, in dem Bevölkerung, Zivilgesellschaft, Politik und Verwaltung zusammenkommen und die Stadt beraten.",
    why: "Menschenrechte berühren viele komplexe Fragen, mit denen verschiedene lokale Akteur:innen täglich zu tun haben. Beteiligung ist ein Kernbestandteil eines menschenrechtsbasierten Ansatzes; die Betroffenen sollen deshalb aktiv mitwirken, statt nur informiert zu werden. Ein Beirat, der Einwohnerinnen und Einwohner, gewählte Mitglieder des Gemeinderats, die Stadtverwaltung und die Zivilgesellschaft zusammenbringt, bietet dafür einen regelmäßigen, strukturierten Ort. Er hilft auch, Rückhalt für kommunale Politik und Maßnahmen zu gewinnen, die die Menschenrechte achten.",
    how: [
      "Richten Sie eine regelmäßige, strukturierte Konsultation mit einem breiten Kreis von Beteiligten ein: Zivilgesellschaft, Wirtschaft und Gewerkschaften, Sport- und Kulturvereine, junge Menschen, Stadtteile, Glaubensgemeinschaften und Bevölkerung.",
      "Erleichtern Sie die Teilnahme, zum Beispiel durch Sitzungen außerhalb der Bürozeiten und an barrierefreien Orten.",
      "Informieren Sie die Teilnehmenden regelmäßig darüber, was die Verwaltung mit ihren Ideen und Vorschlägen gemacht hat.",
    ],
    practice: [
      "Der 2007 eingerichtete Menschenrechtsbeirat der Stadt Graz bringt lokale Akteur:innen und Vertreter:innen der Stadt zusammen, um die Menschenrechtslage zu beobachten. Jedes Jahr berichtet er dem Gemeinderat über Probleme, gute Praxis und Empfehlungen.",
      "Malmö hat einen Rat für die nationale Minderheit der Roma, dem gewählte Mitglieder des Gemeinderats und Personen aus Roma-Organisationen angehören. Er stärkt die Beteiligung der Roma, trägt zur Bekämpfung von Diskriminierung bei und fördert die Kultur der Roma und das Romani.",
      "Bologna arbeitet auf der Grundlage eines förmlichen Kooperationspakts mit lokalen LGBTIQ-Vereinen zusammen. Salzburg hat mit seinem „Runden Tisch Menschenrechte“ ein vergleichbares ständiges Forum.",
    ],
    resources: [
      "OGP Participation and Co-Creation Standards",
      "Innovative citizen participation and new democratic institutions: catching the deliberative wave",
    ],
  },
  S5: {
    name: "Einrichtung einer Antidiskriminierungsstelle oder Ernennung einer lokalen Ombudsperson",
    nameSource: "rendering",
    summary:
      "Die Stadt bietet der Bevölkerung eine Anlaufstelle, wenn ihre Rechte verletzt werden: eine Antidiskriminierungsstelle, eine lokale Ombudsperson oder eine andere leicht zugängliche Möglichkeit der Abhilfe.",
    why: "Öffentliche Stellen müssen Menschenrechte nicht nur achten und verwirklichen; sie müssen auch dafür sorgen, dass Menschen Unterstützung, Beratung und Abhilfe erhalten, wenn ihre Rechte verletzt werden. Rechte bedeuten in der Praxis nur dann etwas, wenn es eine Anlaufstelle gibt, falls etwas schiefgeht. Eine Stadt kann das sicherstellen, indem sie eine Antidiskriminierungsstelle für Rechtsverletzungen einrichtet, eine lokale Ombudsperson ernennt oder der Bevölkerung andere Wege eröffnet, Abhilfe zu suchen. Die Meldungen und Beschwerden, die eine solche Stelle erhält, zeigen der Stadt außerdem, wo ihre Politik zu kurz greift.",
    how: [
      "Sorgen Sie dafür, dass die Bevölkerung ihre Rechte kennt und weiß, wohin sie sich wenden kann, wenn diese verletzt werden.",
      "Werten Sie die Meldungen aus, die bei der Stelle und bei anderen lokalen Opferhilfeeinrichtungen eingehen, und passen Sie die Menschenrechtspolitik der Stadt auf Grundlage der Ergebnisse an.",
      "Erwägen Sie die Zusammenarbeit mit Konfliktlots:innen und Mediator:innen im Gemeinwesen, die den sozialen Zusammenhalt stärken und helfen, Spannungen zwischen Gruppen zu lösen.",
    ],
    practice: [
      "Valencia hat eine Stelle für Nichtdiskriminierung und Hassverbrechen, die zum politischen Rahmen der Stadt für Migration und Interkulturalität (2019–2022) beiträgt. Ein wichtiger Teil ihrer Arbeit sind Schulungen für städtische Mitarbeitende zu Menschenrechten, Diskriminierung und Hass.",
      "Barcelona verknüpft sein Büro für Nichtdiskriminierung mit einer Beobachtungsstelle für Diskriminierung, die die Menschenrechtslage in der Stadt verfolgt und jährlich darüber berichtet.",
      "Utrecht gehört zu den Menschenrechtsstädten mit einer Antidiskriminierungsstelle, bei der die Bevölkerung Diskriminierung melden und Hilfe erhalten kann. Auch Graz, Nürnberg, Salzburg und Wien haben eine solche Stelle.",
    ],
    resources: [
      "ECCAR-Zehn-Punkte-Aktionsplan gegen Rassismus und Diskriminierung",
      "ECCAR Toolkit for Equality",
      "Equinet – Europäisches Netzwerk der Gleichbehandlungsstellen",
    ],
  },
  S6: {
    name: "Jährliche Berichterstattung über die Menschenrechte in der Stadt",
    nameSource: "rendering",
    summary:
      "Die Stadt berichtet jedes Jahr öffentlich über die Menschenrechte in der Stadt: was sich verbessert hat, wo es noch Defizite gibt und was sie als Nächstes plant.",
    why: "Menschenrechte sollten die gesamte Arbeit einer Stadt durchziehen: öffentliche Dienstleistungen, die Gestaltung des öffentlichen Raums, soziale Dienste und Bildung sowie die Teilhabe der Menschen am öffentlichen, sozialen und wirtschaftlichen Leben. Auch weniger offensichtliche Bereiche haben eine menschenrechtliche Seite, etwa öffentlicher Verkehr, Wasser und Abwasser, Energie, Umwelt, Digitalisierung, Kultur, Kunst und Sport. Ein jährlicher Bericht darüber, wie die Stadt bei den Menschenrechten abschneidet, ermöglicht der Verwaltung, Fortschritte zu verfolgen, Lehren zu ziehen und neue Aktivitäten vorzuschlagen. Öffentlich zugänglich gemacht, legt die Stadt damit auch gegenüber ihrer Bevölkerung Rechenschaft ab.",
    how: [
      "Wählen Sie von Beginn an aussagekräftige, messbare Indikatoren, damit der Bericht zeigen kann, was die städtische Politik tatsächlich bewirkt.",
      "Beschränken Sie den Bericht nicht auf Defizite: Zeigen Sie auch, was gut läuft und welche Ansätze wirken.",
      "Präsentieren Sie den Jahresbericht so, dass er eine öffentliche Diskussion über die Menschenrechtsfragen anstößt, die der Bevölkerung am wichtigsten sind.",
    ],
    practice: [
      "Graz veröffentlicht seit 2007 jedes Jahr einen Menschenrechtsbericht. Er wird vom Menschenrechtsbeirat der Stadt verfasst, stützt sich auf Beiträge aus den Abteilungen des Magistrats und aus der Zivilgesellschaft und schließt mit Empfehlungen an Politik und Verwaltung.",
      "York erstellt seit 2016 einen jährlichen Bericht über Menschenrechtsindikatoren. Er verfolgt fünf Rechtsbereiche, die Bevölkerung und lokale Gruppen als vorrangig gewählt haben, mit Indikatoren auf Grundlage lokaler Daten und Beiträgen der Stadtverwaltung und der Zivilgesellschaft.",
      "Seit 2018 veröffentlicht die Beobachtungsstelle für Diskriminierung in Barcelona einen Jahresbericht. Er enthält Zahlen zu Diskriminierung, beschreibt, was dagegen unternommen wurde, und schlägt weitere Schritte vor. Die Inhalte stammen vom Büro für Nichtdiskriminierung, vom Menschenrechtszentrum der Stadt und von mehreren Opferhilfeorganisationen.",
    ],
    resources: [
      "Manual on Human Rights Monitoring, chapter 13: human rights reporting",
      "Menschenrechtsberichte der Stadt Graz",
      "York Human Rights City Network (jährliche Indikatorenberichte)",
    ],
  },
  S7: {
    name: "Zusammenarbeit und Partnerschaften mit nationalen, europäischen und internationalen Menschenrechtsstellen",
    nameSource: "rendering",
    summary:
      "Die Stadt arbeitet mit nationalen, europäischen und internationalen Menschenrechtsstellen, der Zivilgesellschaft, der Wissenschaft und anderen Städten zusammen, teilt ihre Erfahrungen und nutzt deren Unterstützung.",
    why: "Alle staatlichen Ebenen tragen gemeinsam Verantwortung für die Menschenrechte; keine Stadt kann sie allein verwirklichen. Partnerschaften und Zusammenarbeit sind daher entscheidend für einen erfolgreichen Menschenrechtsansatz. Eine Reihe nationaler, europäischer und internationaler Organisationen kann Städte unterstützen, Fachwissen bereitstellen und mit ihnen zusammenarbeiten. Diese Zusammenarbeit ermöglicht es der Stadt auch, ihre lokalen Erfahrungen in die übergeordnete Politik einzubringen und von dem zu lernen, was andere bereits erprobt haben.",
    how: [
      "Suchen Sie die Zusammenarbeit in Menschenrechtsfragen mit Ihrer nationalen Regierung, der nationalen Menschenrechtsinstitution, der Gleichbehandlungsstelle oder Ombudsstelle, zivilgesellschaftlichen Organisationen sowie Hochschulen und Forschungseinrichtungen.",
      "Teilen Sie der EU und internationalen Organisationen wie den Vereinten Nationen, der OSZE und dem Europarat mit, was Ihre Stadt gelernt hat, und teilen Sie Ihre Erfahrungen auch mit den Organen und Einrichtungen der EU.",
      "Schließen Sie sich mit anderen Städten und Regionen zusammen, zum Beispiel über die Städtenetzwerke, denen Ihre Stadt angehört.",
    ],
    practice: [
      "Turin koordiniert RE.A.DY, ein italienisches Netzwerk, in dem Regionen, autonome Provinzen und Kommunen gemeinsam Diskriminierung aufgrund der sexuellen Orientierung und der Geschlechtsidentität vorbeugen und bekämpfen.",
      "Zagreb entwickelte mit Verbänden von Menschen mit Behinderungen, der Universität Zagreb und privaten IT-Unternehmen eine App, die Menschen mit Behinderungen zu barrierefreien Gebäuden, Straßen und öffentlichen Verkehrsmitteln führt.",
      "Aghia Varvara beteiligte sich am FRA-Projekt „Local Engagement for Roma Inclusion“ (LERI) und führte partizipative Aktionsforschung zur Gemeinwesenentwicklung durch, um die Beziehungen zwischen Roma und der übrigen Bevölkerung zu verbessern. Ebenso taten es Mátraverebély (Ungarn) sowie Rakytník und Hrabušice (Slowakei); insgesamt nahmen mehr als zwanzig Gemeinden in elf Mitgliedstaaten teil.",
    ],
    resources: [
      "Ten points to advance a common agenda on local governments and human rights",
      "Projekt „Local Engagement for Roma Inclusion“ (LERI)",
      "Working with Roma: participation and empowerment of local communities",
    ],
  },
};
