/**
 * Whether a TCP port can be listened on, and the next one that can: the launchers check their
 * ports before starting anything, so a port held by another program (another Charta checkout)
 * is named in a sentence with a free one to set instead.
 */
import { createServer } from "node:net";

/** `host` undefined listens on every address, as the app's server does. */
export function isPortFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** The first free port after `port` (up to 100 further), or null. */
export async function nextFreePort(port: number, host?: string): Promise<number | null> {
  for (let p = port + 1; p <= Math.min(port + 100, 65535); p++) {
    if (await isPortFree(p, host)) return p;
  }
  return null;
}
