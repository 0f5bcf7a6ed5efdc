/**
 * Built-in rights-holder groups. Keys are stable identifiers (stored in the database and used in
 * URLs): never rename or reuse one; add new groups with new keys.
 */

export const BUILT_IN_GROUP_KEYS = [
  "children_youth",
  "older_people",
  "disabilities",
  "ethnic_minorities_roma",
  "homeless",
  "lgbtiq",
  "migrants_refugees",
  "women_girls",
  "discrimination_victims",
  "poverty",
  "religious_minorities",
] as const;

export type BuiltInGroupKey = (typeof BUILT_IN_GROUP_KEYS)[number];

export interface BuiltInGroup {
  readonly key: BuiltInGroupKey;
  readonly name: { readonly en: string; readonly nl: string };
}

export const BUILT_IN_GROUPS: readonly BuiltInGroup[] = [
  { key: "children_youth", name: { en: "Children and young people", nl: "Kinderen en jongeren" } },
  { key: "older_people", name: { en: "Older people", nl: "Ouderen" } },
  { key: "disabilities", name: { en: "Persons with disabilities", nl: "Personen met een handicap" } },
  { key: "ethnic_minorities_roma", name: { en: "Ethnic minorities and Roma", nl: "Etnische minderheden en Roma" } },
  { key: "homeless", name: { en: "Homeless people", nl: "Dakloze mensen" } },
  { key: "lgbtiq", name: { en: "LGBTIQ people", nl: "LHBTIQ-personen" } },
  { key: "migrants_refugees", name: { en: "Migrants and refugees", nl: "Migranten en vluchtelingen" } },
  { key: "women_girls", name: { en: "Women and girls", nl: "Vrouwen en meisjes" } },
  {
    key: "discrimination_victims",
    name: {
      en: "Victims of discrimination and hate crime",
      nl: "Slachtoffers van discriminatie en haatmisdrijven",
    },
  },
  { key: "poverty", name: { en: "People living in poverty", nl: "Mensen in armoede" } },
  { key: "religious_minorities", name: { en: "Religious minorities", nl: "Religieuze minderheden" } },
];

const GROUPS_BY_KEY: ReadonlyMap<string, BuiltInGroup> = new Map(BUILT_IN_GROUPS.map((group) => [group.key, group]));

/** Whether a string is one of the built-in group keys. */
export function isBuiltInGroupKey(key: string): key is BuiltInGroupKey {
  return GROUPS_BY_KEY.has(key);
}

/** The built-in group with this key, or undefined for an unknown key. */
export function builtInGroup(key: string): BuiltInGroup | undefined {
  return GROUPS_BY_KEY.get(key);
}
