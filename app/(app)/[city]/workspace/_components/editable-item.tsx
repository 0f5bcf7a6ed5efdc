"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { fill } from "@/lib/kernel/i18n/fill";
import { DELETE_KINDS, type DeleteKindName, type FormKindName } from "./form-kinds";
import type { FieldSpec, FormTexts } from "@/components/forms/record-form";
import { PlanRecordForm } from "./plan-record-form";

/**
 * A record shown on a page with, for editors, Edit (the form opens in place) and Delete (after a
 * confirmation that says what goes with it). Deleting names the version the person saw.
 */
export function EditableItem({
  children,
  name,
  citySlug,
  edit,
  remove,
  texts,
  context = {},
}: {
  children: ReactNode;
  /** The record's name, for the buttons' accessible labels and the question. */
  name: string;
  citySlug: string;
  edit?: { kind: FormKindName; heading: string; fields: FieldSpec[]; initial: Record<string, unknown> };
  remove?: { kind: DeleteKindName; id: string; version: number; warning: string };
  texts: FormTexts & { cancel: string };
  context?: Record<string, string>;
}) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  const f = texts.form;

  async function onDelete() {
    setError(null);
    const k = DELETE_KINDS[remove!.kind];
    const result = await k.action(citySlug, { id: remove!.id, version: remove!.version });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const next = k.next(citySlug, context);
    if (next) router.push(next);
    else router.refresh();
  }

  return (
    <div className="space-y-3">
      {editing && edit ? (
        <div className="rounded-md border border-slate-300 p-4">
          <PlanRecordForm
            kind={edit.kind}
            citySlug={citySlug}
            heading={edit.heading}
            submitLabel={f.save}
            fields={edit.fields}
            initial={edit.initial}
            texts={texts}
            context={context}
            onDone={() => setEditing(false)}
          />
          <Button variant="ghost" className="mt-2" onClick={() => setEditing(false)}>
            {f.cancelEdit}
          </Button>
        </div>
      ) : (
        children
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
      {!editing && (edit || remove) ? (
        <div className="flex flex-wrap gap-2">
          {edit ? (
            <Button variant="secondary" aria-label={fill(f.editNamed, { name })} onClick={() => setEditing(true)}>
              {f.edit}
            </Button>
          ) : null}
          {remove ? (
            <ConfirmDialog
              triggerLabel={f.delete}
              triggerAccessibleLabel={fill(f.deleteNamed, { name })}
              title={fill(f.deleteTitle, { name })}
              description={remove.warning}
              confirmLabel={f.deleteConfirm}
              cancelLabel={texts.cancel}
              onConfirm={onDelete}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
