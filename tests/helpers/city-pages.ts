/**
 * What people get from a city, rendered through the app's own page and route functions: the
 * workspace pages a member opens, every public page in both languages, every evidence download,
 * every open-data file and the city's logo. A restored city must answer exactly as before. The calling test file mocks
 * the session (`@/lib/kernel/auth/current-user`), the locale, `next/cache` and `next/navigation`, and
 * signs in the member before calling `renderCityPages`.
 */
import { createHash } from "node:crypto";
import type { ReactElement } from "react";
import { prerender } from "react-dom/static";
import { cityDbForSchema } from "@/lib/kernel/db/city-clients";

type Params = Record<string, string>;
type Page = { default: (props: { params: Promise<Params>; searchParams: Promise<Params> }) => Promise<ReactElement> };
const page = (m: unknown) => m as Page;

const WORKSPACE: Record<string, () => Promise<Page>> = {
  "": () => import("@/app/(app)/[city]/workspace/page").then(page),
  "/dashboard": () => import("@/app/(app)/[city]/workspace/dashboard/page").then(page),
  "/framework": () => import("@/app/(app)/[city]/workspace/framework/page").then(page),
  "/action-plan": () => import("@/app/(app)/[city]/workspace/action-plan/page").then(page),
  "/indicators": () => import("@/app/(app)/[city]/workspace/indicators/page").then(page),
  "/declaration": () => import("@/app/(app)/[city]/workspace/declaration/page").then(page),
  "/declaration/versions": () => import("@/app/(app)/[city]/workspace/declaration/versions/page").then(page),
  "/consultation": () => import("@/app/(app)/[city]/workspace/consultation/page").then(page),
  "/reports": () => import("@/app/(app)/[city]/workspace/reports/page").then(page),
  "/notifications": () => import("@/app/(app)/[city]/workspace/notifications/page").then(page),
  "/settings": () => import("@/app/(app)/[city]/workspace/settings/page").then(page),
  "/settings/members": () => import("@/app/(app)/[city]/workspace/settings/members/page").then(page),
};

const PUBLIC: Record<string, () => Promise<Page>> = {
  "": () => import("@/app/(public)/[city]/[locale]/page").then(page),
  "/commitments": () => import("@/app/(public)/[city]/[locale]/commitments/page").then(page),
  "/declaration": () => import("@/app/(public)/[city]/[locale]/declaration/page").then(page),
  "/action-plan": () => import("@/app/(public)/[city]/[locale]/action-plan/page").then(page),
  "/reports": () => import("@/app/(public)/[city]/[locale]/reports/page").then(page),
  "/take-part": () => import("@/app/(public)/[city]/[locale]/take-part/page").then(page),
  "/accessibility": () => import("@/app/(public)/[city]/[locale]/accessibility/page").then(page),
  "/data": () => import("@/app/(public)/[city]/[locale]/data/page").then(page),
};

async function render(load: () => Promise<Page>, params: Params): Promise<string> {
  const mod = await load();
  // prerender waits for async components inside the page, as Next's server rendering does.
  const { prelude } = await prerender(await mod.default({ params: Promise.resolve(params), searchParams: Promise.resolve({}) }));
  return new Response(prelude).text();
}

const sha = (bytes: ArrayBuffer) => createHash("sha256").update(Buffer.from(bytes)).digest("hex");

