/**
 * Tools T1–T9 of lib/reference/framework/catalogue/elements/t1.ts … t9.ts, in French. The names are
 * Charta's renderings (the FRA guide's French wording could not be checked). Guidance in
 * Charta's own words, FRA credited.
 */
import type { ElementKey } from "@/lib/reference/framework/catalogue/types";
import type { ElementText } from "../../../reference-types";

export const toolsFr: Record<Extract<ElementKey, `T${string}`>, ElementText> = {
  T1: {
    name: "Intégrer les droits humains dans le travail et les activités de la ville",
    nameSource: "rendering",
    summary:
      "Faire des droits humains une composante ordinaire de la manière dont toute l'administration municipale planifie, décide et travaille, plutôt que la tâche d'un seul service.",
    why: "L'intégration transversale (mainstreaming) consiste à inscrire les droits humains dans la gouvernance et les services de toute l'organisation, au lieu de les traiter comme un domaine d'action à part. Elle est au cœur d'une approche fondée sur les droits humains et s'applique aux stratégies, aux politiques et aux décisions autant qu'au travail quotidien au guichet ou sur le terrain. Une fois les droits intégrés aux procédures ordinaires, ils ne dépendent plus de la bonne volonté de quelques personnes engagées. La méthode est déjà connue pour des thèmes précis comme l'intégration de l'égalité entre les femmes et les hommes, et les villes peuvent s'appuyer sur cette expérience.",
    how: [
      "Donnez une base formelle à l'intégration transversale, par exemple par une délibération du conseil municipal ou un mandat de la direction générale, et veillez à ce que la direction de la ville la soutienne de manière visible.",
      "Examinez avec chaque service les points où les droits humains touchent son propre travail, et partez de ce qui fonctionne déjà bien pour aller plus loin.",
      "Constituez un réseau de personnes référentes en matière de droits humains dans les différents services, afin que les informations, les questions et les bons exemples circulent rapidement.",
    ],
    practice: [
      "L'Association suédoise des collectivités locales et des régions (SKR) aide ses membres à intégrer une perspective de droits humains dans la gouvernance, le management et les services, grâce à l'éducation aux droits humains et à une plateforme en ligne destinée aux communes et régions membres.",
      "Fuenlabrada intègre la police de proximité et les droits fondamentaux dans le travail quotidien de sa police locale, avec une unité spécialisée, des politiques de diversité et d'inclusion et des mesures contre les crimes de haine. La ville développe aussi des connaissances sur les droits de groupes comme les personnes LGBTIQ et les personnes migrantes, et contribue à des outils pour une police de proximité fondée sur les droits.",
    ],
    resources: ["Intégration transversale des droits de l'enfant (Conseil de l'Europe)", "Gender mainstreaming in local authorities: best practices"],
  },
  T2: {
    name: "Appliquer une approche fondée sur les droits humains à toutes les activités de la ville",
    nameSource: "rendering",
    summary:
      "Faire de l'approche fondée sur les droits humains la méthode de travail de tout ce que fait la ville : partir des droits des personnes et des obligations de la ville, et laisser les principes fondamentaux guider à la fois le résultat et la démarche.",
    why: "L'approche fondée sur les droits humains est un cadre qui traduit l'obligation abstraite de respecter et de protéger les droits humains en étapes concrètes du travail quotidien. Elle repose sur les droits et obligations énoncés dans les normes internationales : la population est titulaire de droits et la ville est débitrice d'obligations. Elle s'intéresse non seulement à ce qu'une politique produit, mais aussi à la manière dont elle voit le jour : qui y a participé, qui a été oublié et qui peut être tenu responsable. L'approche devient ainsi un test pratique pour les décisions, les projets et les services.",
    how: [
      "Partagez avec d'autres villes ce que vous apprenez en appliquant l'approche fondée sur les droits humains, et tirez en retour parti de leur expérience.",
      "Faites appel à des spécialistes pour ancrer l'approche dans le travail de la ville, par exemple lors de la refonte d'un service ou d'une procédure.",
      "Fondez les décisions et les politiques de la ville sur les principes de l'approche : intégration transversale, égalité et non-discrimination, participation, légalité, responsabilité et transparence.",
    ],
    practice: [
      "La région suédoise de Västra Götaland a fondé son plan d'action en matière de droits humains et ses projets sur les principes de l'approche fondée sur les droits humains. Un projet de soins psychiatriques auquel ont participé à la fois des patientes et patients et le personnel médical en est un exemple.",
      "Amsterdam et Helsinki ont tenu compte des principes de l'approche fondée sur les droits humains dans leurs travaux sur l'intelligence artificielle. Les deux villes ont notamment créé des registres publics qui expliquent comment elles utilisent des algorithmes et des systèmes d'IA.",
      "En 2021, Barcelone a organisé son premier budget participatif. Quelque 40 000 habitantes et habitants inscrits, âgés de 14 ans et plus, y ont pris part.",
    ],
    resources: [
      "Methodology guide – City of human rights: the Barcelona model",
      "Frequently asked questions on a human rights-based approach to development cooperation",
    ],
  },
  T3: {
    name: "Développer les connaissances par la formation et l'éducation aux droits humains",
    nameSource: "rendering",
    summary:
      "Donner aux élues et élus, au personnel et aux professionnelles et professionnels locaux les connaissances et les compétences nécessaires pour protéger et mettre en œuvre les droits humains dans leur propre travail.",
    why: "Les politiques ne changent les choses que si les personnes qui les mettent en œuvre comprennent ce que les droits humains exigent d'elles. La formation et l'éducation aux droits humains développent cette capacité, au sein de l'administration municipale comme chez les autres acteurs locaux. Elles peuvent s'adresser aux élues et élus, à l'encadrement et au personnel, mais aussi aux professions en contact quotidien avec la population, comme la police, le personnel enseignant, le personnel de santé et les bailleurs sociaux. Les personnes qui voient le lien entre les droits et leurs propres missions repèrent plus tôt les problèmes et traitent la population plus équitablement.",
    how: [
      "Évitez les formations générales sur les droits humains, sous forme de cours magistraux sans lien avec le contexte local ; l'expérience montre qu'elles produisent peu d'effets. Travaillez plutôt à partir de situations que les participantes et participants connaissent dans leur propre ville.",
      "Intégrez les droits humains aux programmes d'accueil et aux formations régulières destinées aux élues et élus, à l'encadrement et au personnel.",
      "Expliquez en quoi une perspective de droits humains améliore les services publics, afin que le personnel y voie une aide dans son travail plutôt qu'une charge supplémentaire.",
    ],
    practice: [
      "Bordeaux a créé un label diversité pour encourager les bonnes pratiques en matière de recrutement, de déroulement de carrière, d'achats et de communication. La ville a aussi introduit dans ses procédures d'appel d'offres des exigences relatives à la formation du personnel et à la diversité.",
      "Avec des organisations professionnelles locales, Copenhague a mis en place des formations pour le personnel d'accueil et de sécurité et les autres membres du personnel des discothèques, bars et restaurants. Ces formations les aident à prévenir les discriminations à l'entrée et à éviter l'escalade des conflits.",
      "Nuremberg propose une éducation aux droits humains dans les écoles et pour les jeunes. La ville forme aussi d'autres publics, comme les personnes travaillant auprès d'enfants ou de personnes âgées, la police, les forces armées et l'administration publique.",
    ],
    resources: [
      "WE CAN for human rights speech – developing human rights narratives to counter hate speech (training of trainers)",
      "Faire des droits une réalité : un guide pour les autorités locales et régionales",
    ],
  },
  T4: {
    name: "Prendre en compte les droits humains dans le budget et les marchés publics",
    nameSource: "rendering",
    summary:
      "Utiliser le budget et la commande publique pour faire progresser les droits humains : vérifier l'effet des dépenses sur les droits des personnes et exiger des fournisseurs qu'ils respectent ces droits.",
    why: "Un budget montre ce qui compte réellement pour une ville. La budgétisation fondée sur les droits humains consiste à appliquer les principes des droits humains à chaque étape du cycle budgétaire, afin que les moyens aillent aux priorités de la ville en matière de droits humains. Un processus budgétaire plus ouvert donne aussi davantage voix au chapitre à la population, ce qui renforce la responsabilité et la transparence. Dans les marchés publics, des clauses relatives aux droits humains garantissent que les entreprises qui fournissent des services pour le compte de la ville respectent les mêmes normes que celles qui s'imposent à la ville elle-même.",
    how: [
      "Complétez les informations budgétaires par des données fiables, afin de faire apparaître les domaines où l'action publique est la plus nécessaire.",
      "Inscrivez dans les règles de la ville relatives aux marchés publics des clauses qui obligent les fournisseurs à respecter les normes relatives aux droits humains.",
      "Nul besoin d'un processus budgétaire distinct : intégrez les droits humains aux procédures budgétaires existantes.",
    ],
    practice: [
      "Depuis 2006, Vienne pratique la budgétisation sensible au genre dans le cadre de sa politique d'intégration de l'égalité entre les femmes et les hommes. La ville examine qui bénéficie des crédits budgétaires, ce qui l'aide à maintenir une planification financière équilibrée entre les femmes et les hommes.",
    ],
    resources: [
      "Realizing human rights through government budgets",
      "What is human rights budget work?",
      "Marchés publics et droits humains, y compris la boîte à outils « Driving change through public procurement » à l'intention des décideurs publics et des praticiens",
    ],
  },
  T5: {
    name: "Élaborer et mettre en œuvre un plan d'action local en matière de droits humains",
    nameSource: "rendering",
    summary:
      "Traduire les engagements de la ville en matière de droits humains en un plan concret fondé sur les besoins locaux, assorti d'objectifs à court et à long terme, d'activités et d'indicateurs pour en mesurer l'impact.",
    why: "Protéger et mettre en œuvre les droits humains demande à la fois des actions rapides et un effort dans la durée. Un plan d'action local rassemble les mesures, les politiques et les initiatives de la ville en un ensemble cohérent, construit autour des besoins et des préoccupations de la population. Parce que le plan fixe des objectifs précis, les activités destinées à les atteindre et des indicateurs pour en suivre l'effet, les progrès deviennent visibles. Il donne aussi aux services, aux partenaires et à la population une référence commune sur qui fait quoi, et quand.",
    how: [
      "Commencez par un état des lieux de la situation actuelle qui recense les lacunes d'aujourd'hui en matière de droits humains, afin de pouvoir mesurer les progrès par rapport à cette base au fil du temps.",
      "Associez les parties prenantes locales, au sein de l'administration et en dehors, y compris le personnel en contact direct avec la population, pour savoir ce qui fonctionne le mieux et faire du plan une responsabilité partagée.",
      "Reliez le plan local aux politiques et stratégies nationales, européennes et internationales pertinentes.",
    ],
    practice: [
      "Madrid a adopté pour 2017-2019 un plan stratégique local en matière de droits humains couvrant 22 objectifs et droits répartis en cinq domaines thématiques. Il a été élaboré en concertation avec la population, l'administration municipale et la société civile.",
      "Le plan d'action de Bordeaux contre les discriminations s'appuie sur les enseignements de tables rondes et d'échanges avec des personnes et des ONG. La ville a également utilisé une enquête menée par son observatoire de l'égalité et de la lutte contre les discriminations.",
      "À Utrecht, une étude de 2011 a été la première à examiner les points de rencontre entre le travail de la municipalité et les droits humains. Elle a recensé ces liens et a ensuite servi de cadre de référence pour la suite du travail de la ville en matière de droits humains.",
    ],
    resources: ["Handbook on national human rights plans of action", "National human rights action plans in the EU"],
  },
  T6: {
    name: "Vérifier la compatibilité des décisions locales avec les droits humains",
    nameSource: "rendering",
    summary:
      "Vérifier que les décisions, les politiques et les activités de la ville sont conformes aux droits humains, en évaluant les effets probables en amont et les effets réels en aval.",
    why: "Les villes et les autres collectivités locales sont débitrices d'obligations : tout ce qu'elles décident et font doit être compatible avec les droits humains. Elles peuvent y veiller de trois manières. D'abord, en s'assurant que leur travail respecte les obligations prévues par le droit national, européen et international. Ensuite, en évaluant à l'avance (ex ante) les effets positifs et négatifs qu'une mesure peut avoir sur les droits des personnes. Enfin, en mettant en place des mécanismes pour évaluer les effets après coup (ex post) et corriger le tir si nécessaire.",
    how: [
      "Sollicitez un avis spécialisé pour évaluer l'impact possible d'une décision sur les droits humains avant qu'elle ne soit prise.",
      "Faites appel à des spécialistes indépendants ou à une expertise technique : un avis indépendant est indispensable à la crédibilité de l'évaluation.",
      "Rendez la démarche et ses résultats transparents, par exemple en publiant les évaluations et en montrant comment elles ont été prises en compte.",
    ],
    practice: [
      "À Graz, le conseil consultatif des droits humains suit la situation des droits humains dans la ville et en rend compte chaque année. Cela vaut aussi pour les campagnes électorales : le conseil vérifie que le matériel de campagne, les discours et les entretiens de tous les partis respectent les droits humains.",
      "À Swansea, une procédure de contrôle menée par des membres du conseil spécialement désignés demande des comptes aux membres de l'exécutif municipal. Elle donne la parole à la population et contribue à améliorer les services publics.",
    ],
    resources: [
      "Recommandation CM/Rec(2022)2 sur la responsabilité démocratique des élus et des organes élus aux niveaux local et régional",
      "Guides et brochures du Congrès des pouvoirs locaux et régionaux, par exemple sur le droit de vote au niveau local et la prévention de la corruption",
    ],
  },
  T7: {
    name: "Suivre et évaluer l'action de la ville de manière participative",
    nameSource: "rendering",
    summary:
      "Évaluer régulièrement l'effet des politiques et des actions de la ville sur les droits humains, avec les personnes auxquelles elles sont destinées et avec la société civile.",
    why: "Les collectivités locales doivent examiner de manière systématique l'effet de leurs politiques et de leurs actions sur les droits humains. Le suivi et l'évaluation montrent ce qui fonctionne le mieux, mettent en lumière les problèmes qui appellent de nouvelles mesures et font souvent naître de nouvelles idées. Ils rendent aussi les services publics plus responsables et plus transparents. Lorsque la population voit que la ville mesure honnêtement sa propre action, sa confiance dans l'administration locale grandit.",
    how: [
      "Déterminez quelle méthode de suivi et d'évaluation des politiques convient le mieux à votre contexte local, plutôt que de reprendre un modèle tel quel.",
      "Utilisez des cadres d'indicateurs existants, comme celui des ODD, ou des outils d'évaluation propres à certains thèmes tels que l'interculturalité, l'égalité et la non-discrimination, les droits de l'enfant ou l'inclusion des Roms.",
      "Associez au suivi et à l'évaluation les personnes auxquelles la politique est destinée, ainsi que les organisations de la société civile.",
    ],
    practice: [
      "Lund a fondé son plan d'action 2020-2021 contre les discriminations sur une évaluation du plan 2019-2020. Les réponses à une enquête menée auprès des élèves, du personnel enseignant et des autres personnels ont servi à rédiger le nouveau plan.",
      "Bonn a utilisé le système d'indicateurs élaboré pour les villes, arrondissements et communes d'Allemagne afin de suivre de manière transparente ses progrès vers les objectifs de développement durable.",
    ],
    resources: [
      "Human rights indicators – a guide to measurement and implementation",
      "Monitoring and evaluating national urban policy: a guide",
      "Intercultural Cities Index (Conseil de l'Europe, programme des Cités interculturelles)",
    ],
  },
  T8: {
    name: "Sensibiliser la population aux droits humains",
    nameSource: "rendering",
    summary:
      "Communiquer sur les droits humains de manière à toucher et à convaincre la population, par de larges campagnes comme par des initiatives destinées à des publics précis.",
    why: "Les droits humains ne peuvent être garantis que si le public leur fait confiance et les soutient. Les villes peuvent renforcer ce soutien en montrant clairement ce que les droits signifient au quotidien et en les promouvant activement. Les campagnes de sensibilisation générales touchent l'ensemble de la population, tandis que des initiatives ciblées peuvent s'adresser à des publics comme le personnel enseignant, la police ou le personnel soignant. Une bonne communication aide aussi à désamorcer les rumeurs, les préjugés et les stéréotypes avant qu'ils ne se transforment en discriminations.",
    how: [
      "Racontez l'histoire humaine derrière les chiffres : montrez qui est réellement concerné.",
      "Trouvez des personnes relais qui donnent à votre message une voix authentique, comme des figures de quartier, des influenceuses et influenceurs sur les réseaux sociaux ou des personnes dont les droits sont en jeu.",
      "Reconnaissez et récompensez les initiatives de terrain réussies, par exemple par des distinctions, des prix, des labels droits humains ou des événements sportifs et culturels.",
    ],
    practice: [
      "La stratégie anti-rumeurs de Barcelone est l'un des volets de l'approche plus large de la ville en faveur de l'égalité et contre les discriminations et la haine. Elle vise à sensibiliser, déconstruit les rumeurs, les préjugés et les stéréotypes, donne à la population les moyens d'y répondre et encourage le dialogue sur le vivre-ensemble dans une ville diverse.",
      "Chaque année, Gdańsk organise une Semaine de la démocratie faite de débats, d'ateliers, de rencontres et de spectacles qui célèbrent la participation, la démocratie et les droits humains. Depuis 2021, la ville et le Comité européen des régions décernent aussi le prix Maire Paweł Adamowicz, qui récompense le courage et l'engagement remarquable en faveur de la liberté, de la solidarité et de l'égalité.",
      "Pour une campagne contre le travail des enfants, la municipalité de La Haye, l'agence de publicité Glasnost et Hivos People Unlimited se sont associées à des influenceuses et influenceurs sur Instagram. Ces voix nouvelles et authentiques ont permis à la campagne de toucher plus de 100 000 personnes abonnées et d'attirer l'attention des jeunes et des grands médias.",
    ],
    resources: [
      "10 keys to effectively communicating human rights",
      "Recommandation CM/Rec(2022)2 sur la responsabilité démocratique des élus et des organes élus aux niveaux local et régional",
      "Guides et brochures du Congrès des pouvoirs locaux et régionaux, par exemple sur le droit de vote au niveau local et la prévention de la corruption",
    ],
  },
  T9: {
    name: "Coopérer par-delà les frontières et contribuer aux échanges entre pairs et à l'apprentissage mutuel entre villes en matière de droits humains",
    nameSource: "rendering",
    summary:
      "Travailler avec des villes d'autres pays, au moyen de réseaux, de jumelages et d'échanges entre pairs, pour partager des solutions, apprendre les unes des autres et renforcer la capacité à mettre en œuvre les droits humains au niveau local.",
    why: "Les villes et les autres collectivités locales sont des laboratoires où s'expérimentent de nouvelles manières de mettre en pratique les droits humains. Les échanges entre pairs, les jumelages et les réseaux de villes les aident à relever des défis communs et à trouver ensemble des solutions. Ils favorisent l'apprentissage mutuel et renforcent les capacités nécessaires pour « localiser » les droits humains. La coopération par-delà les frontières donne aussi aux villes une voix commune plus forte auprès des gouvernements nationaux et de l'Union européenne.",
    how: [
      "Mobilisez des réseaux de villes consacrés à des thèmes variés : ils peuvent dégager les aspects de leur domaine qui relèvent des droits humains et les intégrer à leur travail.",
      "Étudiez les financements du programme européen « Citoyens, égalité, droits et valeurs » (CERV), qui aide notamment les villes à renforcer leurs capacités, à promouvoir les valeurs et à encourager la participation citoyenne.",
      "Envisagez de mettre au point, avec d'autres villes, un label ou une procédure d'accréditation pour les villes qui répondent au cadre de l'UE pour les villes des droits humains.",
    ],
    practice: [
      "Par le Pacte des villes libres, Bratislava, Budapest, Prague et Varsovie ont uni leurs forces pour promouvoir la démocratie, le pluralisme, l'ouverture et la diversité culturelle. En 2021, une vingtaine de villes les ont rejointes, parmi lesquelles Amsterdam, Barcelone, Gdańsk, Paris, Vienne et Zagreb. Le pacte aide les villes à porter leurs préoccupations communes auprès de l'UE, à mettre en commun leurs ressources et à coopérer sur des sujets comme la durabilité, l'inclusion sociale et le numérique.",
      "Le forum des affaires sociales d'Eurocities a créé une plateforme numérique sur laquelle les villes membres échangent des informations sur les droits humains et sur l'initiative des villes des droits humains.",
    ],
    resources: [
      "Programme « Citoyens, égalité, droits et valeurs » (CERV)",
      "Eurocities – réseau des grandes villes européennes",
      "Human Rights Cities Network",
      "Commission de CGLU sur l'inclusion sociale, la démocratie participative et les droits humains",
    ],
  },
};
