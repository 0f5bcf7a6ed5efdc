import { dictionary } from "@/lib/features/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";

export type Texts = Record<string, string>;

/**
 * The strings a client form needs, flattened to full message keys ("auth.validation.passwordTooShort").
 * Full keys because schemas and actions report errors as message keys (components/ui/issue-text.ts),
 * and a form looks them up here. `prefixes`: subtrees to include, e.g. ["auth.validation", "auth.login"].
 */
export function textsFor(locale: Locale, prefixes: string[]): Texts {
  const out: Texts = {};
  const walk = (node: unknown, path: string) => {
    if (typeof node === "string") {
      if (prefixes.some((p) => path === p || path.startsWith(`${p}.`))) out[path] = node;
      return;
    }
    if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(dictionary(locale), "");
  return out;
}

/** Fills `{name}` placeholders. */
export function fillText(text: string | undefined, vars: Record<string, string | number> = {}): string {
  return (text ?? "").replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
