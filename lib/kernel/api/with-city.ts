import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { getSessionUser } from "@/lib/kernel/auth/current-user";
import type { Capability } from "@/lib/kernel/auth/permissions";
import { isImpossibleValue } from "@/lib/kernel/db/impossible-value";
import { isAppError } from "@/lib/kernel/errors";
import { log } from "@/lib/kernel/log";
import { requireCityAccess, type CityContext } from "@/lib/kernel/tenancy/city-access";

type RouteParams = { params: Promise<{ city: string } & Record<string, string>> };
type Handler = (req: NextRequest, ctx: CityContext, params: Record<string, string>) => Promise<Response>;

export const ROUTE_META = Symbol.for("charta.route");

/**
 * The one wrapper for route handlers under /api/cities/[city]/…: the same door as Server Actions.
 * Errors answer JSON with the status of the error (another city: 404).
 */
export function withCity(handler: Handler, opts: { capability: Capability }) {
  const route = async (req: NextRequest, { params }: RouteParams): Promise<Response> => {
    const p = await params;
    try {
      const ctx = await requireCityAccess(await getSessionUser(), p.city, opts.capability);
      return await handler(req, ctx, p);
    } catch (err) {
      if (isAppError(err)) return NextResponse.json({ error: err.code }, { status: err.status });
      // An id that cannot be one (not a UUID, beyond int4, NUL): an unknown id, so 404.
      if (isImpossibleValue(err)) return NextResponse.json({ error: "not_found" }, { status: 404 });
      const requestId = randomUUID();
      log("error", "route failed", { path: req.nextUrl.pathname, requestId, err });
      return NextResponse.json({ error: "internal", requestId }, { status: 500 });
    }
  };
  Object.defineProperty(route, ROUTE_META, { value: { scope: "city", capability: opts.capability } });
  return route;
}
