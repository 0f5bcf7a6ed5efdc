/**
 * Structures S1–S7 of lib/reference/framework/catalogue/elements/s1.ts … s7.ts, in French. The names are
 * Charta's renderings (the FRA guide's French wording could not be checked). Guidance in
 * Charta's own words, FRA credited.
 */
import type { ElementKey } from "@/lib/reference/framework/catalogue/types";
import type { ElementText } from "../../../reference-types";

export const structuresFr: Record<Extract<ElementKey, `S${string}`>, ElementText> = {
  S1: {
    name: "Adopter une déclaration affirmant les engagements de la ville en matière de droits humains",
    nameSource: "rendering",
    summary:
      "Le conseil municipal, ou une autre instance au plus haut niveau politique, adopte formellement une déclaration qui énonce les engagements de la ville en matière de droits humains.",
    why: "Une déclaration, une décision ou une délibération adoptée au plus haut niveau politique, en général par le conseil municipal, transforme les bonnes intentions en engagement formel. La ville peut y citer les principaux instruments relatifs aux droits humains qu'elle entend suivre, ainsi que les mécanismes et les outils qu'elle utilisera pour les mettre en pratique. Elle peut aussi y inscrire des engagements en faveur de l'État de droit, de la démocratie et de la bonne gouvernance. Adoptée publiquement par les élues et les élus, la déclaration devient une référence que l'administration, les partenaires et la population peuvent tous invoquer. L'engagement a ainsi plus de chances de survivre aux changements de majorité.",
    how: [
      "Invitez les ONG, les organisations de la société civile et les communautés locales à participer à la rédaction de la déclaration.",
      "Associez dès le départ les groupes politiques et les membres du conseil municipal, afin que la déclaration bénéficie d'un large soutien au sein du conseil.",
      "Faites connaître la déclaration à l'intérieur comme à l'extérieur de l'hôtel de ville. La ville et les acteurs locaux pourront alors l'invoquer et s'en servir pour bâtir ensemble une culture des droits.",
    ],
    practice: [
      "Graz a adopté une déclaration sur les droits humains en 2001, devenant ainsi la première ville européenne des droits humains. Barcelone, Nuremberg et Vienne ont elles aussi adopté des déclarations par lesquelles elles s'engagent à respecter les droits humains.",
      "Le conseil municipal de Bilbao a adopté une « Charte des valeurs » qui énumère 17 valeurs individuelles et collectives, parmi lesquelles les droits humains, la solidarité, la confiance, la durabilité environnementale et la participation. Ces valeurs ont été définies avec la population et les associations et ont vocation à imprégner la vie quotidienne de la ville.",
    ],
    resources: [
      "City of human rights: the Barcelona model (methodology guide)",
      "Vienne, ville des droits humains : la démarche et la déclaration",
      "Charte européenne de sauvegarde des droits de l'homme dans la ville",
    ],
  },
  S2: {
    name: "Désigner une personne élue chargée des droits humains",
    nameSource: "rendering",
    summary:
      "Un membre élu du conseil municipal ou d'un autre organe dirigeant, ou une commission du conseil, se voit confier explicitement la responsabilité des droits humains.",
    why: "Les droits humains touchent de nombreux domaines de l'action municipale et concernent différents services, directions et prestataires extérieurs. Faute de responsabilité clairement attribuée, ce travail risque de se développer en vase clos et de rester morcelé. Un membre élu, ou une commission, au sein du conseil municipal ou d'un autre organe dirigeant peut piloter et coordonner des activités qui resteraient sinon isolées. Cette personne ou cette commission peut aussi s'exprimer publiquement sur les actions et les préoccupations de la ville en matière de droits humains, suivre les progrès et rendre compte au conseil municipal de la situation des droits humains dans la ville.",
    how: [
      "Inscrivez explicitement les droits humains dans la délégation d'un membre élu du conseil municipal, afin qu'il soit clair qui en est responsable.",
      "Fournissez aux membres du conseil municipal et à l'encadrement supérieur des informations adaptées sur les droits humains et sur ce qu'ils signifient dans la vie quotidienne de la population.",
      "Dans la communication sur les droits humains, utilisez des exemples gagnant-gagnant qui montrent que toute la collectivité y gagne lorsque les droits sont respectés.",
    ],
    practice: [
      "Parmi les adjointes et adjoints à la Maire de Paris, une délégation couvre les droits humains, l'intégration et la lutte contre les discriminations.",
      "Le conseil municipal de Turin dispose d'une commission « droits et égalité des chances ». Elle examine des propositions et suit l'action de la ville en faveur de l'égalité entre les femmes et les hommes et de la protection de la dignité et de la liberté des personnes.",
    ],
    resources: [
      "Human rights cities in the European Union – practical guidance for local authorities",
      "Human rights cities in the EU: a framework for reinforcing rights locally",
      "Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe",
    ],
  },
  S3: {
    name: "Créer un bureau ou un service des droits humains",
    nameSource: "rendering",
    summary:
      "La ville dispose, au sein de son administration, d'un bureau ou d'un service dédié aux droits humains, qui soutient, coordonne et promeut son action dans ce domaine.",
    why: "Un bureau ou un service dédié est l'un des moyens les plus efficaces de donner à l'action de la ville en matière de droits humains une place durable dans l'administration. Il peut aider à planifier et à programmer les activités relatives aux droits humains dans l'ensemble de l'organisation. Il peut faire le lien entre les responsables politiques, l'administration, la société civile et les communautés, y compris les groupes en situation de vulnérabilité. Il peut aussi sensibiliser aux droits humains, aussi bien le personnel que l'ensemble de la ville.",
    how: [
      "Organisez des échanges ouverts entre le personnel municipal et les personnes directement confrontées à des atteintes aux droits humains, comme les enfants et les jeunes, les personnes âgées, les personnes en situation de handicap, les minorités ethniques, les personnes sans domicile et les personnes LGBTIQ.",
      "Inscrivez dans le mandat du bureau qu'il soutient une approche transversale des droits humains dans l'ensemble des services de la ville.",
      "Aidez les personnes à comprendre leurs droits, les valeurs universelles et l'État de droit, y compris aux professionnelles et aux professionnels : personnel enseignant et soignant, bailleurs sociaux, personnel des services sociaux.",
    ],
    practice: [
      "Vienne a ouvert un bureau des droits humains en 2015, après l'adoption de la déclaration de la ville par le conseil municipal. Comme les bureaux de Nuremberg et de Turin, il coordonne les initiatives de la ville en matière de droits humains, conseille la ville et ses responsables et fait connaître leurs droits aux habitantes et aux habitants.",
      "La région suédoise de Västra Götaland dispose de son propre service des droits humains. Il aide l'autorité régionale à coordonner les initiatives et les plans d'action en matière de droits humains, et apporte conseils et orientations sur les activités dans ce domaine.",
      "Dans son document de programmation 2021-2023, Bologne a défini une politique globale d'égalité et de non-discrimination. Un bureau dédié, composé de trois unités, la met en œuvre : l'une pour les droits des personnes LGBTIQ, la diversité et les politiques de genre, l'une pour les droits humains, les personnes nouvellement arrivées et la coopération internationale, et l'une pour les services interculturels.",
    ],
    resources: ["Transparency and open government (Public Ethics series)", "Child participation in local governance: a UNICEF guidance note"],
  },
  S4: {
    name: "Créer un conseil consultatif participatif des droits humains",
    nameSource: "rendering",
    summary:
      "La ville crée un conseil consultatif des droits humains au sein duquel la population, la société civile, les responsables politiques et l'administration se réunissent et conseillent la ville.",
    why: "Les droits humains touchent à de nombreuses questions complexes auxquelles différents acteurs locaux sont confrontés chaque jour. La participation est un élément essentiel d'une approche fondée sur les droits humains : les personnes concernées doivent donc y prendre une part active, et non être simplement informées. Un conseil consultatif qui réunit des habitantes et des habitants, des responsables politiques, l'administration locale et la société civile leur offre pour cela un cadre régulier et structuré. Il contribue aussi à rallier des soutiens aux politiques et aux actions locales respectueuses des droits humains.",
    how: [
      "Organisez une concertation régulière et structurée avec un large éventail d'acteurs : société civile, entreprises et syndicats, clubs sportifs et associations culturelles, jeunes, quartiers, communautés religieuses et population.",
      "Facilitez la participation, par exemple en organisant les réunions en dehors des heures de bureau et dans des lieux accessibles aux personnes en situation de handicap.",
      "Informez régulièrement les participantes et les participants de la suite donnée par l'administration à leurs idées et à leurs propositions.",
    ],
    practice: [
      "Créé en 2007, le conseil consultatif des droits humains de Graz réunit des acteurs locaux et des représentantes et représentants de la ville pour suivre la situation des droits humains. Chaque année, il rend compte au conseil municipal des problèmes constatés, des bonnes pratiques et de ses recommandations.",
      "Malmö dispose d'un conseil pour la minorité nationale rom, composé d'élues et d'élus municipaux et de membres d'organisations roms. Il renforce la participation des Roms, contribue à la lutte contre les discriminations et promeut la culture rom et la langue romani.",
      "Bologne travaille avec les associations LGBTIQ locales sur la base d'un pacte de collaboration formel. Salzbourg dispose d'une instance permanente comparable, sa « table ronde sur les droits humains ».",
    ],
    resources: [
      "OGP Participation and Co-Creation Standards",
      "Innovative citizen participation and new democratic institutions: catching the deliberative wave",
    ],
  },
  S5: {
    name: "Créer un bureau de lutte contre les discriminations ou désigner une médiatrice ou un médiateur local",
    nameSource: "rendering",
    summary:
      "La ville offre à la population un recours lorsque ses droits sont bafoués : un bureau de lutte contre les discriminations, une médiatrice ou un médiateur local, ou une autre voie de recours accessible.",
    why: "Les autorités publiques ne doivent pas seulement respecter et mettre en œuvre les droits humains ; elles doivent aussi veiller à ce que chaque personne puisse obtenir soutien, conseil et réparation lorsque ses droits sont bafoués. Les droits n'ont de sens en pratique que s'il existe un lieu où s'adresser quand quelque chose ne va pas. Une ville peut y pourvoir en créant un bureau de lutte contre les discriminations chargé de traiter les atteintes aux droits, en désignant une médiatrice ou un médiateur local, ou en ouvrant à la population d'autres voies de recours. Les signalements et les plaintes reçus par un tel service montrent aussi à la ville où ses politiques sont insuffisantes.",
    how: [
      "Veillez à ce que la population connaisse ses droits et sache à qui s'adresser lorsqu'ils ne sont pas respectés.",
      "Analysez les signalements reçus par le bureau et par les autres services locaux d'aide aux victimes, et servez-vous des résultats pour ajuster la politique de la ville en matière de droits humains.",
      "Envisagez de travailler avec des médiatrices et médiateurs de proximité qui renforcent l'inclusion sociale et aident à apaiser les tensions entre groupes.",
    ],
    practice: [
      "Valence dispose d'un bureau de la non-discrimination et des crimes de haine qui contribue au cadre d'action de la ville en matière d'immigration et d'interculturalité (2019-2022). Une part importante de son travail consiste à former le personnel municipal aux droits humains, aux discriminations et à la haine.",
      "Barcelone rattache son bureau de la non-discrimination à un observatoire des discriminations, qui suit la situation des droits humains dans la ville et en rend compte chaque année.",
      "Utrecht fait partie des villes des droits humains dotées d'un bureau de lutte contre les discriminations, auprès duquel la population peut signaler une discrimination et obtenir de l'aide. Graz, Nuremberg, Salzbourg et Vienne en ont également un.",
    ],
    resources: [
      "Plan d'action en dix points de l'ECCAR contre le racisme et les discriminations",
      "ECCAR Toolkit for Equality",
      "Equinet – Réseau européen des organismes de promotion de l'égalité",
    ],
  },
  S6: {
    name: "Rendre compte chaque année de la situation des droits humains dans la ville",
    nameSource: "rendering",
    summary:
      "Chaque année, la ville rend compte publiquement de la situation des droits humains dans la ville : ce qui s'est amélioré, ce qui reste insuffisant et ce qu'elle prévoit de faire ensuite.",
    why: "Les droits humains devraient irriguer toute l'action d'une ville : les services publics, la gestion de l'espace public, l'action sociale et l'éducation, ainsi que la participation des personnes à la vie publique, sociale et économique. Des domaines moins évidents ont eux aussi une dimension de droits humains, comme les transports publics, l'eau et l'assainissement, l'énergie, l'environnement, le numérique, la culture, les arts et le sport. Un rapport annuel sur la manière dont la ville respecte les droits humains permet à l'administration de suivre les progrès, de tirer des enseignements et de proposer de nouvelles actions. Publié, il permet aussi à la ville de rendre des comptes à sa population.",
    how: [
      "Choisissez dès le départ des indicateurs solides et mesurables, afin que le rapport puisse montrer ce que la politique municipale produit réellement.",
      "Ne limitez pas le rapport aux insuffisances : montrez aussi ce qui fonctionne bien et quelles approches portent leurs fruits.",
      "Présentez le rapport annuel de manière à susciter un débat public sur les questions de droits humains qui comptent le plus pour la population.",
    ],
    practice: [
      "Graz publie chaque année depuis 2007 un rapport sur les droits humains. Rédigé par le conseil consultatif des droits humains de la ville, il s'appuie sur les contributions des services municipaux et de la société civile et se conclut par des recommandations à l'intention des responsables politiques et de l'administration.",
      "York publie depuis 2016 un rapport annuel sur les indicateurs des droits humains. Il suit cinq domaines de droits que la population et les associations locales ont retenus comme prioritaires, au moyen d'indicateurs fondés sur des données locales et sur les contributions de la collectivité et de la société civile.",
      "Depuis 2018, l'observatoire des discriminations de Barcelone publie un rapport annuel. Celui-ci présente des chiffres sur les discriminations, décrit ce qui a été fait pour les combattre et propose de nouvelles mesures. Son contenu provient du bureau de la non-discrimination, du centre des droits humains de la ville et de plusieurs organisations d'aide aux victimes.",
    ],
    resources: [
      "Manual on Human Rights Monitoring, chapter 13: human rights reporting",
      "Rapports sur les droits humains de la ville de Graz (en allemand)",
      "York Human Rights City Network (rapports annuels sur les indicateurs)",
    ],
  },
  S7: {
    name: "Coopérer et nouer des partenariats avec les instances nationales, européennes et internationales de défense des droits humains",
    nameSource: "rendering",
    summary:
      "La ville travaille avec les instances nationales, européennes et internationales de défense des droits humains, la société civile, le monde universitaire et d'autres villes, partage ses enseignements et s'appuie sur leur soutien.",
    why: "Tous les niveaux de gouvernement partagent la responsabilité des droits humains ; aucune ville ne peut les garantir seule. Les partenariats et la coopération sont donc essentiels à la réussite d'une approche fondée sur les droits humains. De nombreuses organisations nationales, européennes et internationales peuvent soutenir les villes, leur apporter leur expertise et travailler à leurs côtés. Travailler avec elles permet aussi à une ville de faire valoir son expérience locale dans les politiques plus larges et de tirer parti de ce que d'autres ont déjà expérimenté.",
    how: [
      "Recherchez une coopération en matière de droits humains avec votre gouvernement national, l'institution nationale des droits de l'homme, l'organisme de promotion de l'égalité ou l'institution de médiation, les organisations de la société civile et les universités ou instituts de recherche.",
      "Faites connaître ce que votre ville a appris à l'UE et aux organisations internationales comme les Nations unies, l'OSCE et le Conseil de l'Europe, et partagez aussi votre expérience avec les institutions et organes de l'UE.",
      "Associez-vous à d'autres villes et régions, par exemple par l'intermédiaire des réseaux de villes dont votre ville est membre.",
    ],
    practice: [
      "Turin coordonne RE.A.DY, un réseau italien au sein duquel des régions, des provinces autonomes et des collectivités locales travaillent ensemble à prévenir et à combattre les discriminations fondées sur l'orientation sexuelle et l'identité de genre.",
      "Zagreb a travaillé avec des associations de personnes handicapées, l'université de Zagreb et des entreprises informatiques privées pour créer une application mobile qui guide les personnes en situation de handicap vers les bâtiments, les rues et les transports publics accessibles.",
      "Aghia Varvara a participé au projet de la FRA « Local Engagement for Roma Inclusion » (LERI), en menant une recherche-action participative sur le développement communautaire afin d'améliorer les relations entre les Roms et le reste de la population. Mátraverebély (Hongrie) ainsi que Rakytník et Hrabušice (Slovaquie) ont fait de même ; au total, plus de vingt municipalités de onze États membres y ont pris part.",
    ],
    resources: [
      "Ten points to advance a common agenda on local governments and human rights",
      "Projet « Local Engagement for Roma Inclusion » (LERI)",
      "Working with Roma: participation and empowerment of local communities",
    ],
  },
};
