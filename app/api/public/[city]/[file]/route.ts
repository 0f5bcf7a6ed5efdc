import { openDataResponse } from "@/lib/features/publication/open-data/open-data-response";

/**
 * Open data of a city: /api/public/<city>/<dataset>.csv|.json, /catalog.jsonld (DCAT-AP),
 * /feed.xml (Atom). Public by design: it reads only the city's published snapshot.
 * Static, generated on first request and cached (ISR) like the public pages: the snapshot read
 * carries the city's cache tag, so a publish, suspension or reactivation refreshes the file; the
 * hour is only a safety net.
 */
export const revalidate = 3600;

/** No files at build time; each is generated on its first request (an empty list keeps ISR on). */
export function generateStaticParams(): { city: string; file: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ city: string; file: string }> }) {
  const { city, file } = await params;
  return openDataResponse(city, file);
}
