"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setLocaleAction } from "@/lib/kernel/i18n/set-locale-action";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/kernel/i18n/locales";

/** Two buttons, one per language; the pressed one is the current language. */
export function LanguageSwitch({ current, label, failedMessage }: { current: Locale; label: string; failedMessage: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  function change(locale: Locale) {
    if (locale === current) return;
    startTransition(async () => {
      const result = await setLocaleAction({ locale });
      setFailed(!result.ok);
      if (result.ok) router.refresh();
    });
  }

  return (
    <form action={(data) => change(data.get("locale") as Locale)} className="flex items-center gap-2">
      <div role="group" aria-label={label} className="flex overflow-hidden rounded-md border border-slate-400">
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={locale === current}
            disabled={pending}
            className="px-2.5 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 aria-pressed:bg-slate-900 aria-pressed:text-white disabled:opacity-60"
          >
            {LOCALE_NAMES[locale]}
          </button>
        ))}
      </div>
      {failed ? (
        <p role="alert" className="text-sm text-red-800">
          {failedMessage}
        </p>
      ) : null}
    </form>
  );
}
