import { BuiltHtml } from "@/components/ui/built-html";
import type { BuiltHtml as Markup } from "@/lib/kernel/html/built-html";
import type { VersionDiff, WordChange } from "@/lib/features/declaration/diff-versions";
import type { Dictionary } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { fill } from "@/lib/kernel/i18n/fill";

/**
 * A comparison of two versions (computed on the server, diff-versions.ts): inline, or side by side.
 * Changes are marked with <ins>/<del> and a text label, never by colour alone. The block HTML
 * comes from the escaping renderer.
 */
const INS = "bg-green-100 text-green-950 underline decoration-2";
const DEL = "bg-red-100 text-red-950 line-through decoration-2";

function Words({ words, side, lang }: { words: WordChange[]; side: "both" | "before" | "after"; lang: Locale }) {
  return (
    <p lang={lang} className="whitespace-pre-wrap">
      {words.map((w, i) => {
        if (w.change === "same") return <span key={i}>{w.value}</span>;
        if (w.change === "added")
          return side === "before" ? null : (
            <ins key={i} className={INS}>
              {w.value}
            </ins>
          );
        return side === "after" ? null : (
          <del key={i} className={DEL}>
            {w.value}
          </del>
        );
      })}
    </p>
  );
}

const Html = ({ html, lang }: { html: Markup; lang: Locale }) => <BuiltHtml lang={lang} className="declaration-text" html={html} />;

export function VersionDiffView({
  diff,
  layout,
  messages,
  textLocale,
  fromLabel,
  toLabel,
  numbers,
}: {
  diff: VersionDiff;
  layout: "inline" | "side";
  messages: Dictionary["declaration"]["compare"];
  textLocale: Locale;
  fromLabel: string;
  toLabel: string;
  /** The two versions' numbers, for the note on a renumbered article. */
  numbers: { from: number; to: number };
}) {
  const m = messages;
  const where = (article: number) => (article ? fill(m.inArticle, { number: article }) : m.preamble);
  const total = diff.counts.added + diff.counts.removed + diff.counts.changed;
  if (total === 0) return <p>{m.noChanges}</p>;

  const rows = diff.blocks.map((b, i) => {
    // An article that kept its text but not its number is marked, with both numbers in words.
    const renumbered =
      (b.kind === "same" || b.kind === "changed") && b.renumbered ? (
        <p className="text-sm font-semibold text-amber-900">
          {fill(m.renumbered, { before: b.beforeArticle, after: b.article, from: numbers.from, to: numbers.to })}
        </p>
      ) : null;
    const tag =
      b.kind === "same" ? (
        renumbered
      ) : (
        <>
          <p className="text-sm font-semibold text-slate-800">
            {b.kind === "added" ? m.added : b.kind === "removed" ? m.removed : m.changed} · {where(b.article)}
          </p>
          {renumbered}
        </>
      );
    if (layout === "inline") {
      return (
        <li key={i} className={b.kind === "same" && !b.renumbered ? "opacity-90" : "border-l-4 border-slate-700 pl-3"}>
          {tag}
          {b.kind === "same" ? <Html html={b.html} lang={textLocale} /> : null}
          {b.kind === "added" ? (
            <ins className={`block no-underline ${INS}`}>
              <Html html={b.html} lang={textLocale} />
            </ins>
          ) : null}
          {b.kind === "removed" ? (
            <del className={`block ${DEL}`}>
              <Html html={b.html} lang={textLocale} />
            </del>
          ) : null}
          {b.kind === "changed" ? (
            b.formattingOnly ? (
              <>
                <Html html={b.after} lang={textLocale} />
                <p className="text-sm italic">{m.formattingOnly}</p>
              </>
            ) : (
              <Words words={b.words} side="both" lang={textLocale} />
            )
          ) : null}
        </li>
      );
    }
    return (
      <li key={i} className="grid grid-cols-1 gap-4 border-b border-slate-200 py-2 md:grid-cols-2">
        <div>
          <span className="sr-only">{fromLabel}</span>
          {tag}
          {/* The earlier version with its own article numbers. */}
          {b.kind === "same" ? <Html html={b.beforeHtml} lang={textLocale} /> : null}
          {b.kind === "removed" ? (
            <del className={`block ${DEL}`}>
              <Html html={b.html} lang={textLocale} />
            </del>
          ) : null}
          {b.kind === "changed" ? (
            b.formattingOnly ? (
              <Html html={b.before} lang={textLocale} />
            ) : (
              <Words words={b.words} side="before" lang={textLocale} />
            )
          ) : null}
        </div>
        <div>
          <span className="sr-only">{toLabel}</span>
          {b.kind === "same" ? <Html html={b.html} lang={textLocale} /> : null}
          {b.kind === "added" ? (
            <ins className={`block no-underline ${INS}`}>
              <Html html={b.html} lang={textLocale} />
            </ins>
          ) : null}
          {b.kind === "changed" ? (
            b.formattingOnly ? (
              <>
                <Html html={b.after} lang={textLocale} />
                <p className="text-sm italic">{m.formattingOnly}</p>
              </>
            ) : (
              <Words words={b.words} side="after" lang={textLocale} />
            )
          ) : null}
        </div>
      </li>
    );
  });

  return (
    <div>
      <p>{fill(m.summary, diff.counts)}</p>
      <p className="text-sm text-slate-700">{m.legend}</p>
      {layout === "side" ? (
        <div className="mt-4 hidden grid-cols-2 gap-4 border-b-2 border-slate-400 pb-1 font-semibold md:grid" aria-hidden="true">
          <span>{fromLabel}</span>
          <span>{toLabel}</span>
        </div>
      ) : null}
      <ol className="mt-2 list-none space-y-3 p-0">{rows}</ol>
    </div>
  );
}
