"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fill } from "@/lib/kernel/i18n/fill";
import { toEditValues, type CommitmentRecord } from "@/lib/features/commitments/records";
import type { TCommitmentEdit } from "@/lib/features/commitments/schema";
import type { Dictionary } from "@/lib/features/dictionary";
import { formatDateTime } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { CommitmentOptions } from "@/lib/features/commitments/commitment-options";
import { changedFields, describeField, EDIT_FIELDS, FIELD_LABEL_KEY } from "./format-fields";

/**
 * Someone saved first. Shows, field by field, what they changed since this person loaded the
 * form (their stored value next to what is in this person's form), and lets them either take
 * their version or keep their own input and save over it deliberately.
 */
export function ConflictNotice({
  message,
  current,
  loaded,
  mine,
  isElement,
  options,
  messages,
  statusLabels,
  locale,
  onLoadTheirs,
  onKeepMine,
}: {
  message: string;
  current: CommitmentRecord;
  loaded: TCommitmentEdit;
  mine: TCommitmentEdit;
  isElement: boolean;
  options: CommitmentOptions;
  messages: Dictionary["commitments"];
  statusLabels: Record<TCommitmentEdit["status"], string>;
  locale: Locale;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
}) {
  const m = messages.form;
  const theirs = toEditValues(current);
  const fields = changedFields(loaded, theirs, isElement ? EDIT_FIELDS.filter((f) => f !== "title") : EDIT_FIELDS);
  const show = (field: (typeof fields)[number], v: TCommitmentEdit) => describeField(field, v, options, messages, statusLabels, locale);

  return (
    <Alert tone="error" title={m.conflictTitle}>
      <p>{message}</p>
      <p>
        {fill(m.conflictIntro, {
          name: current.updatedByName ?? messages.labels.formerMember,
          date: formatDateTime(locale, current.updatedAt),
        })}
      </p>
      {fields.length === 0 ? (
        <p>{m.conflictNoFieldDiff}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-red-300 bg-white text-slate-900">
          <table className="min-w-full text-left text-sm">
            <caption className="p-2 text-left font-semibold">{m.conflictTable}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">
                  {m.conflictField}
                </th>
                <th scope="col" className="p-2">
                  {m.conflictTheirs}
                </th>
                <th scope="col" className="p-2">
                  {m.conflictYours}
                </th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f) => (
                <tr key={f} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-semibold">
                    {messages.fields[FIELD_LABEL_KEY[f]]}
                  </th>
                  <td className="p-2 whitespace-pre-wrap">{show(f, theirs)}</td>
                  <td className="p-2 whitespace-pre-wrap">{show(f, mine)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={onLoadTheirs}>
          {m.loadTheirs}
        </Button>
        <Button variant="secondary" onClick={onKeepMine}>
          {m.keepMine}
        </Button>
      </div>
    </Alert>
  );
}
