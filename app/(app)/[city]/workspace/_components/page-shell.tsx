import type { ReactNode } from "react";

/** The <main> of a workspace page: one h1, an optional intro, the content. */
export function PageShell({ title, intro, children, wide = false }: { title: ReactNode; intro?: ReactNode; children?: ReactNode; wide?: boolean }) {
  return (
    <main id="main" tabIndex={-1} className={`mx-auto px-4 py-8 ${wide ? "max-w-7xl" : "max-w-4xl"}`}>
      <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
      {intro ? <div className="mt-2 max-w-3xl text-lg text-slate-800">{intro}</div> : null}
      <div className="mt-8">{children}</div>
    </main>
  );
}
