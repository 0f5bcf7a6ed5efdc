import { toEditValues, type CommitmentRecord } from "@/lib/features/commitments/records";
import type { Dictionary } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { CommitmentOptions } from "@/lib/features/commitments/commitment-options";
import { describeField, EDIT_FIELDS, FIELD_LABEL_KEY } from "./format-fields";

/** The commitment for those who may read but not edit it (council and advisory members): every field, as text. */
export function CommitmentDetails({
  record,
  options,
  messages,
  statusLabels,
  locale,
}: {
  record: CommitmentRecord;
  options: CommitmentOptions;
  messages: Dictionary["commitments"];
  statusLabels: Dictionary["framework"]["status"];
  locale: Locale;
}) {
  const values = toEditValues(record);
  // The title is the page's heading already; the text reads better as a paragraph of its own.
  const fields = EDIT_FIELDS.filter((f) => f !== "title" && f !== "text");
  return (
    <div className="space-y-4">
      <div>
        <h3 className="font-semibold">{messages.fields.text}</h3>
        <p className="mt-1 whitespace-pre-wrap">{record.text || messages.labels.notSet}</p>
      </div>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {fields.map((f) => (
          <div key={f} className="contents">
            <dt className="font-semibold">{messages.fields[FIELD_LABEL_KEY[f]]}</dt>
            <dd>
              {describeField(f, values, options, messages, statusLabels, locale)}
              {f === "maturity" ? <span className="block text-sm text-slate-700">{messages.maturityExplain[record.maturity]}</span> : null}
              {f === "progress" && record.progressMode === "actions" ? (
                <span className="block text-sm text-slate-700">{messages.form.progressDerived}</span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-800">{messages.view.readOnly}</p>
    </div>
  );
}
