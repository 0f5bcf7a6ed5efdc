"use client";

import { useSyncExternalStore } from "react";
import { workspace } from "@/lib/kernel/i18n/messages/workspace";

const noSubscribe = () => () => {};

/**
 * Unexpected errors. Only the digest is shown (it matches the server log); the message of a
 * server error is never put on the page. The language is the one the root layout chose for <html>.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const lang = useSyncExternalStore(
    noSubscribe,
    () => document.documentElement.lang,
    () => "en",
  );
  const m = lang === "nl" ? workspace.nl.error : workspace.en.error;
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold">{m.title}</h1>
      <div role="alert" className="mt-4 space-y-2 text-lg text-slate-800">
        <p>{m.text}</p>
        {digest ? <p className="text-base">{m.reference.replace("{digest}", digest)}</p> : null}
      </div>
      <button type="button" onClick={() => retry()} className="mt-6 rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800">
        {m.retry}
      </button>
    </main>
  );
}
