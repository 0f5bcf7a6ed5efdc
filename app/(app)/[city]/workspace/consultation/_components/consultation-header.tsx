import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Dictionary } from "@/lib/features/dictionary";
import { formatDay, formatNumber, formatPercent } from "@/lib/kernel/i18n/format";
import type { Locale } from "@/lib/kernel/i18n/locales";
import type { ConsultationData } from "@/lib/features/declaration/consultation-view";
import { fill } from "@/lib/kernel/i18n/fill";

/** Status, period, numbers and the links between the consultation's pages. */
export function ConsultationHeader({
  data,
  m,
  locale,
  citySlug,
  current,
}: {
  data: ConsultationData;
  m: Dictionary["consultation"];
  locale: Locale;
  citySlug: string;
  current: "text" | "summary" | "mine";
}) {
  const d = data.declaration;
  const base = `/${citySlug}/workspace/consultation`;
  const api = `/api/cities/${citySlug}/declaration/${d.id}`;
  const from = d.consultationOpensOn ? formatDay(locale, d.consultationOpensOn, "long") : null;
  const until = d.consultationClosesOn ? formatDay(locale, d.consultationClosesOn, "long") : null;
  const period =
    from && until
      ? fill(m.period.fromUntil, { from, until })
      : from
        ? fill(m.period.from, { date: from })
        : until
          ? fill(m.period.until, { date: until })
          : null;
  const s = data.stats;
  const links = [
    { key: "text", href: base, label: m.nav.text },
    { key: "summary", href: `${base}/summary`, label: m.nav.summary },
    { key: "mine", href: `${base}/mine`, label: m.nav.mine },
  ] as const;
  return (
    <div className="space-y-4">
      <p className="flex flex-wrap items-center gap-3 text-slate-800">
        <span className="font-semibold">{d.title}</span>
        <Badge tone={d.status === "consultation" ? "blue" : "gray"}>{m.status[d.status as keyof typeof m.status] ?? d.status}</Badge>
        {period ? <span>{period}</span> : null}
      </p>
      <nav aria-label={m.title} className="flex flex-wrap gap-4 border-b border-slate-300 pb-2">
        {links.map((l) => (
          <Link key={l.key} href={l.href} aria-current={current === l.key ? "page" : undefined} className={current === l.key ? "font-semibold" : ""}>
            {l.label}
          </Link>
        ))}
        <Link href={`/${citySlug}/workspace/declaration`}>{m.nav.declaration}</Link>
        <span className="ml-auto flex gap-4">
          <a href={`${api}/summary.csv?locale=${locale}`}>{m.nav.csv}</a>
          <a href={`${api}/summary.pdf?locale=${locale}`}>{m.nav.pdf}</a>
        </span>
      </nav>
      <section aria-labelledby="consultation-stats">
        <h2 id="consultation-stats" className="sr-only">
          {m.stats.heading}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {[
            [m.stats.comments, formatNumber(locale, s.comments)],
            [m.stats.replies, formatNumber(locale, s.replies)],
            [m.stats.commenters, formatNumber(locale, s.commenters)],
            [m.stats.answered, formatNumber(locale, s.answered)],
            [m.stats.acceptedOrPartly, s.acceptedOrPartlyShare === null ? "—" : formatPercent(locale, s.acceptedOrPartlyShare)],
          ].map(([label, value]) => (
            <div key={label} className="rounded-md border border-slate-300 p-3">
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="text-xl font-semibold text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
