import type { Translator } from "@/lib/features/dictionary";
import { formatNumber } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { DATASETS, type DatasetName, type FieldType } from "@/lib/features/publication/open-data/datasets";
import { linkClass } from "./contact-link";
import { plural } from "./labels";
import { ScrollTable } from "./scroll-table";

const TYPE_KEY = {
  string: "string",
  integer: "integer",
  date: "date",
  datetime: "datetime",
  "string[]": "stringList",
  "integer[]": "integerList",
} as const satisfies Record<FieldType, string>;

/** What an empty dataset waits for: the publication behind it. */
const NONE = {
  commitments: "publicSite.data.noRecordsCommitments",
  updates: "publicSite.data.noRecordsCommitments",
  actions: "publicSite.data.noRecordsActionPlan",
  indicators: "publicSite.data.noRecordsActionPlan",
  measurements: "publicSite.data.noRecordsActionPlan",
  reports: "publicSite.data.noRecordsReports",
} as const satisfies Record<DatasetName, string>;

/**
 * One dataset on the open-data page: what it holds, its CSV and JSON addresses, how many records
 * the latest publication has (or why it has none), and a table of its fields — the same
 * definitions (lib/features/publication/open-data/datasets.ts) the files and the catalogue are built from.
 */
export function DatasetSection({ name, api, locale, t, records }: { name: DatasetName; api: string; locale: Locale; t: Translator; records: number }) {
  const d = DATASETS[name];
  const title = d.title[locale];
  const id = `dataset-${name}`;
  const none = NONE[name];
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h3 id={`${id}-heading`} className="text-xl font-semibold text-slate-900">
        {title}
      </h3>
      <p className="max-w-prose text-slate-800">{d.description[locale]}</p>
      <p className="text-slate-800">
        {records > 0 ? t(plural(records, "publicSite.data.recordsOne", "publicSite.data.recordsOther"), { count: formatNumber(locale, records) }) : t(none)}
      </p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {(["csv", "json"] as const).map((format) => (
          <li key={format}>
            <a href={`${api}/${name}.${format}`} className={linkClass}>
              {t("publicSite.data.download", { title, format: format.toUpperCase() })}
            </a>
          </li>
        ))}
      </ul>
      <ScrollTable
        id={`${id}-fields`}
        caption={t("publicSite.data.fieldsCaption", { title })}
        head={[t("publicSite.data.field"), t("publicSite.data.type"), t("publicSite.data.nullable"), t("publicSite.data.meaning")]}
      >
        {d.fields.map((field) => (
          <tr key={field.name}>
            <th scope="row" className="font-mono font-normal">
              {field.name}
            </th>
            <td>{t(`publicSite.data.types.${TYPE_KEY[field.type]}`)}</td>
            <td>{field.nullable ? t("publicSite.data.yes") : t("publicSite.data.no")}</td>
            <td className="min-w-48">{field.description[locale]}</td>
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
}