/** Workspace pages (as the signed-in member), public pages, evidence downloads and open data, by path. */
export async function renderCityPages(city: { slug: string; schemaName: string }): Promise<Record<string, string>> {
  const db = cityDbForSchema(city.schemaName);
  const out: Record<string, string> = {};
  const ws = `/${city.slug}/workspace`;
  for (const [path, load] of Object.entries(WORKSPACE)) out[ws + path] = await render(load, { city: city.slug });

  const framework = await import("@/app/(app)/[city]/workspace/framework/[key]/page").then(page);
  const own = await import("@/app/(app)/[city]/workspace/commitments/[id]/page").then(page);
  const withEvidence = await db.commitment.findMany({ where: { evidence: { some: {} } }, orderBy: { id: "asc" }, select: { id: true, elementKey: true } });
  const owned = await db.commitment.findMany({ where: { elementKey: null }, orderBy: { id: "asc" }, take: 2, select: { id: true, elementKey: true } });
  for (const c of [...withEvidence, ...owned]) {
    if (c.elementKey) out[`${ws}/framework/${c.elementKey}`] = await render(() => Promise.resolve(framework), { city: city.slug, key: c.elementKey });
    else out[`${ws}/commitments/${c.id}`] = await render(() => Promise.resolve(own), { city: city.slug, id: c.id });
  }
  const plan = await import("@/app/(app)/[city]/workspace/action-plan/[plan]/page").then(page);
  for (const p of await db.actionPlan.findMany({ orderBy: { id: "asc" }, select: { id: true } })) {
    out[`${ws}/action-plan/${p.id}`] = await render(() => Promise.resolve(plan), { city: city.slug, plan: p.id });
  }
  const report = await import("@/app/(app)/[city]/workspace/reports/[id]/page").then(page);
  for (const r of await db.annualReport.findMany({ orderBy: { year: "asc" }, select: { id: true } })) {
    out[`${ws}/reports/${r.id}`] = await render(() => Promise.resolve(report), { city: city.slug, id: r.id });
  }

  const published = await db.annualReport.findMany({ where: { status: "published" }, orderBy: { year: "asc" }, select: { year: true, locales: true } });
  const publicReport = await import("@/app/(public)/[city]/[locale]/reports/[year]/page").then(page);
  for (const locale of ["en", "nl"]) {
    for (const [path, load] of Object.entries(PUBLIC)) out[`/${city.slug}/${locale}${path}`] = await render(load, { city: city.slug, locale });
    for (const r of published.filter((x) => x.locales.includes(locale)))
      out[`/${city.slug}/${locale}/reports/${r.year}`] = await render(() => Promise.resolve(publicReport), { city: city.slug, locale, year: String(r.year) });
  }

  const { GET: evidence } = await import("@/app/api/cities/[city]/evidence/[id]/route");
  const { NextRequest } = await import("next/server");
  for (const e of await db.evidence.findMany({ where: { kind: "file" }, orderBy: { id: "asc" }, select: { id: true } })) {
    const url = `/api/cities/${city.slug}/evidence/${e.id}`;
    const res = await evidence(new NextRequest(`http://localhost${url}`), { params: Promise.resolve({ city: city.slug, id: e.id }) });
    out[url] = `${res.status} ${res.headers.get("content-type")} ${res.headers.get("content-disposition")} ${sha(await res.arrayBuffer())}`;
  }
  const { GET: openData } = await import("@/app/api/public/[city]/[file]/route");
  const { DATASET_NAMES } = await import("@/lib/features/publication/open-data/datasets");
  for (const name of DATASET_NAMES) {
    for (const file of [`${name}.csv`, `${name}.json`]) {
      const url = `/api/public/${city.slug}/${file}`;
      const res = await openData(new Request(`http://localhost${url}`), { params: Promise.resolve({ city: city.slug, file }) });
      out[url] = `${res.status} ${await res.text()}`;
    }
  }
  const { GET: logo } = await import("@/app/api/public/[city]/logo/[sha256]/route");
  const { currentLogo } = await import("@/lib/features/city-settings/logo/current-logo");
  const current = await currentLogo(db);
  if (current) {
    const url = `/api/public/${city.slug}/logo/${current.sha256}`;
    const res = await logo(new Request(`http://localhost${url}`), { params: Promise.resolve({ city: city.slug, sha256: current.sha256 }) });
    out[url] = `${res.status} ${res.headers.get("content-type")} ${res.headers.get("cache-control")} ${sha(await res.arrayBuffer())}`;
  }
  return out;
}
