"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { inputClasses } from "@/components/ui/field";
import { fill } from "@/lib/kernel/i18n/fill";
import type { Dictionary } from "@/lib/features/dictionary";
import { ROLES } from "@/lib/kernel/auth/permissions";
import type { TRole } from "@/lib/features/members/schema";
import { changeMemberRoleAction, removeMemberAction } from "./actions";

export interface MemberItem {
  userId: string;
  name: string;
  email: string;
  role: TRole;
  /** Already formatted in the page's language. */
  since: string;
  isSelf: boolean;
}

/**
 * The members and, for those who may manage them, a role picker and a remove button per row.
 * Outcomes are announced in one status region above the table, which stays when a row goes.
 */
export function MembersTable({
  citySlug,
  cityName,
  members,
  canManage,
  messages,
  roleLabels,
  cancel,
}: {
  citySlug: string;
  cityName: string;
  members: MemberItem[];
  canManage: boolean;
  messages: Dictionary["settings"]["members"];
  roleLabels: Record<TRole, string>;
  cancel: string;
}) {
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const captionRef = useRef<HTMLTableCaptionElement>(null);

  async function saveRole(member: MemberItem, role: TRole) {
    setStatus(null);
    setError(null);
    const result = await changeMemberRoleAction(citySlug, { userId: member.userId, role });
    if (result.ok) setStatus(fill(messages.roleSaved, { name: member.name, role: roleLabels[role] }));
    else setError(result.error.message);
  }

  async function remove(member: MemberItem) {
    setStatus(null);
    setError(null);
    const result = await removeMemberAction(citySlug, { userId: member.userId });
    if (result.ok) {
      setStatus(fill(messages.removed, { name: member.name }));
      // The row and its button are gone: keep keyboard focus somewhere sensible.
      captionRef.current?.focus();
    } else setError(result.error.message);
  }

  return (
    <div className="space-y-4">
      <div role="status">
        {status ? (
          <Alert tone="success" announce={false}>
            {status}
          </Alert>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {members.length === 0 ? (
        <p className="text-slate-800">{messages.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-left text-sm">
            <caption ref={captionRef} tabIndex={-1} className="mb-2 text-left text-base font-semibold">
              {fill(messages.tableCaption, { city: cityName })}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pr-4">
                  {messages.name}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {messages.email}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {messages.role}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {messages.since}
                </th>
                {canManage ? (
                  <th scope="col" className="py-2">
                    {messages.actions}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-3 pr-4 font-semibold">
                    {m.name} {m.isSelf ? <span className="font-normal text-slate-700">{messages.you}</span> : null}
                  </th>
                  <td className="py-3 pr-4 break-all">{m.email}</td>
                  <td className="py-3 pr-4">
                    {canManage ? <RoleForm member={m} roleLabels={roleLabels} messages={messages} onSave={saveRole} /> : roleLabels[m.role]}
                  </td>
                  <td className="py-3 pr-4 whitespace-nowrap">{m.since}</td>
                  {canManage ? (
                    <td className="py-3">
                      {m.isSelf ? null : (
                        <ConfirmDialog
                          triggerLabel={messages.remove}
                          triggerAccessibleLabel={fill(messages.removeLabel, { name: m.name })}
                          title={fill(messages.removeTitle, { name: m.name, city: cityName })}
                          description={<p>{fill(messages.removeText, { name: m.name })}</p>}
                          confirmLabel={messages.removeConfirm}
                          cancelLabel={cancel}
                          onConfirm={() => remove(m)}
                        />
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function RoleForm({
  member,
  roleLabels,
  messages,
  onSave,
}: {
  member: MemberItem;
  roleLabels: Record<TRole, string>;
  messages: Dictionary["settings"]["members"];
  onSave: (member: MemberItem, role: TRole) => Promise<void>;
}) {
  const [role, setRole] = useState<TRole>(member.role);
  const [pending, setPending] = useState(false);
  const id = `role-${member.userId}`;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    try {
      await onSave(member, role);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {fill(messages.roleFor, { name: member.name })}
      </label>
      <select id={id} value={role} onChange={(e) => setRole(e.target.value as TRole)} className={`${inputClasses} w-auto py-1.5`}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {roleLabels[r]}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={pending || role === member.role} aria-busy={pending}>
        {messages.saveRole}
      </Button>
    </form>
  );
}
