/**
 * Whether this server can print PDFs: Chromium at CHROMIUM_PATH (default /usr/bin/chromium).
 * Checked without starting it (the health check and the demo's start-up warning ask often), and
 * corrected by what really happened: a launch that failed makes the state "failed" until one
 * succeeds. No "server-only": scripts/demo.ts asks too.
 */
import { accessSync, constants, statSync } from "node:fs";

export type PrinterState = "ready" | "missing" | "failed";

export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
}

/** No PDF can be printed here: Chromium is missing, or it would not start. */
export class PrinterUnavailableError extends Error {
  constructor(
    readonly state: Exclude<PrinterState, "ready">,
    detail: string,
  ) {
    super(detail);
    this.name = "PrinterUnavailableError";
  }
}

/**
 * Is there an executable file at the path? (The path comes from the environment: the comments
 * tell Turbopack not to trace the whole project into the build for it.)
 */
export function chromiumInstalled(path = chromiumPath()): boolean {
  try {
    accessSync(/* turbopackIgnore: true */ path, constants.X_OK);
    return statSync(/* turbopackIgnore: true */ path).isFile();
  } catch {
    return false;
  }
}

const launches = { failedPath: null as string | null, failure: "" };

/** print-pdf.ts reports each launch, so the state follows what the last attempt found. */
export function recordLaunch(path: string, failure: string | null): void {
  launches.failedPath = failure ? path : null;
  launches.failure = failure ?? "";
}

export function printerState(): PrinterState {
  const path = chromiumPath();
  if (!chromiumInstalled(path)) return "missing";
  return launches.failedPath === path ? "failed" : "ready";
}

/** One sentence for the log and the demo's start-up: what is wrong and what to set. */
export function printerProblem(): string | null {
  const state = printerState();
  const path = chromiumPath();
  if (state === "missing") {
    return `Chromium was not found at ${path} (CHROMIUM_PATH): PDF downloads are not available, Word files are. Install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH.`;
  }
  if (state === "failed") return `Chromium at ${path} (CHROMIUM_PATH) would not start (${launches.failure}): PDF downloads are not available, Word files are.`;
  return null;
}
