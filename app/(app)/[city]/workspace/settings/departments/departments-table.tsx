"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { EditDeleteActions } from "@/components/ui/edit-delete-actions";
import { RecordForm, type FieldSpec, type FormKind, type FormTexts } from "@/components/forms/record-form";
import { fill } from "@/lib/kernel/i18n/fill";
import type { Dictionary } from "@/lib/features/dictionary";
import { ZDepartmentCreate, ZDepartmentUpdate } from "@/lib/features/city-settings/departments/schema";
import { createDepartmentAction, deleteDepartmentAction, updateDepartmentAction } from "./actions";

export interface DepartmentItem {
  id: string;
  name: string;
  contactName: string;
  contactEmail: string;
  version: number;
  commitments: number;
}

type Stored = Omit<DepartmentItem, "commitments">;
const editValues = (d: Stored) => ({ id: d.id, version: d.version, name: d.name, contactName: d.contactName, contactEmail: d.contactEmail });

const CREATE: FormKind = { schema: ZDepartmentCreate, action: createDepartmentAction as FormKind["action"], next: () => null };
const EDIT: FormKind = {
  schema: ZDepartmentUpdate,
  action: updateDepartmentAction as FormKind["action"],
  toValues: editValues,
  versionOf: (d: Stored) => d.version,
};
const EMPTY = { name: "", contactName: "", contactEmail: "" };

function departmentFields(m: Dictionary["commitments"]["departments"]): FieldSpec[] {
  return [
    { name: "name", label: m.name, type: "text" },
    { name: "contactName", label: m.contact, type: "text", autoComplete: "off", half: true },
    { name: "contactEmail", label: m.email, type: "email", autoComplete: "off", half: true },
  ];
}

/**
 * The register: every department with its contact and number of commitments; editors get edit and
 * delete (after confirmation, which says how many commitments lose their department) and an add form.
 */
export function DepartmentsTable({
  citySlug,
  cityName,
  departments,
  canEdit,
  messages,
  texts,
  cancel,
}: {
  citySlug: string;
  cityName: string;
  departments: DepartmentItem[];
  canEdit: boolean;
  messages: Dictionary["commitments"]["departments"];
  texts: FormTexts;
  cancel: string;
}) {
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const captionRef = useRef<HTMLTableCaptionElement>(null);
  const editing = departments.find((d) => d.id === editingId);
  const fields = departmentFields(messages);
  // The register's own words for the conflict notice; the rest is RecordForm's.
  const formTexts: FormTexts = {
    ...texts,
    form: { ...texts.form, conflictTitle: messages.conflictTitle, loadTheirs: messages.loadTheirs, keepMine: messages.keepMine },
  };
  const formClass = "max-w-2xl space-y-4 rounded-md border border-slate-300 p-4";

  async function remove(d: DepartmentItem) {
    setStatus(null);
    setError(null);
    const result = await deleteDepartmentAction(citySlug, { id: d.id, version: d.version, unsetCommitments: d.commitments > 0 });
    if (result.ok) {
      setStatus(
        result.data.unlinked ? fill(messages.deletedUnlinked, { name: d.name, count: result.data.unlinked }) : fill(messages.deleted, { name: d.name }),
      );
      if (editingId === d.id) setEditingId(null);
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
      {departments.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-slate-50 p-4 text-slate-800">
          {canEdit ? messages.emptyEditor : messages.emptyReader}
        </p>
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
                  {messages.contact}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {messages.email}
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
              {departments.map((d) => (
                <tr key={d.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-3 pr-4 font-semibold">
                    {d.name}
                  </th>
                  <td className="py-3 pr-4">{d.contactName || messages.noContact}</td>
                  <td className="py-3 pr-4 break-all">{d.contactEmail ? <a href={`mailto:${d.contactEmail}`}>{d.contactEmail}</a> : messages.noContact}</td>
                  <td className="py-3 pr-4 text-right tabular-nums">{d.commitments}</td>
                  {canEdit ? (
                    <td className="py-3">
                      <EditDeleteActions
                        labels={{
                          edit: messages.edit,
                          editAccessible: fill(messages.editLabel, { name: d.name }),
                          delete: messages.delete,
                          deleteAccessible: fill(messages.deleteLabel, { name: d.name }),
                          deleteTitle: fill(messages.deleteTitle, { name: d.name }),
                          deleteConfirm: messages.deleteConfirm,
                          cancel,
                        }}
                        description={<p>{d.commitments > 0 ? fill(messages.deleteTextLinked, { count: d.commitments }) : messages.deleteText}</p>}
                        onEdit={() => setEditingId(d.id)}
                        onDelete={() => remove(d)}
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
          idPrefix={`dept-edit-${editing.id}`}
          className={formClass}
          heading={fill(messages.editHeading, { name: editing.name })}
          submitLabel={messages.save}
          fields={fields}
          initial={editValues(editing)}
          texts={formTexts}
          focusFirst
          savedText={(d: Stored) => fill(messages.saved, { name: d.name })}
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
          idPrefix="dept-new"
          className={formClass}
          heading={messages.addHeading}
          submitLabel={messages.add}
          fields={fields}
          initial={EMPTY}
          texts={formTexts}
          savedText={(d: Stored) => fill(messages.added, { name: d.name })}
        />
      ) : null}
    </div>
  );
}
