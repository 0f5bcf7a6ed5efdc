import { getPublicCity } from "@/lib/kernel/tenancy/public-city";

/** `/<city>` → the city's public home in its default language. */
export async function GET(_request: Request, { params }: { params: Promise<{ city: string }> }) {
  const { city: slug } = await params;
  const city = await getPublicCity(slug);
  if (!city) {
    return new Response("Not found — Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  // A relative Location keeps the host the visitor used, whatever proxy sits in front.
  return new Response(null, { status: 307, headers: { Location: `/${city.slug}/${city.defaultLocale}` } });
}
