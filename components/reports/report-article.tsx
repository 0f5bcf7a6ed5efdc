import type { BuiltHtml as Markup } from "@/lib/kernel/html/built-html";
import { BuiltHtml } from "@/components/ui/built-html";

/**
 * Shows a report rendered by lib/features/reports/report-html.ts (the template shared with the PDF). The HTML
 * is Charta's own: every text in it is escaped where it is built, and it holds no script.
 */
export function ReportArticle({ html }: { html: Markup }) {
  return (
    <BuiltHtml
      className="report-html max-w-none space-y-4 [&_.table-scroll]:max-w-full [&_.table-scroll]:overflow-x-auto text-slate-900 [&_caption]:py-1 [&_caption]:text-left [&_caption]:font-semibold [&_.chart-caption]:text-sm [&_.chart-caption]:text-slate-700 [&_h1]:text-4xl [&_h1]:font-bold [&_h2]:mt-8 [&_h2]:text-2xl [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:text-xl [&_h3]:font-semibold [&_li]:ml-6 [&_ol]:list-decimal [&_p]:max-w-prose [&_table]:my-3 [&_table]:w-full [&_table]:border-collapse [&_table]:text-sm [&_td]:border [&_td]:border-slate-400 [&_td]:p-1 [&_th]:border [&_th]:border-slate-400 [&_th]:bg-slate-100 [&_th]:p-1 [&_th]:text-left [&_ul]:list-disc [&_a]:text-blue-800 [&_a]:underline"
      html={html}
    />
  );
}
