"use client";

import { useId, useState } from "react";
import { ErrorText, inputClasses } from "@/components/ui/field";
import { fill } from "@/lib/kernel/i18n/fill";
import type { Dictionary } from "@/lib/features/dictionary";
import type { ChoiceGroup } from "@/lib/features/commitments/commitment-options";

/** Lowercase without accents, so "ecole" finds "École" and "21" finds "Art. 21". */
function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/**
 * Choosing several items from a long list without a custom widget: native checkboxes inside a
 * <fieldset>, long lists split into native <details> sections, and a text box that narrows the
 * list. Everything is reachable with Tab and Space; screen readers hear legend, section and label.
 */
export function MultiSelect<V extends string | number>({
  id,
  legend,
  hint,
  groups,
  value,
  onChange,
  messages,
  error,
  disabled = false,
}: {
  id: string;
  legend: string;
  hint?: string;
  groups: ChoiceGroup<V>[];
  value: V[];
  onChange: (next: V[]) => void;
  messages: Dictionary["commitments"]["multiSelect"];
  error?: string;
  disabled?: boolean;
}) {
  const [filter, setFilter] = useState("");
  const selected = new Set(value);
  const sectioned = groups.length > 1;
  // Short lists start open; long ones (the Charter's 54 articles) open where something is chosen.
  const [open, setOpen] = useState<Set<string>>(() => {
    const short = groups.reduce((n, g) => n + g.items.length, 0) <= 30;
    return new Set(groups.filter((g) => short || g.items.some((i) => selected.has(i.value))).map((g) => g.key));
  });
  const uid = useId();
  const filterId = `${id}-filter`;
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;

  const needle = fold(filter.trim());
  const visible = groups
    .map((g) => ({ ...g, items: needle ? g.items.filter((i) => fold(i.label).includes(needle)) : g.items }))
    .filter((g) => g.items.length > 0);
  const chosenLabels = groups
    .flatMap((g) => g.items)
    .filter((i) => selected.has(i.value))
    .map((i) => i.label);

  function toggle(v: V, on: boolean) {
    onChange(on ? [...value, v] : value.filter((x) => x !== v));
  }

  function checkboxes(items: ChoiceGroup<V>["items"]) {
    return (
      <ul className="space-y-1 py-1">
        {items.map((item) => {
          const boxId = `${uid}-${String(item.value)}`;
          return (
            <li key={String(item.value)} className="flex items-start gap-2">
              <input
                id={boxId}
                type="checkbox"
                className="mt-1 h-4 w-4 shrink-0"
                checked={selected.has(item.value)}
                onChange={(e) => toggle(item.value, e.target.checked)}
                disabled={disabled}
              />
              <label htmlFor={boxId} className="text-sm text-slate-900">
                {item.label}
              </label>
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <fieldset
      id={id}
      className="space-y-2 rounded-md border border-slate-400 p-3"
      aria-describedby={[hint ? hintId : null, countId, error ? `${id}-error` : null].filter(Boolean).join(" ")}
      aria-invalid={error ? true : undefined}
    >
      <legend className="px-1 text-sm font-semibold text-slate-900">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <p id={countId} className="text-sm text-slate-900" aria-live="polite">
        {chosenLabels.length ? `${fill(messages.selected, { count: chosenLabels.length })}: ${chosenLabels.join("; ")}` : messages.noneSelected}
      </p>
      <div className="space-y-1">
        <label htmlFor={filterId} className="block text-sm font-medium text-slate-900">
          {fill(messages.filter, { name: legend })}
        </label>
        <input
          id={filterId}
          type="search"
          className={`${inputClasses} py-1.5`}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-describedby={`${filterId}-hint`}
          autoComplete="off"
          disabled={disabled}
        />
        <p id={`${filterId}-hint`} className="text-xs text-slate-700">
          {messages.filterHint}
        </p>
      </div>
      {visible.length === 0 ? (
        <p className="text-sm text-slate-800">{fill(messages.noMatches, { filter: filter.trim() })}</p>
      ) : sectioned ? (
        <div className="space-y-1">
          {visible.map((g) => {
            const all = groups.find((x) => x.key === g.key)!;
            const chosenInGroup = all.items.filter((i) => selected.has(i.value)).length;
            return (
              <details
                key={g.key}
                open={needle ? true : open.has(g.key)}
                onToggle={(e) => {
                  if (needle) return;
                  const isOpen = e.currentTarget.open;
                  setOpen((prev) => {
                    if (prev.has(g.key) === isOpen) return prev;
                    const next = new Set(prev);
                    if (isOpen) next.add(g.key);
                    else next.delete(g.key);
                    return next;
                  });
                }}
                className="rounded border border-slate-300"
              >
                <summary className="cursor-pointer px-2 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100">
                  {g.heading}
                  {chosenInGroup ? <span className="ml-2 font-normal text-slate-700">({fill(messages.groupSelected, { count: chosenInGroup })})</span> : null}
                </summary>
                <fieldset className="px-3 pb-2">
                  <legend className="sr-only">{g.heading}</legend>
                  {checkboxes(g.items)}
                </fieldset>
              </details>
            );
          })}
        </div>
      ) : (
        <div className="max-h-72 overflow-y-auto rounded border border-slate-300 px-3">{checkboxes(visible[0]!.items)}</div>
      )}
      <ErrorText id={id}>{error}</ErrorText>
    </fieldset>
  );
}
