import "server-only";
import { chromium, type Browser } from "playwright-core";
import { escapeHtml } from "./document-html";

/**
 * PDFs are printed by Chromium from the same HTML as the web view, so a document looks like the
 * page and inherits its structure: Chromium writes a tagged PDF (headings, lists, tables, links,
 * alt text become PDF structure) and an outline (bookmarks) from the h1–h6 elements.
 *
 * One browser per process, launched on first use and relaunched when it died; every document gets
 * its own context (no shared cookies or cache between cities) and at most MAX_PARALLEL print at
 * once, because each page costs a renderer process on a small machine.
 */

export type PrintPdfInput = {
  /** A complete HTML document, usually from documentHtml(); it may load nothing from the network. */
  html: string;
  /** Set as the document title (the PDF's Title metadata) whatever the HTML says. */
  title: string;
  /** Set as the document language (the PDF's /Lang, read aloud by screen readers). */
  lang: string;
  /** Small text at the top of every page, e.g. the city's name. */
  headerLabel?: string;
  /** "n / N" at the bottom of every page; on unless turned off. */
  pageNumbers?: boolean;
};

const MAX_PARALLEL = Math.max(1, Number(process.env.PDF_CONCURRENCY ?? 2));
const TIMEOUT_MS = Number(process.env.PDF_TIMEOUT_MS ?? 30_000);
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export class PdfTimeoutError extends Error {
  constructor() {
    super(`printing the PDF took longer than ${TIMEOUT_MS} ms`);
    this.name = "PdfTimeoutError";
  }
}

let launching: Promise<Browser> | null = null;

function sharedBrowser(): Promise<Browser> {
  if (launching) return launching;
  const current = chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    timeout: TIMEOUT_MS,
    // Playwright kills the browser on the process's "exit" in any case; its signal handlers would
    // also exit the process on SIGINT, which is the server's own shutdown to run.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  launching = current;
  const forget = () => {
    if (launching === current) launching = null;
  };
  current.then((browser) => browser.on("disconnected", forget), forget);
  return current;
}

let running = 0;
const waiting: Array<() => void> = [];

async function withSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await fn();
  } finally {
    // Hand the slot straight to the next waiter, so the count stays right without a race.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

// Chromium renders header and footer templates with a zero default font size: style them inline.
const TEMPLATE_STYLE = "font: 8pt 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #444; width: 100%; padding: 0 18mm;";

export async function printPdf(input: PrintPdfInput): Promise<Buffer> {
  return withSlot(async () => {
    const browser = await sharedBrowser();
    // Documents are static: no scripts of their own, nothing fetched (a name typed by a user can
    // never make the server request a URL).
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new PdfTimeoutError());
        void context.close().catch(() => {});
      }, TIMEOUT_MS);
    });
    try {
      return await Promise.race([render(context, input), timeout]);
    } finally {
      clearTimeout(timer);
      await context.close().catch(() => {});
    }
  });
}

async function render(context: Awaited<ReturnType<Browser["newContext"]>>, input: PrintPdfInput): Promise<Buffer> {
  await context.route("**/*", (route) =>
    route.request().url().startsWith("data:") ? route.continue() : route.abort("blockedbyclient"),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  await page.setContent(input.html, { waitUntil: "load" });
  await page.evaluate(
    async ({ title, lang }) => {
      document.title = title;
      document.documentElement.lang = lang;
      await document.fonts.ready;
    },
    { title: input.title, lang: input.lang },
  );
  const pageNumbers = input.pageNumbers ?? true;
  const withHeaderFooter = pageNumbers || Boolean(input.headerLabel);
  return page.pdf({
    format: "A4",
    // The margins come from the document's @page rule (document-html.ts).
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: withHeaderFooter,
    headerTemplate: input.headerLabel
      ? `<div style="${TEMPLATE_STYLE} text-align: right;">${escapeHtml(input.headerLabel)}</div>`
      : "<div></div>",
    footerTemplate: pageNumbers
      ? `<div style="${TEMPLATE_STYLE} text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`
      : "<div></div>",
  });
}

/** Closes the shared browser (tests, graceful shutdown); the next printPdf launches a new one. */
export async function closePdfBrowser(): Promise<void> {
  const current = launching;
  launching = null;
  if (current) await (await current.catch(() => null))?.close();
}
