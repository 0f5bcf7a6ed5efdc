/**
 * The TCP peer of each request, kept in an AsyncLocalStorage that lib/net/peer-address.ts reads
 * under the same global symbol (the app's bundled code and this server share the one object).
 */
import { AsyncLocalStorage } from "node:async_hooks";

export const PEER_STORE = Symbol.for("charta.peer-address");

export function installPeerStore() {
  globalThis[PEER_STORE] ??= new AsyncLocalStorage();
  return globalThis[PEER_STORE];
}

/** Wraps a request listener so that everything it runs sees the request's socket address. */
export function withPeerAddress(listener) {
  const store = installPeerStore();
  return (req, res) => store.run({ address: req.socket.remoteAddress ?? null }, () => listener(req, res));
}
