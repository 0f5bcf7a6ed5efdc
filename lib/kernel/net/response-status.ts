import "server-only";
import { peerStore } from "./peer-address";

/**
 * Sets the HTTP status of the response being rendered. A page rendered per request cannot do this
 * through Next: its status comes only from notFound() and the like, which replace the page by an
 * empty HTML shell (components/not-found/with-not-found.tsx says why). Charta's HTTP server
 * (scripts/lib/http-server.mjs) offers it in the request's store, and the page's HTML is complete
 * before its headers are sent (no Suspense boundary streams ahead of it). Without that server
 * (a bare `next start`) nothing happens.
 */
export function respondWithStatus(code: number): void {
  peerStore()?.getStore()?.setStatus?.(code);
}
