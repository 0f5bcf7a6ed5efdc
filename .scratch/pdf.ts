import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
const html = readFileSync("/tmp/report.html", "utf8");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
async function time(label: string, opts: Record<string, unknown>, h = html) {
  const ctx = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const page = await ctx.newPage();
  let t = performance.now();
  await page.setContent(h, { waitUntil: "load" });
  const load = performance.now() - t;
  t = performance.now();
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true, ...opts });
  console.log(label, "load", Math.round(load), "pdf", Math.round(performance.now() - t), pdf.length);
  await ctx.close();
}
await time("warm", {});
await time("plain", {});
await time("tagged", { tagged: true });
await time("outline", { outline: true });
await time("tagged+outline", { tagged: true, outline: true });
await time("all+hf", { tagged: true, outline: true, displayHeaderFooter: true, headerTemplate: "<div style='font-size:8pt'>x</div>", footerTemplate: "<div style='font-size:8pt'><span class=pageNumber></span></div>" });
await browser.close();
