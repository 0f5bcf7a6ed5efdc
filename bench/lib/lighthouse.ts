/**
 * Lighthouse 12, programmatic, with its default configuration: mobile form factor (Moto G Power
 * viewport) and simulated throttling (slow 4G, CPU 4× slower). Chromium is the system one.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export interface LighthouseResult {
  /** Performance category score, 0–100. */
  performance: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
}

const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu"];

/** `saveTo`: where to write the full JSON report (for a look at what costs time), if anywhere. */
export async function runLighthouse(url: string, saveTo?: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (saveTo) {
      mkdirSync(path.dirname(saveTo), { recursive: true });
      writeFileSync(saveTo, JSON.stringify(lhr, null, 1));
    }
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = lhr.categories.performance?.score;
    const audit = (id: string) => {
      const v = lhr.audits[id]?.numericValue;
      if (typeof v !== "number") throw new Error(`Lighthouse gave no ${id} for ${url}`);
      return v;
    };
    if (typeof score !== "number") throw new Error(`Lighthouse gave no performance score for ${url}`);
    return {
      performance: Math.round(score * 100),
      lcpMs: Math.round(audit("largest-contentful-paint")),
      tbtMs: Math.round(audit("total-blocking-time")),
      fcpMs: Math.round(audit("first-contentful-paint")),
    };
  } finally {
    chrome.kill();
  }
}
