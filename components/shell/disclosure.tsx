"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";

/**
 * A menu that opens under its button: a native <details>, so it works with the keyboard and
 * without JavaScript. This island only adds what <details> lacks: it closes on Escape (focus
 * back on the button) and after navigating, since the header outlives page changes.
 */
export function Disclosure({ summary, children, panelClassName = "" }: { summary: ReactNode; children: ReactNode; panelClassName?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  function onKeyDown(e: KeyboardEvent<HTMLDetailsElement>) {
    if (e.key === "Escape" && ref.current?.open) {
      ref.current.open = false;
      ref.current.querySelector("summary")?.focus();
    }
  }

  return (
    <details ref={ref} className="group relative" onKeyDown={onKeyDown}>
      <summary className="flex list-none items-center gap-1 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        {summary}
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className={`absolute right-0 z-30 mt-2 w-72 rounded-md border border-slate-300 bg-white p-4 text-slate-900 shadow-lg ${panelClassName}`}>
        {children}
      </div>
    </details>
  );
}
