import { publicLogoResponse } from "@/lib/features/city-settings/logo/logo-response";

/**
 * The city's logo, served by Charta: /api/public/<city>/logo/<sha256>. Public by design (it is on
 * the public pages); only the current logo's hash answers. Dynamic: it reads If-None-Match, and
 * browsers keep the bytes for a year (the URL changes with the logo), so nothing is cached here.
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ city: string; sha256: string }> }) {
  const { city, sha256 } = await params;
  return (await publicLogoResponse(request, city, sha256)) ?? new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
