import "server-only";
import { chromium, type Browser } from "playwright-core";
import { chromiumInstalled, chromiumPath, PrinterUnavailableError, recordLaunch } from "./printer";
import { PrintQueue } from "./print-queue";
import { withPdfUaMetadata } from "./pdf-metadata";

/**
 * PDFs are printed by Chromium from the same HTML as the web view, so a document looks like the
 * page and inherits its structure: Chromium writes a tagged PDF (headings, lists, tables, links,
 * alt text become PDF structure) and an outline (bookmarks) from the h1–h6 elements; the XMP
 * metadata PDF/UA asks for is added afterwards (./pdf-metadata.ts).
 *
 * One browser per process, launched on first use and relaunched when it died; every document gets
 * its own context (no shared cookies or cache between cities). At most PDF_CONCURRENCY print at
 * once and at most PDF_QUEUE_LENGTH wait, each for at most PDF_TIMEOUT_MS (./print-queue.ts).
 * Without Chromium nothing is queued or launched: PrinterUnavailableError says so at once.
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

const setting = (name: string, fallback: number, min: number) => {
  const n = Number(process.env[name] ?? fallback);
  return Number.isFinite(n) && n >= min ? Math.floor(n) : fallback;
};
const TIMEOUT_MS = setting("PDF_TIMEOUT_MS", 30_000, 1_000);

/** The one line in front of this process's printer (exported for the tests that fill it). */
export const printQueue = new PrintQueue({
  parallel: setting("PDF_CONCURRENCY", 2, 1),
  maxWaiting: setting("PDF_QUEUE_LENGTH", 8, 0),
  waitTimeoutMs: TIMEOUT_MS,
});
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
let launchCount = 0;

/** How many times this process started Chromium (tests prove that anonymous downloads never do). */
export function pdfBrowserLaunches(): number {
  return launchCount;
}

function sharedBrowser(): Promise<Browser> {
  if (launching) return launching;
  const path = chromiumPath();
  launchCount++;
  const current = chromium
    .launch({
      executablePath: path,
      args: CHROMIUM_ARGS,
      timeout: TIMEOUT_MS,
      // Playwright kills the browser on the process's "exit" in any case; its signal handlers would
      // also exit the process on SIGINT, which is the server's own shutdown to run.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    })
    .then(
      (browser) => {
        recordLaunch(path, null);
        return browser;
      },
      (err: unknown) => {
        // Playwright's message carries its whole launch log; the first line says what went wrong.
        const first = String((err as Error)?.message ?? err)
          .split("\n")[0]!
          .slice(0, 300);
        recordLaunch(path, first);
        throw new PrinterUnavailableError("failed", first);
      },
    );
  launching = current;
  const forget = () => {
    if (launching === current) launching = null;
  };
  current.then((browser) => browser.on("disconnected", forget), forget);
  return current;
}

const MARGIN_FONT = "font: 8pt 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #444;";

/** A CSS string literal: quotes, backslashes and line breaks escaped, and "<" so it cannot end the style element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase()} `)}"`;
}

/**
 * The running header and page numbers as CSS page-margin boxes rather than Chromium's
 * header/footer templates: those are laid out as a separate document for every page, which made a
 * 30-page report print about a third slower (bench report-pdf, docs/benchmarks.md).
 */
export function marginBoxesCss(input: Pick<PrintPdfInput, "headerLabel" | "pageNumbers">): string {
  const boxes: string[] = [];
  if (input.headerLabel) boxes.push(`@top-right { content: ${cssString(input.headerLabel)}; ${MARGIN_FONT} }`);
  if (input.pageNumbers ?? true) boxes.push(`@bottom-center { content: counter(page) " / " counter(pages); ${MARGIN_FONT} }`);
  return boxes.length ? `@page { ${boxes.join(" ")} }` : "";
}

function withMarginBoxes(html: string, css: string): string {
  if (!css) return html;
  const style = `<style>${css}</style>`;
  const head = html.search(/<\/head>/i);
  return head >= 0 ? html.slice(0, head) + style + html.slice(head) : style + html;
}

/**
 * Prints the document. Throws PrinterUnavailableError when this server has no working Chromium
 * and PrintBusyError when the line is full or the wait too long (never for `background` work).
 */
export async function printPdf(input: PrintPdfInput, opts: { background?: boolean } = {}): Promise<Buffer> {
  if (!chromiumInstalled()) throw new PrinterUnavailableError("missing", `no Chromium at ${chromiumPath()}`);
  return printQueue.run(async () => {
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
  }, opts);
}

async function render(context: Awaited<ReturnType<Browser["newContext"]>>, input: PrintPdfInput): Promise<Buffer> {
  await context.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort("blockedbyclient")));
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  await page.setContent(withMarginBoxes(input.html, marginBoxesCss(input)), { waitUntil: "load" });
  await page.evaluate(
    async ({ title, lang }) => {
      document.title = title;
      document.documentElement.lang = lang;
      await document.fonts.ready;
    },
    { title: input.title, lang: input.lang },
  );
  const pdf = await page.pdf({
    format: "A4",
    // The margins come from the document's @page rule (document-html.ts).
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: true,
  });
  return withPdfUaMetadata(pdf, { title: input.title, lang: input.lang });
}

/** Closes the shared browser (tests, graceful shutdown); the next printPdf launches a new one. */
export async function closePdfBrowser(): Promise<void> {
  const current = launching;
  launching = null;
  if (current) await (await current.catch(() => null))?.close();
}
