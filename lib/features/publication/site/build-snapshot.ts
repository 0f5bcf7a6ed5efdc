/**
 * Builds what a city publishes (PublicSnapshot, ./types.ts) from its tables. What goes in — and
 * therefore the only thing the public pages, open data, feed and sitemap can ever show:
 * - commitments the city marked public (Commitment.isPublic), without owner or author ids/names;
 *   the department by name only;
 * - the updates of those commitments, with their note only when the author marked it public
 *   (CommitmentUpdate.notePublic), otherwise note = null;
 * - rights-holder groups by key with their names (built-in or the city's own);
 * - the roll-up, computed with the dashboard's functions (lib/features/dashboard/rollup.ts) over the
 *   published commitments only;
 * - the city's name, languages and branding (control City) and its public profile
 *   (PublicProfile; empty strings are left out);
 * - the published declaration and, if the city chose so, its consultation summary
 *   (lib/features/declaration/public-declaration.ts: no drafts, no hidden or deleted comments, names only
 *   with consent).
 * - adopted or closed action plans the city marked public, as ./plan-public.ts decides.
 * Pure `snapshotFromRows` does the mapping so tests can feed it by hand; `buildSnapshot` reads.
 */
import type { CityTx } from "@/lib/kernel/records/audited";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { LAYERS, type Layer } from "@/lib/reference/framework/catalogue/types";
import { layerRollups, percent, rollup } from "@/lib/features/dashboard/rollup";
import { BUILT_IN_GROUPS } from "@/lib/reference/rights/groups";
import { publicPlansFromRows, readPlanRows, type PlanRows } from "./plan-public";
import {
  SNAPSHOT_FORMAT,
  type PublicCommitment,
  type PublicLocale,
  type PublicMaturity,
  type PublicSnapshot,
  type PublicStatus,
  type PublicText,
  type PublicUpdate,
  type PublicDeclaration,
} from "./types";
import { readPublicDeclaration } from "@/lib/features/declaration/public-declaration";
import { isoDate } from "@/lib/kernel/dates";

/** The control City fields a snapshot needs. */
export interface SnapshotCity {
  slug: string;
  name: string;
  country: string;
  defaultLocale: string;
  locales: string[];
  brandColor: string;
}

export interface SnapshotRows {
  commitments: {
    id: string;
    elementKey: string | null;
    layer: Layer;
    title: string;
    text: string;
    status: PublicStatus;
    maturity: PublicMaturity;
    progress: number;
    startDate: Date | null;
    targetDate: Date | null;
    lastUpdateAt: Date;
    departmentId: string | null;
    charterArticles: number[];
    udhrArticles: number[];
    sdgs: number[];
    groups: string[];
  }[];
  updates: {
    id: string;
    commitmentId: string;
    at: Date;
    note: string;
    notePublic: boolean;
    fromStatus: PublicStatus | null;
    toStatus: PublicStatus | null;
    fromProgress: number | null;
    toProgress: number | null;
    fromMaturity: PublicMaturity | null;
    toMaturity: PublicMaturity | null;
  }[];
  departments: { id: string; name: string }[];
  groups: { key: string; nameNl: string; nameEn: string }[];
  profile: {
    introNl: string;
    introEn: string;
    takePartNl: string;
    takePartEn: string;
    contactEmail: string;
    ombudsName: string;
    ombudsUrl: string;
    ombudsEmail: string;
    ombudsPhone: string;
    accessibilityStatus: "full" | "partial" | "none";
    accessibilityIssuesNl: string;
    accessibilityIssuesEn: string;
    accessibilityContact: string;
    accessibilityReviewedOn: Date | null;
    dataLicence: string;
  } | null;
  /** Already in its published shape (lib/features/declaration/public-declaration.ts decides what is public); absent = none. */
  declaration?: PublicDeclaration | null;
  /** Action plans; absent in hand-made test rows (no plans). */
  plans?: PlanRows;
}

const LOCALES: readonly PublicLocale[] = ["nl", "en"];

function isPublicLocale(v: string): v is PublicLocale {
  return (LOCALES as readonly string[]).includes(v);
}

function orNull(s: string | null | undefined): string | null {
  const t = (s ?? "").trim();
  return t ? t : null;
}

function text(nl: string, en: string): PublicText {
  const out: PublicText = {};
  if (orNull(nl)) out.nl = nl.trim();
  if (orNull(en)) out.en = en.trim();
  return out;
}

function day(d: Date | null): string | null {
  return d ? isoDate(d) : null;
}

