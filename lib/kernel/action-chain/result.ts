import type { ErrorCode } from "@/lib/kernel/errors";

/** What every Server Action returns: data, or an error a person can act on (already translated). */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: {
        code: ErrorCode | "internal";
        message: string;
        fieldErrors?: Record<string, string[]>;
        /** For conflicts: what is stored now, so the form can show what changed. */
        current?: unknown;
        requestId?: string;
      };
    };
