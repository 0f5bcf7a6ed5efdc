import { fill } from "@/lib/kernel/i18n/fill";
import type { Dictionary } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { CHARTER_ARTICLES, CHARTER_CHAPTERS } from "@/lib/reference/rights/eu-charter";
import { BUILT_IN_GROUPS } from "@/lib/reference/rights/groups";
import { SDGS } from "@/lib/reference/rights/sdgs";
import { UDHR_ARTICLES } from "@/lib/reference/rights/udhr";

/** One checkbox or option: its stored value and its label in the page's language. */
export interface Choice<V extends string | number = string | number> {
  value: V;
  label: string;
}

export interface ChoiceGroup<V extends string | number = string | number> {
  key: string;
  heading: string;
  items: Choice<V>[];
}

/** Everything the commitment form and views choose from, already labelled (plain data for client components). */
export interface CommitmentOptions {
  members: Choice<string>[];
  departments: Choice<string>[];
  charter: ChoiceGroup<number>[];
  udhr: Choice<number>[];
  sdgs: Choice<number>[];
  groups: ChoiceGroup<string>[];
}

export function buildOptions(args: {
  locale: Locale;
  messages: Dictionary["commitments"];
  members: { userId: string; name: string }[];
  departments: { id: string; name: string }[];
  cityGroups: { key: string; nameNl: string; nameEn: string }[];
  builtInHeading: string;
  ownHeading: string;
  /** The stored owner, listed even when no longer a member so the form keeps (and names) them. */
  ownerId: string | null;
}): CommitmentOptions {
  const { locale, messages: m } = args;
  const members = args.members.map((u) => ({ value: u.userId, label: u.name }));
  if (args.ownerId && !members.some((u) => u.value === args.ownerId)) {
    members.push({ value: args.ownerId, label: m.form.ownerUnknown });
  }
  const groups: ChoiceGroup<string>[] = [
    { key: "builtIn", heading: args.builtInHeading, items: BUILT_IN_GROUPS.map((g) => ({ value: g.key, label: g.name[locale] })) },
  ];
  if (args.cityGroups.length) {
    groups.push({
      key: "own",
      heading: args.ownHeading,
      items: args.cityGroups.map((g) => ({ value: g.key, label: locale === "nl" ? g.nameNl : g.nameEn })),
    });
  }
  return {
    members,
    departments: args.departments.map((d) => ({ value: d.id, label: d.name })),
    charter: CHARTER_CHAPTERS.map((c) => ({
      key: c.key,
      heading: fill(m.labels.charterChapter, { roman: c.roman, title: c.title[locale] }),
      items: CHARTER_ARTICLES.filter((a) => a.chapter === c.key).map((a) => ({
        value: a.number,
        label: fill(m.labels.charterArticle, { number: a.number, title: a.title[locale] }),
      })),
    })),
    udhr: UDHR_ARTICLES.map((a) => ({ value: a.number, label: fill(m.labels.udhrArticle, { number: a.number, title: a.title[locale] }) })),
    sdgs: SDGS.map((g) => ({ value: g.number, label: fill(m.labels.sdg, { number: g.number, name: g.name[locale] }) })),
    groups,
  };
}
