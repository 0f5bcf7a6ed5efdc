/**
 * Charta's HTTP server: Next.js's own request handlers (the ones `next start` uses) behind a plain
 * Node server that records each request's TCP peer address in an AsyncLocalStorage
 * (lib/kernel/net/peer-address.ts). Next does not give route handlers or Server Actions the socket, and
 * it fills X-Forwarded-For from the socket only when the client sent none, so without this the
 * sign-in limits would count whatever address a client writes into that header.
 *
 * It also adds Strict-Transport-Security when NEXTAUTH_URL is https (./transport-security.mjs).
 *
 * Usage (from scripts/lib/launch.ts): node scripts/lib/http-server.mjs <dev|start> <port>
 */
import { createServer } from "node:http";
import { installPeerStore, withPeerAddress } from "./peer-store.mjs";
import { withStrictTransportSecurity } from "./transport-security.mjs";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
const dev = mode === "dev";
// As `next start` / `next dev` do, before Next is loaded.
process.env.NODE_ENV ??= dev ? "development" : "production";

installPeerStore();

const { default: next } = await import("next");
const server = createServer();
const app = next({ dev, port, hostname: "localhost", httpServer: server, ...(dev ? { turbopack: true } : {}) });
await app.prepare();
const handle = app.getRequestHandler();

server.on(
  "request",
  withStrictTransportSecurity(
    withPeerAddress((req, res) =>
      handle(req, res).catch((err) => {
        console.error(`Failed to handle request for ${req.url}`, err);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      }),
    ),
  ),
);

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  server.close();
  await app.close().catch(() => undefined);
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

// The launcher checks the port before starting; another program may still take it meanwhile.
server.on("error", (err) => {
  if (err.code !== "EADDRINUSE") throw err;
  console.error(`Port ${port} for Charta is already in use (another Charta, or another program): stop that, or set PORT to a free port.`);
  process.exit(1);
});

server.listen(port, () => {
  console.log(`Charta ${dev ? "(development) " : ""}ready on http://localhost:${port}`);
});