/** Mapping only (no I/O): rows of the city's tables → the snapshot. */
export function snapshotFromRows(rows: SnapshotRows, city: SnapshotCity, publication: { id: string; publishedAt: Date }): PublicSnapshot {
  const departments = new Map(rows.departments.map((d) => [d.id, d.name]));
  const groupNames = new Map<string, PublicText>(BUILT_IN_GROUPS.map((g) => [g.key as string, { nl: g.name.nl, en: g.name.en }]));
  for (const g of rows.groups) groupNames.set(g.key, text(g.nameNl, g.nameEn));

  // Framework order: layer, then element key, then the city's own commitments by title.
  const layerIndex = (l: Layer) => LAYERS.indexOf(l);
  const published = rows.commitments
    .slice()
    .sort(
      (a, b) =>
        layerIndex(a.layer) - layerIndex(b.layer) ||
        (a.elementKey === null ? 1 : 0) - (b.elementKey === null ? 1 : 0) ||
        (a.elementKey ?? "").localeCompare(b.elementKey ?? "", "en", { numeric: true }) ||
        a.title.localeCompare(b.title) ||
        a.id.localeCompare(b.id),
    );
  const keyOf = new Map(published.map((c) => [c.id, c.elementKey ?? c.id]));

  const commitments: PublicCommitment[] = published.map((c) => ({
    key: keyOf.get(c.id)!,
    elementKey: c.elementKey,
    layer: c.layer,
    title: c.title,
    text: c.text,
    status: c.status,
    maturity: c.maturity,
    progress: c.progress,
    startDate: day(c.startDate),
    targetDate: day(c.targetDate),
    lastUpdateAt: c.lastUpdateAt.toISOString(),
    department: c.departmentId ? (departments.get(c.departmentId) ?? null) : null,
    charterArticles: [...c.charterArticles].sort((a, b) => a - b),
    udhrArticles: [...c.udhrArticles].sort((a, b) => a - b),
    sdgs: [...c.sdgs].sort((a, b) => a - b),
    groups: c.groups.filter((k) => groupNames.has(k)).map((k) => ({ key: k, name: groupNames.get(k)! })),
  }));

  const updates: PublicUpdate[] = rows.updates
    .filter((u) => keyOf.has(u.commitmentId))
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id))
    .map((u) => ({
      id: u.id,
      commitmentKey: keyOf.get(u.commitmentId)!,
      at: u.at.toISOString(),
      fromStatus: u.fromStatus,
      toStatus: u.toStatus,
      fromProgress: u.fromProgress,
      toProgress: u.toProgress,
      fromMaturity: u.fromMaturity,
      toMaturity: u.toMaturity,
      note: u.notePublic ? orNull(u.note) : null,
    }));

  // The dashboard's roll-up (lib/features/dashboard/rollup.ts), over the published commitments only.
  const overall = rollup(published);
  const layers = Object.fromEntries(
    layerRollups(published).map((r) => [r.layer, { percent: percent(r.progress), count: r.count, statusCounts: r.statuses }]),
  ) as PublicSnapshot["rollup"]["layers"];

  const locales = city.locales.filter(isPublicLocale);
  const defaultLocale: PublicLocale = isPublicLocale(city.defaultLocale) ? city.defaultLocale : (locales[0] ?? "en");
  const p = rows.profile;
  const ombudsName = orNull(p?.ombudsName);

  return {
    format: SNAPSHOT_FORMAT,
    publicationId: publication.id,
    publishedAt: publication.publishedAt.toISOString(),
    city: {
      slug: city.slug,
      name: city.name,
      country: city.country,
      defaultLocale,
      locales: locales.includes(defaultLocale) ? locales : [defaultLocale, ...locales],
      brandColor: city.brandColor,
    },
    profile: {
      intro: text(p?.introNl ?? "", p?.introEn ?? ""),
      takePart: text(p?.takePartNl ?? "", p?.takePartEn ?? ""),
      contactEmail: orNull(p?.contactEmail),
      ombuds: ombudsName ? { name: ombudsName, url: orNull(p?.ombudsUrl), email: orNull(p?.ombudsEmail), phone: orNull(p?.ombudsPhone) } : null,
      accessibility: {
        status: p?.accessibilityStatus ?? "partial",
        issues: text(p?.accessibilityIssuesNl ?? "", p?.accessibilityIssuesEn ?? ""),
        contact: orNull(p?.accessibilityContact),
        reviewedOn: day(p?.accessibilityReviewedOn ?? null),
      },
      dataLicence: orNull(p?.dataLicence) ?? "CC-BY-4.0",
    },
    rollup: { overall: percent(overall.progress), layers },
    commitments,
    updates,
    declaration: rows.declaration ?? null,
    plans: rows.plans ? publicPlansFromRows(rows.plans, { commitmentKeys: keyOf, departments }) : [],
  };
}

/** Reads the rows a snapshot needs (only public commitments and their updates ever leave the database). */
export async function readSnapshotRows(db: CityTx | CityDb): Promise<SnapshotRows> {
  const commitments = await db.commitment.findMany({
    where: { isPublic: true },
    select: {
      id: true,
      elementKey: true,
      layer: true,
      title: true,
      text: true,
      status: true,
      maturity: true,
      progress: true,
      startDate: true,
      targetDate: true,
      lastUpdateAt: true,
      departmentId: true,
      charterArticles: true,
      udhrArticles: true,
      sdgs: true,
      groups: true,
    },
  });
  const ids = commitments.map((c) => c.id);
  const updates = ids.length
    ? await db.commitmentUpdate.findMany({
        where: { commitmentId: { in: ids } },
        select: {
          id: true,
          commitmentId: true,
          at: true,
          note: true,
          notePublic: true,
          fromStatus: true,
          toStatus: true,
          fromProgress: true,
          toProgress: true,
          fromMaturity: true,
          toMaturity: true,
        },
      })
    : [];
  const departments = await db.department.findMany({ select: { id: true, name: true } });
  const groups = await db.rightsHolderGroup.findMany({ select: { key: true, nameNl: true, nameEn: true } });
  const profile = await db.publicProfile.findUnique({ where: { id: 1 } });
  const declaration = await readPublicDeclaration(db);
  const plans = await readPlanRows(db);
  return { commitments, updates, departments, groups, profile, declaration, plans };
}

/** Reads the city's tables and builds its snapshot. */
export async function buildSnapshot(db: CityTx | CityDb, city: SnapshotCity, publication: { id: string; publishedAt: Date }): Promise<PublicSnapshot> {
  return snapshotFromRows(await readSnapshotRows(db), city, publication);
}
