import type { AsyncLocalStorage } from "node:async_hooks";

/**
 * The TCP peer of the request being handled. Next.js does not expose the socket to route handlers
 * or Server Actions, and it copies the socket address into X-Forwarded-For only when the client did
 * not send that header itself (next/dist/server/base-server.js), so neither can be trusted. Charta's
 * HTTP server (scripts/lib/http-server.mjs) runs each request inside an AsyncLocalStorage holding
 * the socket's address; a global symbol makes the store the same object in the server and in the
 * bundled app code.
 */
export const PEER_STORE = Symbol.for("charta.peer-address");

export interface PeerInfo {
  address: string | null;
  /** Sets the response's status while its headers are not sent yet (lib/kernel/net/response-status.ts). */
  setStatus?: (code: number) => void;
}

export function peerStore(): AsyncLocalStorage<PeerInfo> | undefined {
  return (globalThis as Record<symbol, AsyncLocalStorage<PeerInfo> | undefined>)[PEER_STORE];
}

export function peerAddress(): string | null {
  return peerStore()?.getStore()?.address ?? null;
}
