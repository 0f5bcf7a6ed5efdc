import type { AuditArea } from "./schema";

/**
 * Which area a city record's entity belongs to. An entity not listed (a feature added later)
 * shows under "other" until it is added here; the page still shows it.
 */
export const ENTITY_AREAS: Record<string, AuditArea> = {
  Commitment: "commitments",
  Evidence: "commitments",
  StoredFile: "commitments",
  Declaration: "declaration",
  DeclarationVersion: "declaration",
  DeclarationComment: "declaration",
  ActionPlan: "plans",
  Action: "plans",
  Objective: "plans",
  Milestone: "plans",
  Indicator: "plans",
  IndicatorObjective: "plans",
  Measurement: "plans",
  PlanTheme: "plans",
  StrategyLink: "plans",
  BaselineGap: "plans",
  AnnualReport: "reports",
  ReportSection: "reports",
  ReportComment: "reports",
  Recommendation: "reports",
  RecommendationEvaluation: "reports",
  Publication: "publication",
  PublicProfile: "publication",
  Department: "settings",
  RightsHolderGroup: "settings",
  CityLogo: "settings",
};

/** The platform log's entries about a city, by the prefix of their action. */
const PLATFORM_PREFIXES: [string, AuditArea][] = [
  ["member.", "members"],
  ["identity.", "members"],
  ["user.", "members"],
  ["identity_provider.", "settings"],
  ["city.", "settings"],
];

export function entityArea(entity: string): AuditArea {
  return ENTITY_AREAS[entity] ?? "other";
}

export function platformActionArea(action: string): AuditArea {
  return PLATFORM_PREFIXES.find(([prefix]) => action.startsWith(prefix))?.[1] ?? "other";
}

export function entitiesOf(area: AuditArea): string[] {
  return Object.entries(ENTITY_AREAS)
    .filter(([, a]) => a === area)
    .map(([e]) => e);
}

export function platformPrefixesOf(area: AuditArea): string[] {
  return PLATFORM_PREFIXES.filter(([, a]) => a === area).map(([p]) => p);
}

export const KNOWN_ENTITIES = Object.keys(ENTITY_AREAS);
export const KNOWN_PLATFORM_PREFIXES = PLATFORM_PREFIXES.map(([p]) => p);
