import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** Puts an action's field errors (message keys) onto the form's fields; returns whether any matched. */
export function applyFieldErrors<T extends FieldValues>(
  fieldErrors: Record<string, string[]> | undefined,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  let any = false;
  for (const field of fields) {
    const message = fieldErrors?.[field]?.[0];
    if (message) {
      setError(field, { message });
      any = true;
    }
  }
  return any;
}
