import type { ReactNode } from "react";

/** What a list shows when it has nothing yet: what this is and what to do next. */
export function EmptyState({ title, children, action }: { title?: ReactNode; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-400 bg-slate-50 p-6 text-slate-800">
      {title ? <p className="font-semibold text-slate-900">{title}</p> : null}
      {children ? <div className="mt-1 space-y-2">{children}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
