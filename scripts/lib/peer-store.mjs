/**
 * What Charta's HTTP server knows of the request being handled, kept in an AsyncLocalStorage that
 * the app's code reads under the same global symbol (the app's bundled code and this server share
 * the one object): the TCP peer's address (lib/kernel/net/peer-address.ts), and a way to set the status of
 * the response before it is sent (lib/kernel/net/response-status.ts).
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
  return (req, res) =>
    store.run(
      {
        address: req.socket.remoteAddress ?? null,
        setStatus: (code) => {
          if (!res.headersSent) res.statusCode = code;
        },
      },
      () => listener(req, res),
    );
}
