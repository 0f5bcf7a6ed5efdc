import type { Metadata } from "next";
import Link from "next/link";
import { fill } from "@/lib/kernel/i18n/fill";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDate, formatDateTime } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { getPublicProfile } from "@/lib/features/publication/site/profile";
import { getPublishingOverview } from "@/lib/features/publication/site/publishing-overview";
import { listPlanMarks } from "@/lib/features/publication/site/plan-marks";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../_components/page-shell";
import { SettingsNav } from "../settings-nav";
import { ProfileForm } from "./profile-form";
import { PublicCommitments } from "./public-commitments";
import { PublicPlans } from "./public-plans";
import { PublishPanel } from "./publish-panel";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("publicSite.publishing.title") };
}

/**
 * The city's public pages, seen from the workspace: what is published, what publishing now would
 * publish, which commitments are public, and the public profile. Officers and city admins
 * ("public.publish") change and publish; every other member reads.
 */
export default async function PublicPagesSettings({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "framework.read", `/${city}/workspace/settings/public`);
  const locale = await requestLocale();
  const t = translator(locale);
  const dict = dictionary(locale);
  const m = dict.publicSite.publishing;
  const canPublish = ctx.can("public.publish");
  const [overview, profile, plans] = await Promise.all([getPublishingOverview(ctx.db), getPublicProfile(ctx.db), listPlanMarks(ctx.db)]);
  const { updatedAt: _u, updatedBy: _b, ...profileInput } = profile;
  const current = overview.current;
  const publicHome = `/${ctx.city.slug}/${ctx.city.defaultLocale}`;
  const p = m.profile;
  const orNotSet = (s: string) => s || p.notSet;

  return (
    <PageShell title={t("settings.title")}>
      <SettingsNav citySlug={ctx.city.slug} t={t} showAdmin={ctx.can("members.read")} showAudit={ctx.can("audit.read")} />
      <h2 className="text-2xl font-semibold">{m.title}</h2>
      <p className="mt-1 mb-2 text-slate-800">{fill(m.intro, { city: ctx.city.name })}</p>
      <p className="mb-6">
        <Link href={publicHome} className="font-medium text-blue-800 underline">
          {fill(m.viewPublic, { city: ctx.city.name })}
        </Link>
      </p>
      {canPublish ? null : <p className="mb-6 rounded-md bg-slate-100 p-3 text-slate-800">{m.readOnly}</p>}

      <div className="space-y-10">
        <section aria-labelledby="published-heading" className="space-y-3">
          <h2 id="published-heading" className="text-xl font-semibold">
            {m.current.heading}
          </h2>
          {current ? (
            <>
              <p>
                {current.publishedByName
                  ? fill(m.current.publishedBy, { date: formatDateTime(locale, current.publishedAt), name: current.publishedByName })
                  : fill(m.current.published, { date: formatDateTime(locale, current.publishedAt) })}{" "}
                {fill(m.current.counts, { commitments: current.commitments, updates: current.updates, notes: current.publicNotes })}
              </p>
              {current.note ? <p>{fill(m.current.note, { note: current.note })}</p> : null}
              {overview.history.length > 1 ? (
                <div className="overflow-x-auto">
                  <table className="min-w-full border-collapse text-left text-sm">
                    <caption className="mb-2 text-left text-base font-semibold">{m.current.historyCaption}</caption>
                    <thead>
                      <tr className="border-b-2 border-slate-400">
                        <th scope="col" className="py-2 pr-4">{m.current.when}</th>
                        <th scope="col" className="py-2 pr-4">{m.current.by}</th>
                        <th scope="col" className="py-2 pr-4">{m.current.what}</th>
                        <th scope="col" className="py-2 pr-4">{m.current.noteColumn}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {overview.history.map((h) => (
                        <tr key={h.id} className="border-b border-slate-200 align-top">
                          <th scope="row" className="py-2 pr-4 font-normal">{formatDateTime(locale, h.publishedAt)}</th>
                          <td className="py-2 pr-4">{h.publishedByName ?? m.current.unknownPerson}</td>
                          <td className="py-2 pr-4">{fill(m.current.counts, { commitments: h.commitments, updates: h.updates, notes: h.publicNotes })}</td>
                          <td className="py-2 pr-4">{h.note}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
            </>
          ) : (
            <p className="rounded-lg border border-dashed border-slate-400 bg-slate-50 p-4 text-slate-800">{m.current.never}</p>
          )}
        </section>

        {canPublish ? (
          <PublishPanel
            citySlug={ctx.city.slug}
            cityName={ctx.city.name}
            preview={overview.preview}
            contradictions={overview.contradictions.map((c) => ({
              id: c.id,
              href: `/${ctx.city.slug}/workspace/commitments/${c.id}`,
              title: c.elementKey ? `${c.elementKey} ${c.title}` : c.title,
              text: fill(m.preview.contradictions.item, {
                status: dict.framework.status[c.status],
                progress: c.progress,
                suggested: dict.framework.status[c.suggested],
              }),
            }))}
            messages={m}
            cancel={t("common.cancel")}
            locale={locale}
          />
        ) : (
          <section aria-labelledby="publish-heading" className="space-y-2">
            <h2 id="publish-heading" className="text-xl font-semibold">
              {m.preview.heading}
            </h2>
            <p>{fill(m.preview.text, { commitments: overview.preview.commitments, updates: overview.preview.updates, notes: overview.preview.publicNotes })}</p>
          </section>
        )}

        <PublicCommitments
          citySlug={ctx.city.slug}
          cityName={ctx.city.name}
          rows={overview.commitments.map((c) => ({
            id: c.id,
            elementKey: c.elementKey,
            layerName: dict.publicSite.layers[c.layer],
            title: c.title,
            isPublic: c.isPublic,
          }))}
          canEdit={canPublish}
          messages={m.commitments}
          cancel={t("common.cancel")}
        />

        <PublicPlans
          citySlug={ctx.city.slug}
          rows={plans.map((p) => ({ id: p.id, title: p.title, statusLabel: t(`actionPlans.planStatus.${p.status}`), publishable: p.status !== "draft", isPublic: p.isPublic }))}
          canEdit={canPublish}
          labels={{
            heading: t("planData.publish.heading"),
            intro: t("planData.publish.intro"),
            empty: t("planData.publish.empty"),
            mark: t("planData.publish.mark"),
            draftNote: t("planData.publish.draftNote"),
            saved: t("planData.publish.saved"),
            yes: t("common.yes"),
            no: t("common.no"),
          }}
        />

        <section aria-labelledby="profile-heading" className="space-y-4">
          <h2 id="profile-heading" className="text-xl font-semibold">
            {p.heading}
          </h2>
          <p>{p.intro}</p>
          {canPublish ? (
            <ProfileForm
              citySlug={ctx.city.slug}
              initial={profileInput}
              m={p}
              texts={{ form: dict.actionPlans.form, multiSelect: dict.commitments.multiSelect, validation: m.validation, saving: t("common.saving") }}
            />
          ) : (
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">{p.introNl}</dt>
              <dd lang="nl" className="whitespace-pre-line">{orNotSet(profile.introNl)}</dd>
              <dt className="font-semibold">{p.introEn}</dt>
              <dd lang="en" className="whitespace-pre-line">{orNotSet(profile.introEn)}</dd>
              <dt className="font-semibold">{p.takePartNl}</dt>
              <dd lang="nl" className="whitespace-pre-line">{orNotSet(profile.takePartNl)}</dd>
              <dt className="font-semibold">{p.takePartEn}</dt>
              <dd lang="en" className="whitespace-pre-line">{orNotSet(profile.takePartEn)}</dd>
              <dt className="font-semibold">{p.contactEmail}</dt>
              <dd>{orNotSet(profile.contactEmail)}</dd>
              <dt className="font-semibold">{p.ombudsHeading}</dt>
              <dd>{profile.ombudsName ? [profile.ombudsName, profile.ombudsUrl, profile.ombudsEmail, profile.ombudsPhone].filter(Boolean).join(" · ") : p.notSet}</dd>
              <dt className="font-semibold">{p.accessibilityStatus}</dt>
              <dd>{profile.accessibilityStatus === "full" ? p.statusFull : profile.accessibilityStatus === "partial" ? p.statusPartial : p.statusNone}</dd>
              <dt className="font-semibold">{p.reviewedOn}</dt>
              <dd>{profile.accessibilityReviewedOn ? formatDate(locale, `${profile.accessibilityReviewedOn}T12:00:00Z`) : p.notSet}</dd>
              <dt className="font-semibold">{p.dataLicence}</dt>
              <dd>{p.licences[profile.dataLicence]}</dd>
            </dl>
          )}
        </section>
      </div>
    </PageShell>
  );
}
