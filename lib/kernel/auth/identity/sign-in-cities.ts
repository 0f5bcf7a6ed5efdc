import "server-only";
import { controlDb } from "@/lib/kernel/db/control";
import { checkSlug } from "@/lib/kernel/tenancy/schema-name";

export interface SignInCity {
  id: string;
  slug: string;
  name: string;
  providers: { id: string; displayName: string }[];
}

const ACTIVE = { status: "active", provisionedAt: { not: null } } as const;
const PROVIDERS = { where: { enabled: true }, select: { id: true, displayName: true }, orderBy: { createdAt: "asc" } } as const;

/**
 * The city a sign-in page is for: `?city=<slug>`, or the city of the page the person wants to
 * reach (`/<slug>/workspace/…`), when it is an active city. Its enabled providers come with it.
 */
export async function signInCity(slug: string | null | undefined): Promise<SignInCity | null> {
  if (!slug || !checkSlug(slug).ok) return null;
  const city = await controlDb().city.findFirst({ where: { slug, ...ACTIVE }, select: { id: true, slug: true, name: true, identityProviders: PROVIDERS } });
  return city ? { id: city.id, slug: city.slug, name: city.name, providers: city.identityProviders } : null;
}

/** The first path segment of a callback URL (`/riverton/workspace` → `riverton`). */
export function citySlugOfPath(path: string): string | null {
  return /^\/([a-z0-9-]+)\/workspace(?:\/|$|\?)/.exec(path)?.[1] ?? null;
}

/** Active cities that offer their own sign-in, for the general sign-in page. */
export async function citiesWithProviders(): Promise<{ slug: string; name: string }[]> {
  return controlDb().city.findMany({
    where: { ...ACTIVE, identityProviders: { some: { enabled: true } } },
    select: { slug: true, name: true },
    orderBy: { name: "asc" },
  });
}
