import type { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";

export declare const PEER_STORE: unique symbol;
export declare function installPeerStore(): AsyncLocalStorage<{ address: string | null; setStatus: (code: number) => void }>;
export declare function withPeerAddress(
  listener: (req: IncomingMessage, res: ServerResponse) => unknown,
): (req: IncomingMessage, res: ServerResponse) => unknown;
