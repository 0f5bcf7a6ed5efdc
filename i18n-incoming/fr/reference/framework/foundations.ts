/**
 * Foundations F1–F4 of lib/reference/framework/catalogue/elements/f1.ts … f4.ts, in French. The element
 * names are Charta's renderings: the wording of the FRA guide's French edition could not be
 * checked (see GLOSSARY.md). Guidance in Charta's own words, FRA credited.
 */
import type { ElementKey } from "@/lib/reference/framework/catalogue/types";
import type { ElementText } from "../../../reference-types";

export const foundationsFr: Record<Extract<ElementKey, `F${string}`>, ElementText> = {
  F1: {
    name: "Respecter, protéger et mettre en œuvre les droits et libertés de la Charte des droits fondamentaux de l'UE et du droit de l'Union",
    nameSource: "rendering",
    summary:
      "La ville s'engage à respecter les droits et libertés énoncés dans la Charte des droits fondamentaux de l'UE et dans le droit de l'Union, et veille à ce que ses propres services et ses partenaires s'y conforment.",
    why: "L'Union européenne est fondée sur les droits humains, la démocratie et l'État de droit, des valeurs inscrites dans la Charte des droits fondamentaux et dans le droit de l'Union. La Charte est la déclaration des droits propre à l'UE : elle énonce 50 droits et libertés qui s'appliquent à toutes les personnes vivant dans l'Union. Les collectivités locales y sont juridiquement tenues dès qu'elles agissent dans le champ d'application du droit de l'Union, mettent en œuvre des programmes européens ou utilisent des fonds européens. Citer expressément la Charte dans les engagements de la ville rend cette obligation visible et rattache l'action locale aux valeurs sur lesquelles repose l'Union elle-même.",
    how: [
      "Intégrez la Charte à vos actions de sensibilisation aux droits fondamentaux. Elle montre que l'Union européenne est, au fond, un projet politique fondé sur des valeurs et des droits partagés.",
      "Sollicitez des financements européens pour des projets qui renforcent les droits et les valeurs européennes dans la ville.",
      "Vérifiez que l'administration municipale, ainsi que tout prestataire agissant pour son compte, respecte le droit de l'Union.",
    ],
    practice: [
      "Les engagements de Vienne en matière de droits humains renvoient expressément aux instruments internationaux et européens, dont la Charte des droits fondamentaux de l'UE. Le conseil municipal a adopté sa déclaration « Vienne, ville des droits humains » en décembre 2014.",
    ],
    resources: [
      "Charte des droits fondamentaux de l'Union européenne",
      "Ressources de la FRA sur la Charte des droits fondamentaux de l'UE",
      "Programme « Citoyens, égalité, droits et valeurs » (CERV)",
    ],
  },
  F2: {
    name: "Protéger, respecter et mettre en œuvre les normes internationales relatives aux droits humains",
    nameSource: "rendering",
    summary:
      "La ville s'engage publiquement à respecter les traités internationaux relatifs aux droits humains ratifiés par son pays et s'en sert comme référence pour ses décisions.",
    why: "Les droits humains sont des normes juridiques universelles qui lient les autorités publiques à tous les niveaux, collectivités locales comprises. Lorsqu'une ville déclare ouvertement qu'elle appliquera les instruments internationaux ratifiés par son pays, elle confirme qu'elle protégera et respectera ces droits dans la limite de ses compétences. Un tel engagement public place les droits humains au cœur de la décision locale, au lieu de les laisser au seul État. Il donne aussi à la population, à la société civile et aux membres du conseil municipal une référence claire pour demander des comptes à la ville.",
    how: [
      "Déclarez publiquement que la ville appliquera chacun des traités relatifs aux droits humains ratifiés par votre pays.",
      "Citez les instruments pertinents, comme la Déclaration universelle des droits de l'homme ou la Convention européenne des droits de l'homme, dans la motivation des décisions.",
      "Suivez l'évolution des droits humains avec des spécialistes et des organismes nationaux, par exemple l'institution nationale des droits de l'homme, l'organisme de promotion de l'égalité et l'institution de médiation.",
    ],
    practice: [
      "Nuremberg s'est déclarée « Ville de la paix et des droits humains ». Sa déclaration prend pour référence la Déclaration universelle des droits de l'homme.",
      "Barcelone fonde ses engagements sur l'ensemble des instruments relatifs aux droits humains et aux droits fondamentaux et se réfère à la Charte européenne de sauvegarde des droits de l'homme dans la ville. Cette charte est issue d'une conférence tenue à Barcelone en 1998.",
    ],
    resources: [
      "Instruments universels relatifs aux droits de l'homme (vue d'ensemble)",
      "Déclaration universelle des droits de l'homme",
      "Traités du Conseil de l'Europe (Bureau des traités)",
      "Charte européenne de sauvegarde des droits de l'homme dans la ville",
    ],
  },
  F3: {
    name: "Réaliser les objectifs de développement durable des Nations unies et le Programme de développement durable à l'horizon 2030",
    nameSource: "rendering",
    summary:
      "La ville œuvre à la réalisation du Programme de développement durable à l'horizon 2030 des Nations unies et de ses 17 objectifs de développement durable (ODD), qu'elle considère comme étroitement liés à ses engagements en matière de droits humains.",
    why: "En 2015, les 193 États membres des Nations unies ont adopté le Programme de développement durable à l'horizon 2030, qui fixe 17 objectifs pour une croissance économique inclusive, l'inclusion sociale, la protection de l'environnement et des sociétés pacifiques, justes et inclusives. Le Programme appelle expressément les gouvernements nationaux et locaux à éliminer la pauvreté, à réduire les inégalités et à lutter contre le changement climatique. Ses objectifs et plus de 210 indicateurs couvrent la pauvreté, la faim, la santé, l'éducation de qualité, les villes durables et bien d'autres domaines, et recoupent largement les droits humains. Relier le travail sur les ODD et le travail sur les droits humains donne à la ville une approche plus cohérente et plus durable des deux, et ouvre la voie à de nouveaux partenariats internationaux.",
    how: [
      "Recensez les services qui traitent des ODD et veillez à ce que leurs politiques et leurs mesures établissent explicitement le lien avec les droits humains.",
      "Expliquez à la population et au personnel ce que sont le Programme 2030 et les ODD, et ce qu'ils ont à voir avec les droits humains.",
      "Articulez le travail de la ville sur les ODD avec l'action menée par votre pays au niveau national.",
    ],
    practice: [
      "Utrecht se présente comme une « Global Goals city ». La ville travaille avec des entreprises locales pour mieux faire connaître leurs droits aux habitantes et aux habitants, et suit ses progrès au moyen d'un tableau de bord des ODD.",
      "Bonn a réalisé un examen local volontaire (voluntary local review) pour évaluer où en est la ville dans la réalisation des ODD. Espoo, en Finlande, et le gouvernement régional basque ont fait de même.",
    ],
    resources: [
      "Human rights cities and the SDGs",
      "The 2030 Agenda through the eyes of local and regional governments' associations",
      "Les 17 objectifs de développement durable",
      "Examens locaux volontaires (voluntary local reviews)",
    ],
  },
  F4: {
    name: "Contribuer aux mécanismes internationaux de suivi",
    nameSource: "rendering",
    summary:
      "La ville fait part de son expérience aux instances internationales chargées du suivi des droits humains et s'appuie sur leurs recommandations pour orienter son propre travail.",
    why: "Les traités internationaux relatifs aux droits humains sont assortis de mécanismes de suivi qui vérifient si les États respectent leurs obligations. Formellement, ce sont les gouvernements nationaux qui rendent compte à ces instances, mais une grande partie de ce qu'elles examinent se joue au niveau local. Dans sa résolution 45/7 de 2020, le Conseil des droits de l'homme des Nations unies encourage les États à associer les collectivités locales à ce travail, notamment à la préparation de l'Examen périodique universel (EPU), et à les aider à donner suite aux recommandations pertinentes. Les spécialistes indépendants des procédures spéciales du Conseil travaillent aussi avec les villes, par exemple lors de visites de pays pour leurs rapports thématiques. En y participant, la ville fait entendre sa pratique et ses préoccupations au niveau international, et en retire des orientations pour son propre travail.",
    how: [
      "Vérifiez si l'action de votre ville en matière de droits humains donne suite aux recommandations adressées à votre pays par les instances internationales.",
      "Servez-vous de ces recommandations comme point de départ d'échanges avec les autorités nationales, à titre individuel ou avec d'autres villes, sur ce que les collectivités locales et régionales peuvent apporter et sur les domaines où une coopération est possible.",
      "Prenez contact avec les organismes nationaux tels que l'institution nationale des droits de l'homme, l'organisme de promotion de l'égalité ou l'institution de médiation. Présentez-leur des initiatives locales réussies et signalez ce qui freine la protection des droits au niveau local dans les domaines couverts par les recommandations, comme le financement, la législation nationale ou le manque de moyens.",
    ],
    practice: [
      "Lorsque le Haut-Commissariat des Nations unies aux droits de l'homme a sollicité en 2018 des contributions sur le rôle des collectivités locales dans la promotion et la protection des droits humains, Utrecht a fait partie des villes qui ont répondu, aux côtés de Barcelone, Budapest, Grigny, Nuremberg et Vienne. Une institution nationale des droits de l'homme, des organisations de la société civile et des réseaux de villes ont également envoyé des contributions. Un nouvel appel a suivi en février 2022.",
    ],
    resources: [
      "Index universel des droits de l'homme : recommandations des organes conventionnels, des procédures spéciales et de l'EPU",
      "Résolution 45/7 du Conseil des droits de l'homme : administration locale et droits de l'homme (2020)",
      "Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe (y compris son suivi de la démocratie locale)",
      "Global Cities Hub (anciennement Geneva Cities Hub) : relie les villes aux organisations internationales de Genève",
    ],
  },
};
