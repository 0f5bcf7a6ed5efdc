import type { DashFormat } from "@/lib/features/dashboard/format";
import { formatDate } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { PublicUpdate } from "@/lib/features/publication/site/types";
import { maturityLabel, statusLabel } from "./labels";

/** What one update changed, one line per field ("Status: Planned → In progress"). */
function changes(u: PublicUpdate, f: DashFormat): string[] {
  const { t } = f;
  const lines: string[] = [];
  if (u.toStatus !== null) {
    lines.push(
      u.fromStatus !== null
        ? t("publicSite.commitment.changeStatus", { from: statusLabel(t, u.fromStatus), to: statusLabel(t, u.toStatus) })
        : t("publicSite.commitment.setStatus", { to: statusLabel(t, u.toStatus) }),
    );
  }
  if (u.toProgress !== null) {
    lines.push(
      u.fromProgress !== null
        ? t("publicSite.commitment.changeProgress", { from: f.pct(u.fromProgress), to: f.pct(u.toProgress) })
        : t("publicSite.commitment.setProgress", { to: f.pct(u.toProgress) }),
    );
  }
  if (u.toMaturity !== null) {
    lines.push(
      u.fromMaturity !== null
        ? t("publicSite.commitment.changeMaturity", { from: maturityLabel(t, u.fromMaturity), to: maturityLabel(t, u.toMaturity) })
        : t("publicSite.commitment.setMaturity", { to: maturityLabel(t, u.toMaturity) }),
    );
  }
  return lines;
}

/** The published history of one commitment, newest first: date, what changed, the public note. */
export function CommitmentHistory({ updates, f, textLang }: { updates: PublicUpdate[]; f: DashFormat; textLang: Locale | undefined }) {
  const { t } = f;
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-2xl font-semibold text-slate-900">
        {t("publicSite.commitment.historyHeading")}
      </h2>
      <p className="max-w-prose text-slate-800">{t("publicSite.commitment.historyIntro")}</p>
      {updates.length === 0 ? (
        <p className="text-slate-800">{t("publicSite.commitment.historyEmpty")}</p>
      ) : (
        <ol className="space-y-4 border-l-2 border-slate-300 pl-4">
          {updates.map((u) => (
            <li key={u.id} className="space-y-1">
              <p className="font-semibold text-slate-900">
                <time dateTime={u.at}>{formatDate(f.locale, u.at, "long")}</time>
              </p>
              <ul className="text-slate-800">
                {changes(u, f).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {u.note ? (
                <p className="max-w-prose whitespace-pre-line text-slate-800">
                  <span className="font-semibold">{t("publicSite.commitment.note")}</span> <span lang={textLang}>{u.note}</span>
                </p>
              ) : (
                <p className="text-sm text-slate-700">{t("publicSite.commitment.noNote")}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
