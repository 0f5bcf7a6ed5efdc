import { BuiltHtml } from "@/components/ui/built-html";
import type { DeclarationDoc } from "@/lib/features/declaration/document-schema";
import { renderDocumentHtml } from "@/lib/features/declaration/render-document";
import type { Locale } from "@/lib/kernel/i18n/locales";

/**
 * The declaration's text as people read it: in the workspace, on the public page and in the PDF.
 * The HTML comes only from renderDocumentHtml, which writes every tag itself and escapes all
 * text and attributes (see its XSS corpus test), which is why it may be set as HTML here.
 */
export function DeclarationDocument({
  doc,
  locale,
  headingOffset = 1,
  showComments = false,
  id,
}: {
  doc: DeclarationDoc;
  /** The language of the text (not necessarily the reader's). */
  locale: Locale;
  headingOffset?: number;
  showComments?: boolean;
  id?: string;
}) {
  return <BuiltHtml id={id} lang={locale} className="declaration-text" html={renderDocumentHtml(doc, { locale, headingOffset, showComments })} />;
}
