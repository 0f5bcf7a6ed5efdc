import "server-only";
import { listDepartments } from "@/lib/features/city-settings/departments/list-departments";
import { listCityGroups } from "@/lib/features/city-settings/groups/list-groups";
import { dictionary } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { listMembers } from "@/lib/features/members/list-members";
import type { CityContext } from "@/lib/kernel/tenancy/city-access";
import { buildOptions, type CommitmentOptions } from "@/lib/features/commitments/commitment-options";

/** Members, departments, rights, goals and groups to choose from, labelled in the page's language. */
export async function loadCommitmentOptions(ctx: CityContext, locale: Locale, ownerId: string | null = null): Promise<CommitmentOptions> {
  const m = dictionary(locale).commitments;
  const [members, departments, cityGroups] = await Promise.all([listMembers(ctx.city.id), listDepartments(ctx.db), listCityGroups(ctx.db)]);
  return buildOptions({
    locale,
    messages: m,
    members,
    departments,
    cityGroups,
    builtInHeading: m.groups.builtInHeading,
    ownHeading: m.groups.ownHeading,
    ownerId,
  });
}
