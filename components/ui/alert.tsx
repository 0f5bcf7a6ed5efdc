import type { ReactNode } from "react";

export type AlertTone = "error" | "success" | "info" | "warning";

const TONES: Record<AlertTone, string> = {
  error: "border-red-700 bg-red-50 text-red-900",
  success: "border-green-700 bg-green-50 text-green-900",
  info: "border-blue-700 bg-blue-50 text-blue-900",
  warning: "border-amber-700 bg-amber-50 text-amber-900",
};

/**
 * A message box. Errors are announced at once (role="alert"), successes politely (role="status");
 * info and warnings are static text. The tone is carried by the words too, never by colour alone.
 */
export function Alert({
  tone,
  title,
  children,
  id,
  announce = true,
}: {
  tone: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  id?: string;
  /** False when the alert sits inside a live region that is always on the page (announced more reliably). */
  announce?: boolean;
}) {
  const role = !announce ? undefined : tone === "error" ? "alert" : tone === "success" ? "status" : undefined;
  return (
    <div id={id} role={role} className={`rounded-md border-l-4 p-4 ${TONES[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1 space-y-2" : "space-y-2"}>{children}</div> : null}
    </div>
  );
}
