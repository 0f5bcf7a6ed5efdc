import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
const html = readFileSync("/tmp/report.html", "utf8");
const mb = html.replace("</style>", `@page { @top-right { content: "Bench"; font: 8pt 'DejaVu Sans', sans-serif; color: #444; } @bottom-center { content: counter(page) " / " counter(pages); font: 8pt 'DejaVu Sans', sans-serif; color: #444; } }</style>`);
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
  return pdf;
}
await time("warm", {});
await time("all+hf", { tagged: true, outline: true, displayHeaderFooter: true, headerTemplate: "<div style='font-size:8pt'>x</div>", footerTemplate: "<div style='font-size:8pt'><span class=pageNumber></span></div>" });
const pdf = await time("all+marginboxes", { tagged: true, outline: true }, mb);
writeFileSync("/tmp/mb.pdf", pdf);
await time("all+hf", { tagged: true, outline: true, displayHeaderFooter: true, headerTemplate: "<div style='font-size:8pt'>x</div>", footerTemplate: "<div style='font-size:8pt'><span class=pageNumber></span></div>" });
await time("all+marginboxes", { tagged: true, outline: true }, mb);
await browser.close();
