/**
 * Mirrors lib/features/publication/open-data/datasets.ts (DATASETS: title, description and each field's description),
 * lib/features/publication/open-data/envelope.ts (NEVER_PUBLISHED), lib/features/publication/open-data/dcat.ts (catalogue title,
 * description, keyword) and lib/features/publication/open-data/atom.ts (FEED_TITLE), in French. Field names and coded
 * values (not_started, on_track …) are the published contract and stay as they are.
 */
import type { OpenDataTexts } from "../../other-types";

const STATUS_VALUES = "not_started, planned, in_progress, in_place, needs_review";
const MATURITY_VALUES = "none, initiated, established, embedded, exemplary";
const ACTION_STATUS_VALUES = "not_started, on_track, at_risk, delayed, done, cancelled";

export const openDataFr: OpenDataTexts = {
  datasets: {
    commitments: {
      title: "Engagements",
      description:
        "Les engagements de la ville pour chaque élément du cadre des villes des droits humains et ses engagements propres, avec leur statut, leur avancement et leur niveau de maturité tels que publiés.",
      fields: {
        key: "Clé stable : l'élément du cadre (par exemple S1) ou, pour les engagements propres à la ville, un identifiant.",
        element_key: "Élément du cadre auquel se rattache l'engagement ; vide pour les engagements propres à la ville.",
        layer: "Niveau du cadre : foundation (fondement), structure (structure) ou tool (outil).",
        title: "Titre de l'engagement.",
        text: "Ce à quoi la ville s'engage.",
        status: `Statut : ${STATUS_VALUES}.`,
        maturity: `Niveau de maturité : ${MATURITY_VALUES}.`,
        progress: "Avancement en pourcentage (0–100).",
        start_date: "Date de début (AAAA-MM-JJ).",
        target_date: "Date cible (AAAA-MM-JJ).",
        last_update_at: "Date de la dernière modification du statut, de l'avancement ou du niveau de maturité (ISO 8601, UTC).",
        department: "Service responsable.",
        charter_articles: "Articles de la Charte des droits fondamentaux de l'UE auxquels il contribue.",
        udhr_articles: "Articles de la Déclaration universelle des droits de l'homme auxquels il contribue.",
        sdgs: "Objectifs de développement durable des Nations unies (1–17) auxquels il contribue.",
        groups: "Clés des groupes de titulaires de droits concernés.",
      },
    },
    updates: {
      title: "Mises à jour des engagements",
      description:
        "Chaque modification publiée du statut, de l'avancement ou du niveau de maturité d'un engagement, la plus récente en premier, avec la note lorsque la personne qui l'a rédigée l'a rendue publique.",
      fields: {
        id: "Identifiant de la mise à jour.",
        commitment_key: "Clé de l'engagement (voir le jeu de données des engagements).",
        at: "Date et heure de la modification (ISO 8601, UTC).",
        from_status: "Statut avant ; vide si le statut n'a pas changé.",
        to_status: "Statut après ; vide si le statut n'a pas changé.",
        from_progress: "Avancement avant (pourcentage) ; vide s'il n'a pas changé.",
        to_progress: "Avancement après (pourcentage) ; vide s'il n'a pas changé.",
        from_maturity: "Niveau de maturité avant ; vide s'il n'a pas changé.",
        to_maturity: "Niveau de maturité après ; vide s'il n'a pas changé.",
        note: "Note publique expliquant la modification ; vide si aucune n'a été rendue publique.",
      },
    },
    actions: {
      title: "Plan d'action",
      description:
        "Les actions des plans d'action de la ville en matière de droits humains qui ont été adoptés, avec leur plan, leur objectif, leur statut, leur avancement et leurs dates tels que publiés.",
      fields: {
        key: "Clé stable de l'action.",
        commitment_key: "Clé du premier engagement publié que l'action met en œuvre (tous : commitment_keys).",
        title: "Titre de l'action.",
        description: "Ce qui sera fait.",
        status: `Statut : ${ACTION_STATUS_VALUES}.`,
        progress: "Avancement en pourcentage (0–100).",
        start_date: "Date de début (AAAA-MM-JJ).",
        end_date: "Échéance (AAAA-MM-JJ).",
        department: "Service responsable.",
        last_update_at: "Date de la dernière modification du statut ou de l'avancement de l'action (ISO 8601, UTC).",
        plan_key: "Clé du plan d'action.",
        plan_title: "Titre du plan d'action.",
        objective_key: "Clé de l'objectif auquel l'action contribue.",
        objective_title: "Titre de l'objectif.",
        commitment_keys: "Clés de tous les engagements publiés que l'action met en œuvre.",
      },
    },
    indicators: {
      title: "Indicateurs",
      description:
        "Les indicateurs des plans d'action adoptés par la ville, classés en indicateurs de structure, de processus ou de résultat (HCDH), avec leur valeur de référence, leur valeur cible et leur statut par rapport à la cible.",
      fields: {
        key: "Clé stable de l'indicateur.",
        commitment_key: "Non utilisé : les indicateurs mesurent des objectifs (voir objective_keys). Toujours vide.",
        action_key: "Non utilisé : les indicateurs mesurent des objectifs (voir objective_keys). Toujours vide.",
        title: "Nom de l'indicateur.",
        description: "Ce qui est mesuré et comment.",
        unit: "Unité des valeurs (par exemple %, personnes).",
        direction: "Sens souhaité : increase (hausse) ou decrease (baisse).",
        baseline_value: "Valeur de référence (nombre décimal).",
        baseline_date: "Premier jour de l'année de référence (AAAA-MM-JJ).",
        target_value: "Valeur cible (nombre décimal).",
        target_date: "Date à laquelle la valeur cible doit être atteinte : le dernier jour de l'année cible (AAAA-MM-JJ).",
        source: "Source des données.",
        plan_key: "Clé du plan d'action.",
        type: "Type d'indicateur (HCDH) : structure (structure), process (processus) ou outcome (résultat).",
        baseline_year: "Année de référence.",
        target_year: "Année à laquelle la valeur cible doit être atteinte.",
        frequency: "Fréquence de mesure : monthly (mensuelle), quarterly (trimestrielle) ou yearly (annuelle).",
        dimensions: "Dimensions selon lesquelles les valeurs sont ventilées (par exemple gender, district).",
        objective_keys: "Clés des objectifs mesurés.",
        target_status:
          "Situation par rapport à la cible lors de la publication : on_track, off_track ou no_data (la dernière valeur, voir accumulation, comparée à une droite reliant la valeur de référence, à la fin de son année, à la valeur cible, à la fin de son année).",
        accumulation:
          "Mode de cumul des valeurs : per_period (par période : chaque mesure est indépendante, p. ex. personnes formées dans l'année ; la dernière est comparée à la trajectoire vers la cible) ou cumulative (cumulatif : chaque mesure est le total courant à ce jour ; le dernier total est comparé à la trajectoire).",
      },
    },
    measurements: {
      title: "Mesures des indicateurs",
      description: "Chaque mesure publiée des indicateurs des plans d'action adoptés par la ville, avec les ventilations dont la ville dispose.",
      fields: {
        id: "Identifiant de la mesure.",
        indicator_key: "Clé de l'indicateur (voir le jeu de données des indicateurs).",
        date: "Premier jour de la période à laquelle se rapporte la valeur (AAAA-MM-JJ).",
        value: "Valeur mesurée (nombre décimal).",
        note: "Source du chiffre.",
        period: "La période telle qu'écrite : 2024, 2024-Q2 ou 2024-03.",
        breakdown: 'Valeurs ventilées sous la forme dimension:category=value, séparées par "; ".',
      },
    },
    reports: {
      title: "Rapports annuels",
      description: "Les rapports publiés par la ville sur les droits humains, avec des liens vers les versions web, PDF et Word.",
      fields: {
        key: "Clé stable du rapport.",
        year: "Année couverte par le rapport.",
        title: "Titre du rapport.",
        summary: "Courte synthèse.",
        published_at: "Date et heure de publication du rapport (ISO 8601, UTC).",
        web_url: "Lien vers le rapport sur les pages publiques de la ville.",
        pdf_url: "Lien vers la version PDF.",
        docx_url: "Lien vers la version Word.",
        locale: "Langue du titre, de la synthèse et des liens (la langue principale du rapport).",
        locales: "Toutes les langues dans lesquelles le rapport est publié.",
      },
    },
  },
  neverPublished: "La ville n'a encore publié aucune donnée.",
  catalogTitle: (city) => `Données ouvertes de ${city} : ville des droits humains`,
  catalogDescription: (city) =>
    `Les engagements de ${city} en tant que ville des droits humains, ce que la ville a fait et où elle en est, tels que publiés par la ville.`,
  keyword: "droits humains",
  feedTitle: (city) => `${city} : mises à jour de ses engagements en matière de droits humains`,
};
