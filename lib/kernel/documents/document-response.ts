/**
 * The answers a person gets instead of a PDF: a short page in their language (never an empty
 * 500), saying what happened and offering the same document in another format when there is one.
 *  - the printer is not available here (no Chromium, or it does not start): 503;
 *  - the printer is busy (the line is full, or the wait was too long): 503 with Retry-After;
 *  - a published document's stored file is not made yet: 503 with Retry-After.
 */
import "server-only";
import { kernelTranslator as translator, type KernelMessageKey } from "@/lib/kernel/i18n/dictionary";
import type { Locale } from "@/lib/kernel/i18n/locales";
import { log } from "@/lib/kernel/log";
import { escapeHtml } from "./document-html";
import { PrinterUnavailableError } from "./printer";
import { PrintBusyError } from "./print-queue";

/** The same document in a format that needs no printer. */
export type Alternative = { href: string; kind: "word" | "csv" } | null;

/** How long until a stored file of a published document is likely made (the hourly job, or the publisher's own retry). */
const PREPARING_RETRY_S = 300;

function page(locale: Locale, title: KernelMessageKey, lines: string[], links: { href: string; label: string }[]): string {
  const t = translator(locale);
  const items = links.map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a></li>`).join("");
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t(title))} · Charta</title></head><body><main><h1>${escapeHtml(t(title))}</h1>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("")}${items ? `<ul>${items}</ul>` : ""}</main></body></html>`;
}

function html(body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}

function alternativeLinks(locale: Locale, alternative: Alternative) {
  const t = translator(locale);
  return alternative ? [{ href: alternative.href, label: t(alternative.kind === "word" ? "documents.word" : "documents.csv") }] : [];
}

export function printerUnavailableResponse(locale: Locale, alternative: Alternative): Response {
  const t = translator(locale);
  const next = alternative ? t("documents.unavailable.alternative") : t("documents.unavailable.noAlternative");
  return html(page(locale, "documents.unavailable.title", [t("documents.unavailable.text"), next], alternativeLinks(locale, alternative)));
}

export function printerBusyResponse(locale: Locale, retryAfterSeconds: number, retryHref: string): Response {
  const t = translator(locale);
  return html(page(locale, "documents.busy.title", [t("documents.busy.text")], [{ href: retryHref, label: t("documents.busy.retry") }]), {
    "Retry-After": String(retryAfterSeconds),
  });
}

export function preparingResponse(locale: Locale, alternative: Alternative): Response {
  const t = translator(locale);
  return html(page(locale, "documents.preparing.title", [t("documents.preparing.text")], alternativeLinks(locale, alternative)), {
    "Retry-After": String(PREPARING_RETRY_S),
  });
}

/**
 * The answer for a failed print, or null when the error is not the printer's (the caller rethrows
 * it). A missing printer is logged as one line, without a stack: it is the server's set-up, not a bug.
 */
export function printErrorResponse(err: unknown, opts: { locale: Locale; alternative: Alternative; retryHref: string }): Response | null {
  if (err instanceof PrinterUnavailableError) {
    log("warn", "PDF printing is not available", { state: err.state, detail: err.message });
    return printerUnavailableResponse(opts.locale, opts.alternative);
  }
  if (err instanceof PrintBusyError) return printerBusyResponse(opts.locale, err.retryAfterSeconds, opts.retryHref);
  return null;
}
