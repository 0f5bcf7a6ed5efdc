"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { fill } from "@/lib/kernel/i18n/fill";
import type { ActionResult } from "@/lib/kernel/action-chain/result";
import type { Dictionary } from "@/lib/features/dictionary";
import { CopyField } from "./copy-field";
import { IdentityProviderForm, type ProviderItem, type ProviderSave } from "./identity-provider-form";

/**
 * A city's identity providers, for its city admin (settings → sign-in) and the platform admin
 * (/admin/cities/<slug>): what each is, the redirect URI to register at the provider, and forms to
 * add, change and remove them. Both pages pass their own Server Actions; `extra` is merged into
 * every input (the platform admin's actions are told the city by its slug).
 */
export function IdentityProvidersPanel({
  initial,
  canEdit,
  messages,
  actions,
  extra = {},
}: {
  initial: ProviderItem[];
  canEdit: boolean;
  messages: Dictionary["identity"];
  actions: { create: ProviderSave; update: ProviderSave; remove: (input: Record<string, unknown>) => Promise<ActionResult<unknown>> };
  extra?: Record<string, string>;
}) {
  const [providers, setProviders] = useState(initial);
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const withExtra =
    (save: ProviderSave): ProviderSave =>
    (input) =>
      save({ ...extra, ...input });

  return (
    <div className="space-y-6">
      <div role="status">
        {notice?.tone === "success" ? (
          <Alert tone="success" announce={false}>
            {notice.text}
          </Alert>
        ) : null}
      </div>
      {notice?.tone === "error" ? <Alert tone="error">{notice.text}</Alert> : null}
      {providers.length === 0 ? <EmptyState>{messages.empty}</EmptyState> : null}
      <ul className="space-y-4 empty:hidden">
        {providers.map((p) => (
          <li key={p.id} className="space-y-3 rounded-md border border-slate-300 p-4">
            {editing === p.id ? (
              <IdentityProviderForm
                editing={p}
                messages={messages}
                save={withExtra(actions.update)}
                onCancel={() => setEditing(null)}
                onDone={(saved, text) => {
                  setProviders((all) => all.map((x) => (x.id === saved.id ? saved : x)));
                  setEditing(null);
                  setNotice({ tone: "success", text });
                }}
              />
            ) : (
              <>
                <div className="flex flex-wrap items-center gap-3">
                  <h3 className="text-lg font-semibold text-slate-900">{p.displayName}</h3>
                  <Badge tone={p.enabled ? "green" : "gray"}>{p.enabled ? messages.enabledBadge : messages.disabledBadge}</Badge>
                </div>
                <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">{messages.fields.issuer}</dt>
                  <dd className="break-all">{p.issuer}</dd>
                  <dt className="font-semibold">{messages.fields.clientId}</dt>
                  <dd className="break-all">{p.clientId}</dd>
                </dl>
                <CopyField label={messages.fields.redirectUri} value={p.redirectUri} copyLabel={messages.fields.copy} copiedLabel={messages.fields.copied} />
                {canEdit ? (
                  <div className="flex flex-wrap gap-3">
                    <Button variant="secondary" aria-label={fill(messages.editing, { name: p.displayName })} onClick={() => setEditing(p.id)}>
                      {messages.edit}
                    </Button>
                    <ConfirmDialog
                      triggerLabel={messages.remove}
                      triggerAccessibleLabel={`${messages.remove} ${p.displayName}`}
                      title={`${messages.remove} ${p.displayName}`}
                      description={fill(messages.removeConfirm, { name: p.displayName })}
                      confirmLabel={messages.remove}
                      cancelLabel={messages.cancel}
                      onConfirm={async () => {
                        const r = await actions.remove({ ...extra, id: p.id, version: p.version });
                        if (r.ok) {
                          setProviders((all) => all.filter((x) => x.id !== p.id));
                          setNotice({ tone: "success", text: fill(messages.removed, { name: p.displayName }) });
                        } else {
                          setNotice({ tone: "error", text: r.error.message });
                        }
                      }}
                    />
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {canEdit ? (
        editing === "new" ? (
          <IdentityProviderForm
            messages={messages}
            save={withExtra(actions.create)}
            onCancel={() => setEditing(null)}
            onDone={(saved, text) => {
              setProviders((all) => [...all, saved]);
              setEditing(null);
              setNotice({ tone: "success", text });
            }}
          />
        ) : (
          <Button onClick={() => setEditing("new")}>{messages.add}</Button>
        )
      ) : null}
    </div>
  );
}
