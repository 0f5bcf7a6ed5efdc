import type { ActionResult } from "@/lib/kernel/action-chain/result";
import type { Dictionary } from "@/lib/features/dictionary";

/** The text to show for a failed action: the first field error (an i18n key of this domain) or the translated message. */
export function actionError(result: ActionResult<unknown>, m: Dictionary["consultation"]): string | null {
  if (result.ok) return null;
  const key = Object.values(result.error.fieldErrors ?? {})[0]?.[0];
  const last = key?.startsWith("consultation.validation.") ? (key.split(".").pop() as keyof Dictionary["consultation"]["validation"]) : undefined;
  return (last && m.validation[last]) || result.error.message;
}
