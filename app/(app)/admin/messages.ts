import type { Dictionary } from "@/lib/features/dictionary";

/** The admin area's strings in the page's language, handed from the server page to its forms. */
export type AdminMessages = Dictionary["admin"];

/** Fill `{name}` placeholders in a message the server page passed down. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
