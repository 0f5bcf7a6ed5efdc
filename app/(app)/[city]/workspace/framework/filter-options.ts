import type { Dashboard } from "@/lib/features/dashboard/load-dashboard";
import type { FrameworkFilters } from "@/lib/features/dashboard/filters";
import { COMMITMENT_STATUSES } from "@/lib/features/commitments/schema";
import type { Translator } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { charterArticle } from "@/lib/reference/rights/eu-charter";
import { builtInGroup } from "@/lib/reference/rights/groups";
import { SDGS } from "@/lib/reference/rights/sdgs";
import { udhrArticle } from "@/lib/reference/rights/udhr";
import type { FilterOptions, Option } from "./filter-form";

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

/**
 * The choices of each filter. Owners, rights and groups list what the commitments use (a long list
 * of choices that match nothing helps nobody); statuses, departments and SDGs list all. A value in
 * the URL is always offered, so the form shows what is applied.
 */
export function filterOptions(d: Dashboard, filters: FrameworkFilters, locale: Locale, t: Translator): FilterOptions {
  const cs = d.commitments;
  const none = { value: "none", label: t("dashboard.framework.filters.none") };

  const ownerIds = new Set(cs.map((c) => c.ownerId).filter((id): id is string => !!id));
  if (filters.owner && filters.owner !== "none") ownerIds.add(filters.owner);
  const owner = [...ownerIds].map((id) => ({ value: id, label: d.people[id] ?? t("dashboard.recent.unknownUser") })).sort(byLabel);

  const charter = new Set(cs.flatMap((c) => c.charterArticles));
  const udhr = new Set(cs.flatMap((c) => c.udhrArticles));
  const [kind, n] = (filters.right ?? "").split("-");
  if (kind === "charter") charter.add(Number(n));
  if (kind === "udhr") udhr.add(Number(n));
  const articles = (set: Set<number>, make: (n: number) => Option | null) =>
    [...set]
      .sort((a, b) => a - b)
      .map(make)
      .filter((o): o is Option => o !== null);

  const groupKeys = new Set(cs.flatMap((c) => c.groups));
  if (filters.group) groupKeys.add(filters.group);
  const cityGroups = new Map(d.groups.map((g) => [g.key, g.name[locale]]));

  return {
    status: COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(`framework.status.${s}`) })),
    owner: [...owner, none],
    department: [...d.departmentList.map((x) => ({ value: x.id, label: x.name })), none],
    right: [
      {
        label: t("dashboard.framework.filters.charterGroup"),
        options: articles(charter, (a) => {
          const art = charterArticle(a);
          return art ? { value: `charter-${a}`, label: t("dashboard.framework.filters.charterArticle", { n: a, title: art.title[locale] }) } : null;
        }),
      },
      {
        label: t("dashboard.framework.filters.udhrGroup"),
        options: articles(udhr, (a) => {
          const art = udhrArticle(a);
          return art ? { value: `udhr-${a}`, label: t("dashboard.framework.filters.udhrArticle", { n: a, title: art.title[locale] }) } : null;
        }),
      },
    ],
    sdg: SDGS.map((g) => ({ value: String(g.number), label: `${t("dashboard.sdg.short", { n: g.number })}: ${g.name[locale]}` })),
    group: [...groupKeys].map((k) => ({ value: k, label: builtInGroup(k)?.name[locale] ?? cityGroups.get(k) ?? k })).sort(byLabel),
  };
}
