import { fill } from "@/lib/kernel/i18n/fill";
import { toEditValues, type CommitmentRecord } from "@/lib/features/commitments/records";
import { listEvidence } from "@/lib/features/commitments/evidence";
import { listCommitmentUpdates } from "@/lib/features/commitments/list-updates";
import { listDepartments } from "@/lib/features/city-settings/departments/list-departments";
import { listCityGroups } from "@/lib/features/city-settings/groups/list-groups";
import { dictionary } from "@/lib/features/dictionary";
import { formatDateTime, formatFileSize } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { listMembers } from "@/lib/features/members/list-members";
import { isCommitmentPublic } from "@/lib/features/publication/site/commitment-public";
import { TYPE_LIST } from "@/lib/kernel/storage/file-types";
import type { CityContext } from "@/lib/kernel/tenancy/city-access";
import { StatusBadge } from "../status-badge";
import { buildOptions } from "@/lib/features/commitments/commitment-options";
import { CommitmentDetails } from "./commitment-details";
import { CommitmentForm } from "./commitment-form";
import { AddLinkForm, UploadFileForm } from "./evidence-forms";
import { EvidenceList, type EvidenceRow } from "./evidence-list";
import { Timeline } from "./timeline";

/**
 * The city's commitment as the element page and the own-commitment page show it: its state at a
 * glance, the form (for those who may edit) or every field as text, its history and its evidence.
 */
export async function CommitmentPanel({ ctx, record, locale }: { ctx: CityContext; record: CommitmentRecord; locale: Locale }) {
  const d = dictionary(locale);
  const m = d.commitments;
  const statusLabels = d.framework.status;
  const canEdit = ctx.can("commitment.edit");
  const members = await listMembers(ctx.city.id);
  const [departments, cityGroups, timeline, evidence, isPublic] = await Promise.all([
    listDepartments(ctx.db),
    listCityGroups(ctx.db),
    listCommitmentUpdates(ctx.db, ctx.city.id, record.id, members),
    listEvidence(ctx.db, record.id),
    isCommitmentPublic(ctx.db, record.id),
  ]);
  const names = new Map(members.map((u) => [u.userId, u.name]));
  const options = buildOptions({
    locale,
    messages: m,
    members,
    departments,
    cityGroups,
    builtInHeading: m.groups.builtInHeading,
    ownHeading: m.groups.ownHeading,
    ownerId: record.ownerId,
  });
  const rows: EvidenceRow[] = evidence.map((e) => ({
    id: e.id,
    kind: e.kind,
    title: e.title,
    href: e.kind === "link" ? (e.url ?? "") : `/api/cities/${ctx.city.slug}/evidence/${e.id}`,
    detail: e.kind === "link" ? (e.url ?? "") : fill(m.evidence.fileMeta, { name: e.fileName ?? "", size: formatFileSize(locale, e.size ?? 0) }),
    added: fill(e.createdBy ? m.evidence.addedOnBy : m.evidence.addedOn, {
      date: formatDateTime(locale, e.createdAt),
      name: (e.createdBy && names.get(e.createdBy)) || m.labels.formerMember,
    }),
  }));
  const saved = record.updatedByName
    ? fill(m.view.lastUpdated, { date: formatDateTime(locale, record.updatedAt), name: record.updatedByName })
    : fill(m.view.lastUpdatedNoName, { date: formatDateTime(locale, record.updatedAt) });

  return (
    <div className="space-y-10">
      <section aria-labelledby="commitment-heading" className="space-y-4 rounded-lg border border-slate-300 p-5">
        <h2 id="commitment-heading" className="text-2xl font-semibold">
          {m.page.commitment}
        </h2>
        <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <p className="flex items-center gap-2">
            <span>{m.fields.status}:</span>
            <StatusBadge status={record.status} label={statusLabels[record.status]} />
          </p>
          <p>
            {m.fields.progress}: <span className="font-semibold">{fill(m.labels.percent, { value: record.progress })}</span>
          </p>
          <p>
            {m.fields.maturity}: <span className="font-semibold">{m.maturity[record.maturity]}</span>
          </p>
        </div>
        <p className="text-sm text-slate-700">
          {saved} {fill(m.view.lastTracked, { date: formatDateTime(locale, record.lastUpdateAt) })}
        </p>
        {canEdit ? (
          <CommitmentForm
            citySlug={ctx.city.slug}
            initial={{ ...toEditValues(record), isPublic, notePublic: false }}
            isElement={record.elementKey !== null}
            progressMode={record.progressMode}
            options={options}
            messages={m}
            statusLabels={statusLabels}
            locale={locale}
            saving={d.common.saving}
            publicMessages={d.publicSite.publishing.commitmentForm}
          />
        ) : (
          <>
            <CommitmentDetails record={record} options={options} messages={m} statusLabels={statusLabels} locale={locale} />
            <p className="text-sm text-slate-800">
              {d.publicSite.publishing.commitmentForm.isPublic}:{" "}
              <span className="font-semibold">{isPublic ? d.publicSite.publishing.commitments.yes : d.publicSite.publishing.commitments.no}</span>
            </p>
          </>
        )}
      </section>

      <Timeline entries={timeline.entries} total={timeline.total} messages={m} statusLabels={statusLabels} options={options} locale={locale} />

      <section aria-labelledby="evidence-heading" className="space-y-4">
        <h2 id="evidence-heading" className="text-xl font-semibold">
          {m.evidence.heading}
        </h2>
        <p className="text-sm text-slate-800">
          {m.evidence.intro} {fill(m.evidence.fileRules, { types: TYPE_LIST })}
        </p>
        <EvidenceList citySlug={ctx.city.slug} rows={rows} canEdit={canEdit} messages={m.evidence} cancel={d.common.cancel} />
        {canEdit ? (
          <div className="grid gap-4 xl:grid-cols-2">
            <AddLinkForm citySlug={ctx.city.slug} commitmentId={record.id} messages={m.evidence} saving={d.common.saving} />
            <UploadFileForm citySlug={ctx.city.slug} commitmentId={record.id} messages={m.evidence} typeList={TYPE_LIST} />
          </div>
        ) : null}
      </section>
    </div>
  );
}
