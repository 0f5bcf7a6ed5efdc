/**
 * Déclaration universelle des droits de l'homme (résolution 217 A de l'Assemblée générale des
 * Nations unies, 10 décembre 1948) : short themes of the 30 articles, keyed as in
 * lib/reference/rights/udhr.ts. The Declaration has no article titles; these follow its French wording in
 * the style of UN and human rights education materials.
 */
import type { UdhrReference } from "../../reference-types";

export const udhrFr: UdhrReference = {
  sourceUrl: "https://www.un.org/fr/about-us/universal-declaration-of-human-rights",
  articles: {
    1: "Libres et égaux en dignité et en droits",
    2: "Jouissance de tous les droits sans distinction aucune",
    3: "Droit à la vie, à la liberté et à la sûreté de sa personne",
    4: "Interdiction de l'esclavage et de la servitude",
    5: "Interdiction de la torture et des peines ou traitements cruels, inhumains ou dégradants",
    6: "Droit à la reconnaissance en tous lieux de sa personnalité juridique",
    7: "Égalité devant la loi et égale protection contre toute discrimination",
    8: "Droit à un recours effectif en cas de violation des droits",
    9: "Interdiction de l'arrestation, de la détention et de l'exil arbitraires",
    10: "Droit à ce que sa cause soit entendue équitablement et publiquement par un tribunal indépendant et impartial",
    11: "Présomption d'innocence et légalité des délits et des peines",
    12: "Protection de la vie privée, de la famille, du domicile, de la correspondance, de l'honneur et de la réputation",
    13: "Liberté de circulation et de résidence, droit de quitter tout pays et de revenir dans le sien",
    14: "Droit de chercher asile et de bénéficier de l'asile en cas de persécution",
    15: "Droit à une nationalité",
    16: "Droit de se marier et de fonder une famille, avec un libre et plein consentement",
    17: "Droit à la propriété",
    18: "Liberté de pensée, de conscience et de religion",
    19: "Liberté d'opinion et d'expression",
    20: "Liberté de réunion et d'association pacifiques",
    21: "Droit de prendre part à la direction des affaires publiques et à des élections libres",
    22: "Droit à la sécurité sociale et aux droits économiques, sociaux et culturels",
    23: "Droit au travail, à une rémunération équitable et à l'affiliation syndicale",
    24: "Droit au repos et aux loisirs, y compris à des congés payés",
    25: "Droit à un niveau de vie suffisant, notamment pour l'alimentation, l'habillement, le logement et les soins médicaux",
    26: "Droit à l'éducation",
    27: "Droit de prendre part à la vie culturelle et protection du droit d'auteur",
    28: "Droit à un ordre social et international dans lequel ces droits peuvent être réalisés",
    29: "Devoirs envers la communauté et limites des droits et libertés",
    30: "Aucun droit de détruire les droits énoncés dans la Déclaration",
  },
};
