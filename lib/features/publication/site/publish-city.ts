/**
 * Publishing: the ONLY thing that changes what a city's public pages, open data, feed and sitemap
 * show (besides suspending or reactivating the city). They read the latest Publication's snapshot
 * (./read-publication.ts), never the live tables; editing a commitment, marking it public or
 * writing a public note changes nothing for residents until someone with "public.publish"
 * publishes. The Server Action that calls this then revalidates the city's cache tag.
 * (No "server-only" import: the demo seed and the e2e seed run it under plain Node.)
 */
import { randomUUID } from "node:crypto";
import type { CityScope } from "@/lib/kernel/tenancy/city-scope";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { controlDb } from "@/lib/kernel/db/control";
import { NotFoundError } from "@/lib/kernel/errors";
import type { Prisma } from "@/lib/generated/city/client";
import { buildSnapshot } from "./build-snapshot";
import { PUBLICATION_NOTE_MAX } from "./schema";
import type { PublicSnapshot } from "./types";

export interface PublishedPublication {
  id: string;
  publishedAt: Date;
  publishedBy: string | null;
  note: string;
  snapshot: PublicSnapshot;
}

/**
 * Builds the snapshot from the city's tables and stores it as a new Publication, with an audit
 * entry, in one transaction. Returns the publication; the caller revalidates the cache.
 */
export async function publishCity(
  scope: CityScope<string | null>,
  input: { note?: string; keptContradictions?: { id: string; status: string; progress: number }[] } = {},
): Promise<PublishedPublication> {
  const city = await controlDb().city.findUnique({
    where: { id: scope.city.id },
    select: { slug: true, name: true, country: true, defaultLocale: true, locales: true, brandColor: true },
  });
  if (!city || city.slug !== scope.city.slug) throw new NotFoundError();
  const note = (input.note ?? "").trim().slice(0, PUBLICATION_NOTE_MAX);
  const id = randomUUID();
  const publishedAt = new Date();
  return auditedTransaction(
    scope.db,
    scope.actor.id,
    async (tx, audit) => {
      const snapshot = await buildSnapshot(tx, city, { id, publishedAt });
      await tx.publication.create({
        data: { id, publishedAt, publishedBy: scope.actor.id, note, snapshot: snapshot as unknown as Prisma.InputJsonValue },
      });
      await audit({
        action: "publish",
        entity: "Publication",
        entityId: id,
        after: {
          note,
          commitments: snapshot.commitments.length,
          updates: snapshot.updates.length,
          // Published with a status their progress contradicts, as the person confirmed.
          ...(input.keptContradictions?.length ? { keptContradictions: input.keptContradictions } : {}),
        },
      });
      return { id, publishedAt, publishedBy: scope.actor.id, note, snapshot };
    },
    // One consistent view of every table the snapshot reads.
    { isolationLevel: "RepeatableRead" },
  );
}
