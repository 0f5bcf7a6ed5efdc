import type { Locale } from "@/lib/kernel/i18n/locales";
import type { BlockNode, DeclarationDoc, InlineNode, ListItemNode } from "./document-schema";

/** The declaration's language as a Locale (stored as text; anything unknown reads as English). */
export const textLocale = (value: string): Locale => (value === "nl" ? "nl" : "en");

/** "Article 3" / "Artikel 3": the label an article heading gets; numbers count article nodes in order. */
export const articleWord: Record<Locale, string> = { en: "Article", nl: "Artikel" };

export function inlineText(content: readonly InlineNode[] | undefined): string {
  return (content ?? []).map((n) => (n.type === "text" ? n.text : "\n")).join("");
}

function itemText(item: ListItemNode): string {
  return item.content.map((c) => (c.type === "paragraph" ? inlineText(c.content) : listText(c.content))).join("\n");
}

function listText(items: readonly ListItemNode[]): string {
  return items.map(itemText).join("\n");
}

/** The plain text of one top-level block (lists: one line per item). */
export function blockText(block: BlockNode): string {
  switch (block.type) {
    case "bulletList":
    case "orderedList":
      return listText(block.content);
    default:
      return inlineText(block.content);
  }
}

/**
 * For each top-level block, the number of the article it belongs to (the article heading itself
 * included); 0 for blocks before the first article (the preamble).
 */
export function articleNumbers(doc: DeclarationDoc): number[] {
  let n = 0;
  return doc.content.map((b) => (b.type === "article" ? ++n : n));
}

/** "Article 2 — Housing" for an article heading, for summaries and diffs. */
export function articleLabel(locale: Locale, number: number, title = ""): string {
  return `${articleWord[locale]} ${number}${title.trim() ? ` — ${title.trim()}` : ""}`;
}

/** The whole text, for search and word counts. */
export function documentText(doc: DeclarationDoc): string {
  return doc.content.map(blockText).join("\n\n");
}
