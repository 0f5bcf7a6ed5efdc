import type { TransitionView } from "@/lib/features/declaration/get-declaration";
import type { Translator } from "@/lib/features/dictionary";
import { formatDateTime, formatDay } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";

/** Every recorded step, newest first, with who took it and the details entered. */
export function LifecycleHistory({ transitions, t, locale }: { transitions: TransitionView[]; t: Translator; locale: Locale }) {
  if (!transitions.length) return <p>{t("declaration.lifecycle.historyEmpty")}</p>;
  const details = (d: Record<string, unknown> | null): string[] => {
    if (!d) return [];
    const out: string[] = [];
    if (typeof d.consultationOpensOn === "string" && typeof d.consultationClosesOn === "string") {
      out.push(
        t("declaration.lifecycle.detailsConsultation", { opens: formatDay(locale, d.consultationOpensOn), closes: formatDay(locale, d.consultationClosesOn) }),
      );
    }
    if (typeof d.councilResolutionRef === "string" && typeof d.adoptedOn === "string") {
      out.push(
        t("declaration.lifecycle.detailsAdopted", {
          ref: d.councilResolutionRef,
          date: formatDay(locale, d.adoptedOn),
          for: Number(d.voteFor),
          against: Number(d.voteAgainst),
          abstain: Number(d.voteAbstain),
        }),
      );
    }
    if (typeof d.versionNumber === "number") out.push(t("declaration.lifecycle.detailsVersion", { number: d.versionNumber }));
    return out;
  };
  return (
    <ol className="space-y-3">
      {transitions.map((tr) => (
        <li key={tr.id} className="border-l-2 border-slate-400 pl-3">
          <p className="font-semibold">
            {tr.fromStatus
              ? t("declaration.lifecycle.moved", { from: t(`declaration.status.${tr.fromStatus}`), to: t(`declaration.status.${tr.toStatus}`) })
              : t("declaration.lifecycle.started")}
          </p>
          <p className="text-sm text-slate-800">
            <time dateTime={tr.at.toISOString()}>{formatDateTime(locale, tr.at)}</time>
            {" · "}
            {t("declaration.lifecycle.by", { name: tr.byName ?? t("declaration.versions.unknownAuthor") })}
          </p>
          {details(tr.details).map((line) => (
            <p key={line} className="text-sm text-slate-800">
              {line}
            </p>
          ))}
          {tr.note ? <p className="text-sm">{tr.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
