import type { Metadata } from "next";
import { listDepartments } from "@/lib/features/city-settings/departments/list-departments";
import { dictionary, translator } from "@/lib/features/dictionary";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../_components/page-shell";
import { SettingsNav } from "../settings-nav";
import { DepartmentsTable } from "./departments-table";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("commitments.departments.title") };
}

/** The departments register: everyone reads it, officers and city admins keep it. */
export default async function DepartmentsPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "framework.read", `/${city}/workspace/settings/departments`);
  const locale = await requestLocale();
  const t = translator(locale);
  const d = dictionary(locale);
  const m = d.commitments;
  const canEdit = ctx.can("commitment.edit");
  const departments = await listDepartments(ctx.db);

  return (
    <PageShell title={t("settings.title")}>
      <SettingsNav citySlug={ctx.city.slug} t={t} showAdmin={ctx.can("members.read")} showAudit={ctx.can("audit.read")} />
      <h2 className="text-2xl font-semibold">{m.departments.title}</h2>
      <p className="mt-1 mb-6 text-slate-800">{m.departments.intro}</p>
      {canEdit ? null : <p className="mb-6 rounded-md bg-slate-100 p-3 text-slate-800">{m.departments.readOnly}</p>}
      <DepartmentsTable
        citySlug={ctx.city.slug}
        cityName={ctx.city.name}
        departments={departments.map((d) => ({
          id: d.id,
          name: d.name,
          contactName: d.contactName,
          contactEmail: d.contactEmail,
          version: d.version,
          commitments: d.commitments,
        }))}
        canEdit={canEdit}
        messages={m.departments}
        texts={{
          form: d.actionPlans.form,
          multiSelect: m.multiSelect,
          validation: { ...m.validation, ...m.departments.validation },
          saving: t("common.saving"),
        }}
        cancel={t("common.cancel")}
      />
    </PageShell>
  );
}
