/**
 * What the "Public pages" settings page shows: the commitments with their public mark, a preview
 * of what publishing now would put on the public pages, and what is published at the moment.
 */
import "server-only";
import type { CityDb } from "@/lib/kernel/db/city-clients";
import { userNames } from "@/lib/kernel/records/people";
import type { Layer } from "@/lib/reference/framework/catalogue/types";
import { SNAPSHOT_FORMAT, type PublicSnapshot } from "./types";
import { listPublicContradictions, type PublicContradiction } from "./contradictions";

export interface PublishingCommitment {
  id: string;
  elementKey: string | null;
  layer: Layer;
  title: string;
  isPublic: boolean;
  version: number;
}

export interface PublicationSummary {
  id: string;
  publishedAt: string;
  /** The publisher's name (a member's name; workspace only, never on the public pages). */
  publishedByName: string | null;
  note: string;
  commitments: number;
  updates: number;
  publicNotes: number;
}

export interface PublishingOverview {
  commitments: PublishingCommitment[];
  preview: { commitments: number; updates: number; publicNotes: number };
  /** Public commitments whose status their progress contradicts: publishing asks before it publishes them. */
  contradictions: PublicContradiction[];
  current: PublicationSummary | null;
  /** Earlier publications, newest first (at most 10, current included). */
  history: PublicationSummary[];
}

export async function getPublishingOverview(db: CityDb): Promise<PublishingOverview> {
  const [commitments, updates, publicNotes, publications] = await db.$transaction([
    db.commitment.findMany({
      select: { id: true, elementKey: true, layer: true, title: true, isPublic: true, version: true },
    }),
    db.commitmentUpdate.count({ where: { commitment: { isPublic: true } } }),
    db.commitmentUpdate.count({ where: { commitment: { isPublic: true }, notePublic: true, note: { not: "" } } }),
    db.publication.findMany({ orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take: 10 }),
  ]);
  const layerOrder: Layer[] = ["foundation", "structure", "tool"];
  commitments.sort(
    (a, b) =>
      layerOrder.indexOf(a.layer) - layerOrder.indexOf(b.layer) ||
      (a.elementKey === null ? 1 : 0) - (b.elementKey === null ? 1 : 0) ||
      (a.elementKey ?? "").localeCompare(b.elementKey ?? "", "en", { numeric: true }) ||
      a.title.localeCompare(b.title),
  );
  const names = await userNames(
    publications.map((p) => p.publishedBy),
    { orEmail: true },
  );
  const history = publications.map((p): PublicationSummary => {
    const s = p.snapshot as PublicSnapshot | null;
    const ok = s?.format === SNAPSHOT_FORMAT;
    return {
      id: p.id,
      publishedAt: p.publishedAt.toISOString(),
      publishedByName: p.publishedBy ? (names.get(p.publishedBy) ?? null) : null,
      note: p.note,
      commitments: ok ? s.commitments.length : 0,
      updates: ok ? s.updates.length : 0,
      publicNotes: ok ? s.updates.filter((u) => u.note !== null).length : 0,
    };
  });
  return {
    commitments,
    contradictions: await listPublicContradictions(db),
    preview: { commitments: commitments.filter((c) => c.isPublic).length, updates, publicNotes },
    current: history[0] ?? null,
    history,
  };
}
