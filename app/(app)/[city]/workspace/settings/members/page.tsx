import type { Metadata } from "next";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDate } from "@/lib/kernel/i18n/format";
import { requestLocale } from "@/lib/kernel/i18n/request-locale";
import { listMembers, listOpenInvitations } from "@/lib/features/members/list-members";
import { cityPageContext } from "@/lib/kernel/tenancy/page-context";
import { PageShell } from "../../_components/page-shell";
import { SettingsNav } from "../settings-nav";
import { InvitationsTable } from "./invitations-table";
import { InviteForm } from "./invite-form";
import { MembersTable } from "./members-table";

type Props = { params: Promise<{ city: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await requestLocale());
  return { title: t("settings.members.title") };
}

/** Members and open invitations; city admins manage them, officers read them. */
export default async function MembersPage({ params }: Props) {
  const { city } = await params;
  const ctx = await cityPageContext(city, "members.read", `/${city}/workspace/settings/members`);
  const locale = await requestLocale();
  const t = translator(locale);
  const messages = dictionary(locale);
  const canManage = ctx.can("members.manage");
  const [members, invitations] = await Promise.all([listMembers(ctx.city.id), listOpenInvitations(ctx.city.id)]);

  return (
    <PageShell title={t("settings.title")}>
      <SettingsNav citySlug={ctx.city.slug} t={t} showAudit={ctx.can("audit.read")} />
      <h2 className="text-2xl font-semibold">{t("settings.members.title")}</h2>
      <p className="mt-1 mb-6 text-slate-800">{t("settings.members.intro")}</p>
      {canManage ? null : <p className="mb-6 rounded-md bg-slate-100 p-3 text-slate-800">{t("settings.members.readOnly")}</p>}

      <MembersTable
        citySlug={ctx.city.slug}
        cityName={ctx.city.name}
        members={members.map((m) => ({
          userId: m.userId,
          name: m.name,
          email: m.email,
          role: m.role,
          since: formatDate(locale, m.since),
          isSelf: m.userId === ctx.user.id,
        }))}
        canManage={canManage}
        messages={messages.settings.members}
        roleLabels={messages.workspace.roles}
        cancel={t("common.cancel")}
      />

      <InvitationsTable
        citySlug={ctx.city.slug}
        cityName={ctx.city.name}
        invitations={invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expires: formatDate(locale, i.expiresAt) }))}
        canManage={canManage}
        messages={messages.settings.invitations}
        roleLabels={messages.workspace.roles}
        cancel={t("common.cancel")}
      />

      {canManage ? (
        <InviteForm
          citySlug={ctx.city.slug}
          cityName={ctx.city.name}
          messages={messages.settings.invite}
          roleLabels={messages.workspace.roles}
          texts={{
            "auth.validation.emailInvalid": t("auth.validation.emailInvalid"),
            "auth.members.alreadyMember": t("auth.members.alreadyMember"),
          }}
        />
      ) : null}
    </PageShell>
  );
}
