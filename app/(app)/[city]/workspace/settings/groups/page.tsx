import type { Metadata } from "next";
import { listCityGroups } from "@/lib/features/city-settings/groups/list-groups";
import { dictionary, translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { BUILT_IN_GROUPS } from "@/lib/reference/rights/groups";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../_components/page-shell";
import { SettingsNav } from "../settings-nav";
import { GroupsTable } from "./groups-table";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("commitments.groups.title") };
}

/** Rights-holder groups: the built-in list and the city's own (kept by officers and city admins). */
export default async function GroupsPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "framework.read", `/${city}/workspace/settings/groups`);
  const locale = await requestLocale();
  const t = translator(locale);
  const d = dictionary(locale);
  const m = d.commitments;
  const canEdit = ctx.can("commitment.edit");
  const groups = await listCityGroups(ctx.db);

  return (
    <PageShell title={t("settings.title")}>
      <SettingsNav citySlug={ctx.city.slug} t={t} showAdmin={ctx.can("members.read")} showAudit={ctx.can("audit.read")} />
      <h2 className="text-2xl font-semibold">{m.groups.title}</h2>
      <p className="mt-1 mb-6 text-slate-800">{m.groups.intro}</p>
      {canEdit ? null : <p className="mb-6 rounded-md bg-slate-100 p-3 text-slate-800">{m.groups.readOnly}</p>}

      <section aria-labelledby="own-groups-heading" className="space-y-4">
        <h3 id="own-groups-heading" className="text-xl font-semibold">
          {m.groups.ownHeading}
        </h3>
        <p className="text-sm text-slate-800">{m.groups.keyHint}</p>
        <GroupsTable
          citySlug={ctx.city.slug}
          cityName={ctx.city.name}
          groups={groups}
          canEdit={canEdit}
          messages={m.groups}
          texts={{ form: d.actionPlans.form, multiSelect: m.multiSelect, validation: { ...m.validation, ...m.groups.validation }, saving: t("common.saving") }}
          cancel={t("common.cancel")}
        />
      </section>

      <section aria-labelledby="builtin-groups-heading" className="mt-10 space-y-4">
        <h3 id="builtin-groups-heading" className="text-xl font-semibold">
          {m.groups.builtInHeading}
        </h3>
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-left text-sm">
            <caption className="sr-only">{m.groups.builtInCaption}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pr-4">
                  {m.groups.nameEn}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {m.groups.nameNl}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {m.groups.key}
                </th>
              </tr>
            </thead>
            <tbody>
              {BUILT_IN_GROUPS.map((g) => (
                <tr key={g.key} className="border-b border-slate-200">
                  <th scope="row" lang="en" className="py-2 pr-4 font-medium">
                    {g.name.en}
                  </th>
                  <td lang="nl" className="py-2 pr-4">
                    {g.name.nl}
                  </td>
                  <td className="py-2 pr-4">
                    <code>{g.key}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </PageShell>
  );
}
