import { Alert } from "@/components/ui/alert";
import { printerState } from "@/lib/kernel/documents/printer";
import { dictionary, translator } from "@/lib/features/dictionary";
import { formatDateTime } from "@/lib/kernel/i18n/format";
import { languageName, type Locale } from "@/lib/kernel/i18n/locales";
import type { FileState } from "@/lib/features/publication/documents/file-states";
import { ProduceFilesButton, type ProduceFiles } from "./produce-files-button";

const FORMAT_NAMES = { pdf: "PDF", docx: "Word" } as const;

/**
 * The stored files of a published report or declaration: which are there, and — when some are
 * missing — why (the printer's state on this server) and a button to make them now.
 */
export function StoredFiles(props: { files: FileState[]; locale: Locale; citySlug: string; id: string; produce: ProduceFiles | null; headingLevel?: 2 | 3 }) {
  const { files, locale } = props;
  const t = translator(locale);
  const m = dictionary(locale).documents;
  const name = (f: FileState) => t("documents.stored.file", { format: FORMAT_NAMES[f.format], language: languageName(f.locale, locale) });
  const missing = files.filter((f) => !f.storedAt);
  const state = printerState();
  const reason = state === "ready" ? "" : t(`documents.reasons.${state}`);
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  return (
    <section aria-labelledby={`stored-files-${props.id}`} className="space-y-2">
      <Heading id={`stored-files-${props.id}`} className={props.headingLevel === 3 ? "font-semibold" : "text-2xl font-semibold text-slate-900"}>
        {m.stored.heading}
      </Heading>
      <p className="text-sm text-slate-800">{m.stored.intro}</p>
      <ul className="space-y-1">
        {files.map((f) => (
          <li key={`${f.format}-${f.locale}`}>
            {name(f)}: {f.storedAt ? t("documents.stored.present", { date: formatDateTime(locale, f.storedAt) }) : <strong>{m.stored.missing}</strong>}
          </li>
        ))}
      </ul>
      {missing.length ? (
        <>
          <Alert tone="warning" announce={false}>
            {t("documents.published.partial", { missing: missing.map(name).join("; "), reason })}
          </Alert>
          {props.produce ? <ProduceFilesButton citySlug={props.citySlug} id={props.id} produce={props.produce} messages={m} /> : null}
        </>
      ) : null}
    </section>
  );
}
