/**
 * Tools T1–T9 of lib/reference/framework/catalogue/elements/t1.ts … t9.ts, in German. The names are
 * Charta's renderings in the nominal style of the German FRA guide (whose tool names could not be
 * checked). Guidance in Charta's own words, FRA credited.
 */
import type { ElementKey } from "@/lib/reference/framework/catalogue/types";
import type { ElementText } from "../../../reference-types";

export const toolsDe: Record<Extract<ElementKey, `T${string}`>, ElementText> = {
  T1: {
    name: "Verankerung der Menschenrechte in der Arbeit und den Tätigkeiten der Stadt",
    nameSource: "rendering",
    summary:
      "Die Menschenrechte werden zu einem selbstverständlichen Teil der Art, wie die gesamte Stadtverwaltung plant, entscheidet und arbeitet – statt Aufgabe einer einzelnen Abteilung zu sein.",
    why: "Mainstreaming bedeutet, die Menschenrechte in Steuerung und Leistungen der gesamten Organisation zu verankern, statt sie als eigenen Politikbereich zu behandeln. Es ist ein Kernbestandteil eines menschenrechtsbasierten Ansatzes und gilt für Strategien, Richtlinien und Entscheidungen ebenso wie für die tägliche Arbeit am Schalter oder auf der Straße. Sind Rechte erst in die üblichen Abläufe eingebaut, hängen sie nicht mehr vom guten Willen einiger engagierter Personen ab. Die Methode ist aus einzelnen Themen wie dem Gender-Mainstreaming bereits bekannt, und Städte können auf diesen Erfahrungen aufbauen.",
    how: [
      "Geben Sie dem Mainstreaming eine formelle Grundlage, zum Beispiel durch einen Gemeinderatsbeschluss oder einen Auftrag der Verwaltungsspitze, und sorgen Sie dafür, dass die Führung der Stadt es sichtbar unterstützt.",
      "Besprechen Sie mit jeder Abteilung, wo die Menschenrechte ihre eigene Arbeit berühren, und nehmen Sie das, was bereits gut funktioniert, als Ausgangspunkt für weitere Schritte.",
      "Bauen Sie ein abteilungsübergreifendes Netz von Ansprechpersonen für Menschenrechte auf, damit Informationen, Fragen und gute Beispiele schnell weitergegeben werden.",
    ],
    practice: [
      "Der schwedische Kommunal- und Regionalverband (SKR) unterstützt seine Mitglieder dabei, eine Menschenrechtsperspektive in Steuerung, Führung und Dienstleistungen zu verankern – durch Menschenrechtsbildung und eine Online-Plattform für die Mitgliedsgemeinden und -regionen.",
      "Fuenlabrada verankert bürgernahe Polizeiarbeit und Grundrechte in der täglichen Arbeit seiner Ortspolizei, mit einer spezialisierten Einheit, Maßnahmen für Vielfalt und Inklusion und Maßnahmen gegen Hassverbrechen. Die Stadt baut zudem Wissen über die Rechte von Gruppen wie LGBTIQ-Personen und Migrant:innen auf und wirkt an Instrumenten für eine rechtebasierte bürgernahe Polizeiarbeit mit.",
    ],
    resources: ["Kinderrechte als Querschnittsaufgabe (Europarat)", "Gender mainstreaming in local authorities: best practices"],
  },
  T2: {
    name: "Anwendung eines menschenrechtsbasierten Ansatzes in allen Tätigkeiten der Stadt",
    nameSource: "rendering",
    summary:
      "Der menschenrechtsbasierte Ansatz wird zur Arbeitsweise für alles, was die Stadt tut: Ausgangspunkt sind die Rechte der Menschen und die Pflichten der Stadt, und die Grundprinzipien prägen sowohl das Ergebnis als auch den Weg dorthin.",
    why: "Ein menschenrechtsbasierter Ansatz ist ein Rahmen, der die abstrakte Pflicht, Menschenrechte zu achten und zu schützen, in konkrete Schritte der täglichen Arbeit übersetzt. Er wurzelt in den Rechten und Pflichten der internationalen Standards: Die Bevölkerung hat Rechte, die Stadt trägt Pflichten. Er fragt nicht nur, was eine Maßnahme bewirkt, sondern auch, wie sie zustande kommt: wer beteiligt war, wer übersehen wurde und wer zur Verantwortung gezogen werden kann. Damit wird der Ansatz zu einem praktischen Prüfstein für Entscheidungen, Projekte und Dienstleistungen gleichermaßen.",
    how: [
      "Teilen Sie Ihre Erfahrungen mit dem menschenrechtsbasierten Ansatz mit anderen Städten und lernen Sie umgekehrt von deren Erfahrungen.",
      "Ziehen Sie Fachleute hinzu, die helfen, den Ansatz in der Arbeit der Stadt zu verankern, etwa wenn eine Dienstleistung oder ein Verfahren neu gestaltet wird.",
      "Stützen Sie die Entscheidungen und die Politik der Stadt auf die Grundsätze des menschenrechtsbasierten Ansatzes: Mainstreaming, Gleichheit und Nichtdiskriminierung, Beteiligung, Rechtmäßigkeit, Rechenschaft und Transparenz.",
    ],
    practice: [
      "Die schwedische Region Västra Götaland legte die Grundsätze des menschenrechtsbasierten Ansatzes ihrem Menschenrechts-Aktionsplan und ihren Projekten zugrunde. Ein Beispiel ist ein Projekt in der psychiatrischen Versorgung, an dem sowohl Patientinnen und Patienten als auch das medizinische Personal mitwirkten.",
      "Amsterdam und Helsinki berücksichtigten die Grundsätze des menschenrechtsbasierten Ansatzes bei ihrer Arbeit zu künstlicher Intelligenz. Unter anderem richteten beide Städte öffentliche Register ein, die erklären, wie sie Algorithmen und KI-Systeme einsetzen.",
      "2021 führte Barcelona sein erstes Bürgerbudget durch. Rund 40.000 registrierte Einwohnerinnen und Einwohner ab 14 Jahren beteiligten sich.",
    ],
    resources: [
      "Methodology guide – City of human rights: the Barcelona model",
      "Frequently asked questions on a human rights-based approach to development cooperation",
    ],
  },
  T3: {
    name: "Wissensaufbau durch Schulungen und Menschenrechtsbildung",
    nameSource: "rendering",
    summary:
      "Gewählte Mandatsträger:innen, Mitarbeitende und lokale Fachkräfte erhalten das Wissen und die Fähigkeiten, die sie brauchen, um Menschenrechte in ihrer eigenen Arbeit zu schützen und zu verwirklichen.",
    why: "Politik bewirkt nur dann etwas, wenn die Menschen, die sie umsetzen, verstehen, was die Menschenrechte von ihnen verlangen. Schulungen und Menschenrechtsbildung bauen diese Fähigkeit auf, in der Stadtverwaltung ebenso wie bei anderen lokalen Akteur:innen. Sie können sich an Mitglieder des Gemeinderats, Führungskräfte und Mitarbeitende richten, aber auch an Berufe mit täglichem Kontakt zur Bevölkerung, etwa Polizei, Lehrkräfte, Gesundheitspersonal und Beschäftigte im sozialen Wohnbau. Wer sieht, wie Rechte mit den eigenen Aufgaben zusammenhängen, erkennt Probleme früher und behandelt die Bevölkerung gerechter.",
    how: [
      "Verzichten Sie auf allgemeine Menschenrechtskurse im Vortragsstil ohne Bezug zur Lage vor Ort; die Erfahrung zeigt, dass sie wenig bewirken. Arbeiten Sie stattdessen mit Situationen, die die Teilnehmenden aus ihrer eigenen Stadt kennen.",
      "Nehmen Sie die Menschenrechte in Einführungsprogramme und regelmäßige Schulungen für Mitglieder des Gemeinderats, Führungskräfte und Mitarbeitende auf.",
      "Erklären Sie, wie eine Menschenrechtsperspektive öffentliche Dienstleistungen verbessert, damit die Mitarbeitenden sie als Hilfe in ihrer Arbeit sehen und nicht als zusätzliche Last.",
    ],
    practice: [
      "Bordeaux führte ein Diversitätslabel ein, um gute Praxis bei Personalauswahl, Laufbahnentwicklung, Beschaffung und Kommunikation zu fördern. Die Stadt nahm zudem Anforderungen an Personalschulung und Vielfalt in ihre Vergabeverfahren auf.",
      "Gemeinsam mit lokalen Branchenverbänden richtete Kopenhagen Kurse für Türsteher:innen, Sicherheitspersonal und weitere Beschäftigte von Clubs, Bars und Restaurants ein. Die Schulung hilft ihnen, Diskriminierung am Eingang zu verhindern und mögliche Konflikte nicht eskalieren zu lassen.",
      "Nürnberg bietet Menschenrechtsbildung an Schulen und für junge Menschen an. Die Stadt schult auch andere Gruppen, etwa Beschäftigte in der Arbeit mit Kindern oder älteren Menschen, die Polizei, die Bundeswehr und die öffentliche Verwaltung.",
    ],
    resources: [
      "WE CAN for human rights speech – developing human rights narratives to counter hate speech (training of trainers)",
      "Making rights real – a guide for local and regional authorities",
    ],
  },
  T4: {
    name: "Berücksichtigung der Menschenrechte bei Budgetierung und Beschaffung",
    nameSource: "rendering",
    summary:
      "Budget und öffentliche Auftragsvergabe werden genutzt, um die Menschenrechte voranzubringen: Die Stadt prüft, wie sich Ausgaben auf die Rechte der Menschen auswirken, und verlangt von Auftragnehmern, diese Rechte zu achten.",
    why: "Ein Budget zeigt, was einer Stadt wirklich wichtig ist. Menschenrechtsorientierte Budgetierung bedeutet, in jeder Phase des Budgetzyklus menschenrechtliche Grundsätze anzuwenden, damit die Mittel in die Menschenrechtsprioritäten der Stadt fließen. Ein offenerer Budgetprozess gibt zudem der Bevölkerung mehr Mitsprache und stärkt so Rechenschaft und Transparenz. Bei der Beschaffung sorgen Menschenrechtsklauseln dafür, dass Unternehmen, die im Auftrag der Stadt Leistungen erbringen, dieselben Standards erfüllen, die auch für die Stadt selbst gelten.",
    how: [
      "Ergänzen Sie die Budgetinformationen um verlässliche Daten, damit deutlich wird, in welchen Bereichen öffentliches Handeln am dringendsten nötig ist.",
      "Nehmen Sie in die Vergaberegeln der Stadt Klauseln auf, die Auftragnehmer verpflichten, Menschenrechtsstandards zu achten und einzuhalten.",
      "Ein eigener Budgetprozess ist nicht nötig: Bauen Sie die Menschenrechte in die bestehenden Budgetverfahren ein.",
    ],
    practice: [
      "Wien setzt seit 2006 Gender Budgeting als Teil seiner Gender-Mainstreaming-Politik ein. Die Stadt untersucht, wem die Budgetmittel zugutekommen; das hilft, die Finanzplanung zwischen Frauen und Männern ausgewogen zu halten.",
    ],
    resources: [
      "Realizing human rights through government budgets",
      "What is human rights budget work?",
      "Öffentliche Beschaffung und Menschenrechte, einschließlich des Toolkits „Driving change through public procurement“ für Politik und Praxis",
    ],
  },
  T5: {
    name: "Ausarbeitung und Umsetzung eines lokalen Menschenrechts-Aktionsplans",
    nameSource: "rendering",
    summary:
      "Die Menschenrechtsverpflichtungen der Stadt werden zu einem konkreten, am lokalen Bedarf ausgerichteten Plan mit kurz- und langfristigen Zielen, Maßnahmen und Indikatoren zur Wirkungsmessung.",
    why: "Der Schutz und die Verwirklichung der Menschenrechte erfordern rasches Handeln ebenso wie langen Atem. Ein lokaler Aktionsplan fügt die Maßnahmen, Strategien und Initiativen der Stadt zu einem stimmigen Ganzen zusammen, das sich an den Bedürfnissen und Sorgen der Bevölkerung orientiert. Weil der Plan konkrete Ziele, die Maßnahmen zu ihrer Erreichung und Indikatoren zur Wirkungsverfolgung festlegt, werden Fortschritte sichtbar. Er gibt Abteilungen, Partnern und Bevölkerung außerdem einen gemeinsamen Bezugspunkt dafür, wer was bis wann tut.",
    how: [
      "Beginnen Sie mit einer Bestandsaufnahme der aktuellen Lage, die die heutigen Lücken beim Schutz der Menschenrechte erfasst, damit Sie Fortschritte im Lauf der Zeit daran messen können.",
      "Beziehen Sie lokale Beteiligte innerhalb und außerhalb der Verwaltung ein, auch Mitarbeitende mit direktem Kontakt zur Bevölkerung, um zu erfahren, was am besten wirkt, und um den Plan zu einer gemeinsamen Verantwortung zu machen.",
      "Verknüpfen Sie den lokalen Plan mit einschlägigen nationalen, europäischen und internationalen Politiken und Strategien.",
    ],
    practice: [
      "Madrid beschloss für 2017–2019 einen lokalen strategischen Menschenrechtsplan mit 22 Zielen und Rechten in fünf Themenbereichen. Er entstand in Konsultationen mit der Bevölkerung, der Stadtverwaltung und der Zivilgesellschaft.",
      "Der Aktionsplan von Bordeaux gegen Diskriminierung stützt sich auf Erkenntnisse aus Runden Tischen und Gesprächen mit Einzelpersonen und NGOs. Die Stadt nutzte zudem eine Umfrage ihrer Beobachtungsstelle für Gleichstellung und gegen Diskriminierung.",
      "In Utrecht untersuchte 2011 erstmals eine Studie, wo sich die Arbeit der Gemeinde und die Menschenrechte berühren. Sie erfasste diese Bezüge und diente in der Folge als Referenzrahmen für die weitere Menschenrechtsarbeit der Stadt.",
    ],
    resources: ["Handbook on national human rights plans of action", "National human rights action plans in the EU"],
  },
  T6: {
    name: "Prüfung lokaler Entscheidungen auf ihre Vereinbarkeit mit den Menschenrechten",
    nameSource: "rendering",
    summary:
      "Die Stadt prüft, ob ihre Entscheidungen, Strategien und Tätigkeiten mit den Menschenrechten im Einklang stehen: durch Abschätzung der voraussichtlichen Folgen vorab und Bewertung der tatsächlichen Wirkungen danach.",
    why: "Städte und andere Kommunen sind Pflichtenträger: Alles, was sie beschließen und tun, muss mit den Menschenrechten vereinbar sein. Sie können das auf dreierlei Weise im Blick behalten. Erstens, indem sie sicherstellen, dass ihre Arbeit die Pflichten aus nationalem, europäischem und internationalem Recht erfüllt. Zweitens, indem sie vorab (ex ante) abschätzen, welche positiven und negativen Folgen eine Maßnahme für die Rechte der Menschen haben kann. Drittens, indem sie Verfahren einrichten, um die Wirkungen nachträglich (ex post) zu bewerten und wo nötig gegenzusteuern.",
    how: [
      "Holen Sie fachlichen Rat ein, um die möglichen menschenrechtlichen Folgen einer Entscheidung zu bewerten, bevor sie getroffen wird.",
      "Ziehen Sie unabhängige Fachleute oder technische Sachverständige hinzu: Unabhängige Beratung ist wesentlich, damit die Bewertung glaubwürdig ist.",
      "Machen Sie das Verfahren und seine Ergebnisse transparent, zum Beispiel indem Sie Bewertungen veröffentlichen und zeigen, wie sie berücksichtigt wurden.",
    ],
    practice: [
      "In Graz beobachtet der Menschenrechtsbeirat die Menschenrechtslage in der Stadt und berichtet jährlich darüber. Das umfasst auch Wahlkämpfe: Der Beirat prüft, ob Wahlkampfmaterial, Reden und Interviews aller Parteien die Menschenrechte achten.",
      "In Swansea zieht ein Kontrollverfahren unter der Leitung eigens dafür bestimmter Ratsmitglieder die Mitglieder der Stadtregierung zur Verantwortung. Es gibt der Bevölkerung eine Stimme und hilft, öffentliche Dienstleistungen zu verbessern.",
    ],
    resources: [
      "Empfehlung CM/Rec(2022)2 über die demokratische Rechenschaftspflicht gewählter Vertreterinnen und Vertreter und gewählter Organe auf lokaler und regionaler Ebene",
      "Leitfäden und Broschüren des Kongresses der Gemeinden und Regionen, zum Beispiel zum lokalen Wahlrecht und zur Korruptionsprävention",
    ],
  },
  T7: {
    name: "Partizipatives Monitoring und partizipative Evaluierung der Arbeit der Stadt",
    nameSource: "rendering",
    summary:
      "Die Stadt bewertet regelmäßig, wie sich ihre Politik und ihre Maßnahmen auf die Menschenrechte auswirken – gemeinsam mit den Menschen, denen sie zugutekommen sollen, und mit der Zivilgesellschaft.",
    why: "Kommunen müssen systematisch betrachten, welche Wirkung ihre Politik und ihre Maßnahmen auf die Menschenrechte haben. Monitoring und Evaluierung zeigen, was am besten wirkt, machen Probleme sichtbar, die weiteres Handeln erfordern, und bringen oft neue Ideen hervor. Sie machen öffentliche Dienstleistungen zudem nachvollziehbarer und transparenter. Wenn die Bevölkerung sieht, dass die Stadt ihre eigene Leistung ehrlich misst, wächst das Vertrauen in die Kommunalverwaltung.",
    how: [
      "Ermitteln Sie, welche Form des Monitorings und der Evaluierung am besten zu Ihrer Situation vor Ort passt, statt ein Modell unverändert zu übernehmen.",
      "Nutzen Sie bestehende Indikatorensysteme, etwa das für die SDGs, oder Evaluierungsinstrumente für bestimmte Themen wie Interkulturalität, Gleichstellung und Nichtdiskriminierung, Kinderrechte oder die Inklusion von Roma.",
      "Beziehen Sie die Menschen, für die die Politik gedacht ist, und zivilgesellschaftliche Organisationen in Monitoring und Evaluierung ein.",
    ],
    practice: [
      "Lund stützte seinen Aktionsplan gegen Diskriminierung 2020–2021 auf eine Evaluierung des Plans 2019–2020. Rückmeldungen aus Befragungen von Schülerinnen und Schülern, Lehrkräften und weiterem Personal flossen in den neuen Plan ein.",
      "Bonn nutzte das für deutsche Städte, Kreise und Gemeinden entwickelte Indikatorensystem, um transparent zu verfolgen, wie es bei den Zielen für nachhaltige Entwicklung vorankommt.",
    ],
    resources: [
      "Human rights indicators – a guide to measurement and implementation",
      "Monitoring and evaluating national urban policy: a guide",
      "Intercultural Cities Index (Europarat, Programm Interkulturelle Städte)",
    ],
  },
  T8: {
    name: "Sensibilisierung der Bevölkerung für die Menschenrechte",
    nameSource: "rendering",
    summary:
      "Die Stadt kommuniziert über Menschenrechte so, dass sie die Bevölkerung erreicht und überzeugt – mit breiten Kampagnen ebenso wie mit Initiativen für bestimmte Gruppen.",
    why: "Menschenrechte lassen sich nur wahren, wenn die Öffentlichkeit ihnen vertraut und sie unterstützt. Städte können diesen Rückhalt stärken, indem sie klar zeigen, was Rechte im Alltag bedeuten, und sie aktiv fördern. Allgemeine Sensibilisierungskampagnen erreichen die gesamte Bevölkerung, gezielte Initiativen können sich auf Gruppen wie Lehrkräfte, Polizei oder Pflegekräfte konzentrieren. Gute Kommunikation hilft auch, Gerüchte, Vorurteile und Stereotype zu entkräften, bevor daraus Diskriminierung wird.",
    how: [
      "Erzählen Sie die menschliche Geschichte hinter den Zahlen: Zeigen Sie, wer tatsächlich betroffen ist.",
      "Gewinnen Sie Fürsprecher:innen, die Ihrer Botschaft eine glaubwürdige Stimme geben, etwa Persönlichkeiten aus den Communitys, Influencer:innen in sozialen Medien oder Menschen, um deren Rechte es geht.",
      "Würdigen und belohnen Sie erfolgreiche Initiativen aus der Bevölkerung, zum Beispiel mit Auszeichnungen, Preisen, Menschenrechtslabels oder Sport- und Kulturveranstaltungen.",
    ],
    practice: [
      "Die Anti-Gerüchte-Strategie Barcelonas ist ein Strang des umfassenderen Ansatzes der Stadt für Gleichstellung und gegen Diskriminierung und Hass. Sie will sensibilisieren, entkräftet Gerüchte, Vorurteile und Stereotype, befähigt die Bevölkerung, ihnen entgegenzutreten, und fördert das Gespräch über das Zusammenleben in einer vielfältigen Stadt.",
      "Danzig veranstaltet jedes Jahr eine Demokratiewoche mit Debatten, Workshops, Begegnungen und Aufführungen, die Beteiligung, Demokratie und Menschenrechte feiern. Seit 2021 verleihen die Stadt und der Europäische Ausschuss der Regionen zudem den Paweł-Adamowicz-Preis für Mut und herausragenden Einsatz für Freiheit, Solidarität und Gleichheit.",
      "Für eine Kampagne gegen Kinderarbeit tat sich die Gemeinde Den Haag mit der Werbeagentur Glasnost und Hivos People Unlimited sowie mit Instagram-Influencer:innen zusammen. Diese frischen, glaubwürdigen Stimmen halfen der Kampagne, mehr als 100.000 Follower zu erreichen und die Aufmerksamkeit junger Menschen und großer Medien zu gewinnen.",
    ],
    resources: [
      "10 keys to effectively communicating human rights",
      "Empfehlung CM/Rec(2022)2 über die demokratische Rechenschaftspflicht gewählter Vertreterinnen und Vertreter und gewählter Organe auf lokaler und regionaler Ebene",
      "Leitfäden und Broschüren des Kongresses der Gemeinden und Regionen, zum Beispiel zum lokalen Wahlrecht und zur Korruptionsprävention",
    ],
  },
  T9: {
    name: "Grenzüberschreitende Zusammenarbeit und Beitrag zum Austausch und gegenseitigen Lernen zwischen Städten im Bereich der Menschenrechte",
    nameSource: "rendering",
    summary:
      "Die Stadt arbeitet über Netzwerke, Städtepartnerschaften und Austausch unter Gleichgestellten mit Städten in anderen Ländern zusammen, um Lösungen zu teilen, voneinander zu lernen und die Fähigkeit aufzubauen, Menschenrechte vor Ort umzusetzen.",
    why: "Städte und andere Kommunen sind Versuchsfelder, auf denen neue Wege erprobt werden, Menschenrechte in die Praxis umzusetzen. Austausch unter Fachleuten, Städtepartnerschaften und Städtenetzwerke helfen ihnen, gemeinsame Herausforderungen anzugehen und gemeinsam Lösungen zu finden. Sie fördern das gegenseitige Lernen und bauen die Fähigkeiten auf, die nötig sind, um Menschenrechte zu „lokalisieren“. Grenzüberschreitende Zusammenarbeit verschafft Städten außerdem eine stärkere gemeinsame Stimme gegenüber nationalen Regierungen und der EU.",
    how: [
      "Nutzen Sie Städtenetzwerke zu unterschiedlichen Themen: Sie können die menschenrechtlichen Aspekte ihres Fachgebiets herausarbeiten und in ihre Arbeit aufnehmen.",
      "Prüfen Sie Fördermöglichkeiten aus dem EU-Programm „Bürgerinnen und Bürger, Gleichstellung, Rechte und Werte“ (CERV), das Städte unter anderem beim Kapazitätsaufbau, bei der Förderung von Werten und bei der Stärkung der Bürgerbeteiligung unterstützt.",
      "Erwägen Sie, gemeinsam mit anderen Städten ein Label oder ein Akkreditierungsverfahren für Städte zu entwickeln, die den EU-Rahmen für Menschenrechtsstädte erfüllen.",
    ],
    practice: [
      "Im Pakt der freien Städte haben sich Bratislava, Budapest, Prag und Warschau zusammengeschlossen, um Demokratie, Pluralismus, Offenheit und kulturelle Vielfalt zu fördern. 2021 traten rund 20 Städte bei, darunter Amsterdam, Barcelona, Danzig, Paris, Wien und Zagreb. Der Pakt hilft den Städten, gemeinsame Anliegen gegenüber der EU zu vertreten, Ressourcen zu bündeln und bei Themen wie Nachhaltigkeit, sozialer Inklusion und Digitalisierung zusammenzuarbeiten.",
      "Das Sozialforum von Eurocities hat eine digitale Plattform geschaffen, auf der die Mitgliedsstädte Informationen über Menschenrechte und über die Initiative der Menschenrechtsstädte austauschen.",
    ],
    resources: [
      "Programm „Bürgerinnen und Bürger, Gleichstellung, Rechte und Werte“ (CERV)",
      "Eurocities – Netzwerk europäischer Großstädte",
      "Human Rights Cities Network",
      "UCLG-Ausschuss für soziale Inklusion, partizipative Demokratie und Menschenrechte",
    ],
  },
};
