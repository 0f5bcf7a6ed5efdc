"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { fill } from "@/lib/kernel/i18n/fill";
import type { Dictionary } from "@/lib/features/dictionary";
import type { TRole } from "@/lib/features/members/schema";
import { revokeInvitationAction } from "./actions";

export interface InvitationItem {
  id: string;
  email: string;
  role: TRole;
  /** Already formatted in the page's language. */
  expires: string;
}

export function InvitationsTable({
  citySlug,
  cityName,
  invitations,
  canManage,
  messages,
  roleLabels,
  cancel,
}: {
  citySlug: string;
  cityName: string;
  invitations: InvitationItem[];
  canManage: boolean;
  messages: Dictionary["settings"]["invitations"];
  roleLabels: Record<TRole, string>;
  cancel: string;
}) {
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function revoke(invitation: InvitationItem) {
    setStatus(null);
    setError(null);
    const result = await revokeInvitationAction(citySlug, { invitationId: invitation.id });
    if (result.ok) {
      setStatus(fill(messages.revoked, { email: invitation.email }));
      headingRef.current?.focus();
    } else setError(result.error.message);
  }

  return (
    <section aria-labelledby="invitations-heading" className="mt-12 space-y-4">
      <h2 id="invitations-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
        {messages.title}
      </h2>
      <div role="status">
        {status ? (
          <Alert tone="success" announce={false}>
            {status}
          </Alert>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {invitations.length === 0 ? (
        <p className="text-slate-800">{messages.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-left text-sm">
            <caption className="sr-only">{fill(messages.tableCaption, { city: cityName })}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pr-4">
                  {messages.email}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {messages.role}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {messages.expires}
                </th>
                {canManage ? (
                  <th scope="col" className="py-2">
                    <span className="sr-only">{messages.revoke}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {invitations.map((inv) => (
                <tr key={inv.id} className="border-b border-slate-200">
                  <th scope="row" className="py-3 pr-4 font-semibold break-all">
                    {inv.email}
                  </th>
                  <td className="py-3 pr-4">{roleLabels[inv.role]}</td>
                  <td className="py-3 pr-4 whitespace-nowrap">{inv.expires}</td>
                  {canManage ? (
                    <td className="py-3">
                      <ConfirmDialog
                        triggerLabel={messages.revoke}
                        triggerAccessibleLabel={fill(messages.revokeLabel, { email: inv.email })}
                        title={fill(messages.revokeTitle, { email: inv.email })}
                        description={<p>{messages.revokeText}</p>}
                        confirmLabel={messages.revokeConfirm}
                        cancelLabel={cancel}
                        onConfirm={() => revoke(inv)}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
