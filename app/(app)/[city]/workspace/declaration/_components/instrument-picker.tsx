"use client";

import { useId, useState, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { fill } from "@/lib/kernel/i18n/fill";
import { inputClasses } from "@/components/ui/field";
import { INSTRUMENTS, type Instrument } from "@/lib/features/declaration/instruments";
import type { Dictionary } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";

const GROUPS = ["un", "europe", "city"] as const;

/** The curated instruments, filterable; choosing one inserts "Name (ABBR, year)" linked to its official page. */
export function InstrumentPicker({
  dialogRef,
  textLocale,
  messages,
  onPick,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  /** Names are inserted in the declaration's language. */
  textLocale: Locale;
  messages: Dictionary["declaration"]["editor"];
  onPick: (instrument: Instrument) => void;
}) {
  const m = messages;
  const titleId = useId();
  const filterId = useId();
  const [filter, setFilter] = useState("");
  const q = filter.trim().toLowerCase();
  const matches = INSTRUMENTS.filter((i) => !q || `${i.name[textLocale]} ${i.abbreviation} ${i.year}`.toLowerCase().includes(q));
  const groupLabel = { un: m.pickerGroupUn, europe: m.pickerGroupEurope, city: m.pickerGroupCity };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      className="m-auto w-full max-w-2xl rounded-lg border border-slate-300 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {m.pickerTitle}
      </h2>
      <p className="mt-1 text-sm text-slate-800">{m.pickerIntro}</p>
      <label htmlFor={filterId} className="mt-4 block text-sm font-semibold">
        {m.pickerSearch}
      </label>
      <input id={filterId} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} className={inputClasses} />
      <div className="mt-4 max-h-96 space-y-4 overflow-y-auto" aria-live="polite">
        {matches.length === 0 ? <p>{m.pickerNone}</p> : null}
        {GROUPS.map((g) => {
          const list = matches.filter((i) => i.group === g);
          if (!list.length) return null;
          return (
            <section key={g} aria-label={groupLabel[g]}>
              <h3 className="font-semibold">{groupLabel[g]}</h3>
              <ul className="mt-1 divide-y divide-slate-200">
                {list.map((i) => (
                  <li key={i.key} className="flex items-center justify-between gap-3 py-2">
                    <span lang={textLocale}>
                      {i.name[textLocale]}{" "}
                      <span className="text-slate-700">
                        ({i.abbreviation}, {i.year})
                      </span>
                    </span>
                    <Button variant="secondary" aria-label={fill(m.pickerInsertNamed, { name: i.name[textLocale] })} onClick={() => onPick(i)}>
                      {m.pickerInsert}
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <div className="mt-4 flex justify-end">
        <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
          {m.cancel}
        </Button>
      </div>
    </dialog>
  );
}
