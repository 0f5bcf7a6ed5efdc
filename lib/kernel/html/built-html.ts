declare const BUILT: unique symbol;

/**
 * Markup Charta built itself, escaping every string it put in: the declaration's renderer
 * (lib/features/declaration/render-document.ts), the version comparison and the report template
 * (lib/features/reports/report-html.ts). Only such markup may be set as HTML, and only by
 * components/ui/built-html.tsx — the type keeps a user's string from getting there by accident.
 */
export type BuiltHtml = string & { readonly [BUILT]: true };

/** Marks markup as built by Charta's own escaping renderers. Call it only where such markup is made. */
export function builtHtml(html: string): BuiltHtml {
  return html as BuiltHtml;
}
