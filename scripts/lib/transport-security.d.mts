import type { IncomingMessage, ServerResponse } from "node:http";

export declare function withStrictTransportSecurity(
  listener: (req: IncomingMessage, res: ServerResponse) => unknown,
  publicUrl?: string,
): (req: IncomingMessage, res: ServerResponse) => unknown;
