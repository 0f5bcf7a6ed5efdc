import "server-only";
import { documentHtml } from "@/lib/kernel/documents/document-html";
import { buildDocx } from "@/lib/kernel/documents/docx";
import { printPdf } from "@/lib/kernel/documents/print-pdf";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { blocksToHtml } from "./blocks-html";
import { planDocument, type PlanDocumentData } from "./plan-document";

/** The city's logo above the title; its description is the city's name. */
const logoOf = (data: PlanDocumentData) => (data.logo ? { image: data.logo, alt: data.cityName } : null);

/** The plan as a tagged PDF with bookmarks (Chromium, lib/kernel/documents/print-pdf.ts). */
export async function planPdf(data: PlanDocumentData, locale: Locale): Promise<Buffer> {
  const doc = planDocument(data, locale);
  const html = documentHtml({ lang: locale, title: doc.title, bodyHtml: blocksToHtml(doc.blocks), logo: logoOf(data) });
  return printPdf({ html, title: doc.title, lang: locale, headerLabel: doc.headerLabel });
}

/** The plan as a Word document with heading styles and a table of contents. */
export async function planDocx(data: PlanDocumentData, locale: Locale): Promise<Buffer> {
  const doc = planDocument(data, locale);
  return buildDocx({ title: doc.title, lang: locale, creator: data.cityName, blocks: doc.blocks, logo: logoOf(data) });
}

/** "charta-zonnestad-plan-equal-access-plan.pdf": city and plan in the name, ASCII only. */
export function planDocumentFileName(citySlug: string, title: string, ext: "pdf" | "docx"): string {
  const slug =
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "plan";
  return `charta-${citySlug}-plan-${slug}.${ext}`;
}
