"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { cityAction } from "@/lib/features/action-chain";
import { cityScope } from "@/lib/kernel/tenancy/city-scope";
import { cityCacheTag } from "@/lib/kernel/cache/cache-tags";
import { savePublicProfile } from "@/lib/features/publication/site/profile";
import { publishCity } from "@/lib/features/publication/site/publish-city";
import { listPublicContradictions } from "@/lib/features/publication/site/contradictions";
import { ValidationError } from "@/lib/kernel/errors";
import { ZPublicProfile, ZPublish, ZSetAllPublic, ZSetCommitmentPublic } from "@/lib/features/publication/site/schema";
import { setAllCommitmentsPublic, setCommitmentPublic, setPlanPublic } from "@/lib/features/publication/site/set-public";

/*
 * Publishing is the ONLY thing that changes a city's public pages, open data, feed and sitemap
 * (besides suspending or reactivating the city): they read the latest publication's snapshot.
 * Saving the profile or marking commitments public only changes what the NEXT publication holds,
 * so those actions revalidate the workspace page, never the public cache tag.
 */

const settingsPath = (slug: string) => `/${slug}/workspace/settings/public`;

/** Saves the public profile (texts, contacts, accessibility statement, licence); a stale version answers "conflict". */
export const savePublicProfileAction = cityAction(
  { name: "publication.profile.save", capability: "public.publish", input: ZPublicProfile },
  async (ctx, input) => {
    const saved = await savePublicProfile(cityScope(ctx), input);
    revalidatePath(settingsPath(ctx.city.slug));
    return saved;
  },
);

/** Marks one commitment for the public pages (or unmarks it), from the next publication on. */
export const setCommitmentPublicAction = cityAction(
  { name: "publication.commitment.setPublic", capability: "public.publish", input: ZSetCommitmentPublic },
  async (ctx, input) => {
    const saved = await setCommitmentPublic(cityScope(ctx), input);
    revalidatePath(settingsPath(ctx.city.slug));
    return saved;
  },
);

/** Marks one action plan for the public pages (or unmarks it), from the next publication on. */
export const setPlanPublicAction = cityAction(
  { name: "publication.plan.setPublic", capability: "public.publish", input: ZSetCommitmentPublic },
  async (ctx, input) => {
    const saved = await setPlanPublic(cityScope(ctx), input);
    revalidatePath(settingsPath(ctx.city.slug));
    return saved;
  },
);

/** Marks every commitment public, or none. */
export const setAllCommitmentsPublicAction = cityAction(
  { name: "publication.commitment.setAllPublic", capability: "public.publish", input: ZSetAllPublic },
  async (ctx, input) => {
    const result = await setAllCommitmentsPublic(cityScope(ctx), input);
    revalidatePath(settingsPath(ctx.city.slug));
    return result;
  },
);

/**
 * Publishes: freezes what is marked public into a new snapshot and refreshes the city's public
 * pages. A public commitment whose status its progress contradicts is published only when the
 * person confirms it (`keepContradictions`, recorded in the publication's audit entry).
 */
export const publishCityAction = cityAction(
  { name: "publication.publish", capability: "public.publish", input: ZPublish },
  async (ctx, input) => {
    const contradictions = await listPublicContradictions(ctx.db);
    if (contradictions.length && !input.keepContradictions) {
      throw new ValidationError({ keepContradictions: ["publicSite.publishing.validation.contradictions"] });
    }
    const publication = await publishCity(cityScope(ctx), {
      note: input.note,
      keptContradictions: contradictions.map((c) => ({ id: c.id, status: c.status, progress: c.progress })),
    });
    // Every cached public page, dataset and feed of this city (and no other) carries this tag.
    revalidateTag(cityCacheTag(ctx.city.slug), { expire: 0 });
    revalidatePath("/");
    revalidatePath(settingsPath(ctx.city.slug));
    return {
      id: publication.id,
      publishedAt: publication.publishedAt.toISOString(),
      commitments: publication.snapshot.commitments.length,
      updates: publication.snapshot.updates.length,
    };
  },
);
