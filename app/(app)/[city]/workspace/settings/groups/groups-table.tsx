"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { EditDeleteActions } from "@/components/ui/edit-delete-actions";
import { RecordForm, type FieldSpec, type FormKind, type FormTexts } from "@/components/forms/record-form";
import { fill } from "@/lib/kernel/i18n/fill";
import type { Dictionary } from "@/lib/features/dictionary";
import { ZGroupCreate, ZGroupUpdate } from "@/lib/features/city-settings/groups/schema";
import { createGroupAction, deleteGroupAction, updateGroupAction } from "./actions";

export interface GroupItem {
  id: string;
  key: string;
  nameEn: string;
  nameNl: string;
  version: number;
  commitments: number;
}

type Stored = Omit<GroupItem, "commitments">;
const editValues = (g: Stored) => ({ id: g.id, version: g.version, nameEn: g.nameEn, nameNl: g.nameNl });

const CREATE: FormKind = { schema: ZGroupCreate, action: createGroupAction as FormKind["action"], next: () => null };
const EDIT: FormKind = { schema: ZGroupUpdate, action: updateGroupAction as FormKind["action"], toValues: editValues, versionOf: (g: Stored) => g.version };
const EMPTY = { nameEn: "", nameNl: "" };

function groupFields(m: Dictionary["commitments"]["groups"]): FieldSpec[] {
  return [
    { name: "nameEn", label: m.nameEn, type: "text", lang: "en", half: true },
    { name: "nameNl", label: m.nameNl, type: "text", lang: "nl", half: true },
  ];
}

/** The city's own groups; editors rename, delete (after confirmation) and add them. */
export function GroupsTable({
  citySlug,
  cityName,
  groups,
  canEdit,
  messages,
  texts,
  cancel,
}: {
  citySlug: string;
  cityName: string;
  groups: GroupItem[];
  canEdit: boolean;
  messages: Dictionary["commitments"]["groups"];
  texts: FormTexts;
  cancel: string;
}) {
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const captionRef = useRef<HTMLTableCaptionElement>(null);
  const editing = groups.find((g) => g.id === editingId);
  const fields = groupFields(messages);
  const formTexts: FormTexts = { ...texts, form: { ...texts.form, keepMine: messages.keepMine } };
  const formClass = "max-w-2xl space-y-4 rounded-md border border-slate-300 p-4";

  async function remove(g: GroupItem) {
    setStatus(null);
    setError(null);
    const result = await deleteGroupAction(citySlug, { id: g.id, version: g.version });
    if (result.ok) {
      setStatus(fill(messages.deleted, { name: g.nameEn }));
      if (editingId === g.id) setEditingId(null);
      captionRef.current?.focus();
    } else setError(result.error.message);
  }

  return (
    <div className="space-y-6">
      <div role="status">
        {status ? (
          <Alert tone="success" announce={false}>
            {status}
          </Alert>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {groups.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-slate-50 p-4 text-slate-800">{canEdit ? messages.emptyEditor : messages.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-left text-sm">
            <caption ref={captionRef} tabIndex={-1} className="mb-2 text-left text-base font-semibold">
              {fill(messages.ownCaption, { city: cityName })}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pr-4">
                  {messages.nameEn}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {messages.nameNl}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {messages.key}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {messages.commitments}
                </th>
                {canEdit ? (
                  <th scope="col" className="py-2">
                    {messages.actions}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.id} className="border-b border-slate-200 align-top">
                  <th scope="row" lang="en" className="py-3 pr-4 font-semibold">
                    {g.nameEn}
                  </th>
                  <td lang="nl" className="py-3 pr-4">
                    {g.nameNl}
                  </td>
                  <td className="py-3 pr-4">
                    <code>{g.key}</code>
                  </td>
                  <td className="py-3 pr-4 text-right tabular-nums">{g.commitments}</td>
                  {canEdit ? (
                    <td className="py-3">
                      <EditDeleteActions
                        labels={{
                          edit: messages.edit,
                          editAccessible: fill(messages.editLabel, { name: g.nameEn }),
                          delete: messages.delete,
                          deleteAccessible: fill(messages.deleteLabel, { name: g.nameEn }),
                          deleteTitle: fill(messages.deleteTitle, { name: g.nameEn }),
                          deleteConfirm: messages.deleteConfirm,
                          cancel,
                        }}
                        description={<p>{g.commitments > 0 ? fill(messages.deleteTextLinked, { count: g.commitments }) : messages.deleteText}</p>}
                        onEdit={() => setEditingId(g.id)}
                        onDelete={() => remove(g)}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && editing ? (
        <RecordForm
          key={`${editing.id}-${editing.version}`}
          kind={EDIT}
          citySlug={citySlug}
          idPrefix={`group-edit-${editing.id}`}
          className={formClass}
          heading={fill(messages.editLabel, { name: editing.nameEn })}
          submitLabel={messages.save}
          fields={fields}
          initial={editValues(editing)}
          texts={formTexts}
          focusFirst
          savedText={(g: Stored) => fill(messages.saved, { name: g.nameEn })}
          onCancel={() => setEditingId(null)}
          cancelLabel={cancel}
          onDone={(message) => {
            setEditingId(null);
            setStatus(message);
            setError(null);
          }}
        />
      ) : null}
      {canEdit ? (
        <RecordForm
          kind={CREATE}
          citySlug={citySlug}
          idPrefix="group-new"
          className={formClass}
          heading={messages.addHeading}
          intro={messages.keyHint}
          submitLabel={messages.add}
          fields={fields}
          initial={EMPTY}
          texts={formTexts}
          savedText={(g: Stored) => fill(messages.added, { name: g.nameEn, key: g.key })}
        />
      ) : null}
    </div>
  );
}
