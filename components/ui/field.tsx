import type { ReactNode } from "react";

/** Input classes shared by every form: a 3:1 border against white (WCAG 1.4.11) and room to tap. */
export const inputClasses = "block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700";

export function hintId(id: string) {
  return `${id}-hint`;
}

export function errorId(id: string) {
  return `${id}-error`;
}

/** The aria-describedby value for an input with an optional hint and error. */
export function describedBy(id: string, opts: { hint?: boolean; error?: boolean }): string | undefined {
  const ids = [opts.hint ? hintId(id) : null, opts.error ? errorId(id) : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function Label({ htmlFor, children }: { htmlFor: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-semibold text-slate-900">
      {children}
    </label>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={hintId(id)} className="text-sm text-slate-700">
      {children}
    </p>
  );
}

/** A field's error, tied to its input by id (see describedBy); not a live region of its own. */
export function ErrorText({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={errorId(id)} className="text-sm font-medium text-red-800">
      {children}
    </p>
  );
}

/** Label, hint, the input itself and its error, stacked. The input must use `describedBy(id, …)`. */
export function Field({ id, label, hint, error, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: ReactNode; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      {children}
      <ErrorText id={id}>{error}</ErrorText>
    </div>
  );
}
