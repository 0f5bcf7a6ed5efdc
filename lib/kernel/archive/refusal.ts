/**
 * Why an upload was not read. `tooBig`: it unpacks (or would) beyond what the reading may cost —
 * bytes really inflated, entries, cells, strings; `unreadable`: it is no archive of the expected
 * kind (broken, encrypted, a method we do not inflate). The worker's runner adds `timeout` and
 * `busy`. `detail` names the limit for logs and tests; people see a message per reason.
 */
export type RefusalReason = "tooBig" | "unreadable" | "timeout" | "busy";

export class ReadRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = "ReadRefusal";
  }
}

export function isReadRefusal(err: unknown): err is ReadRefusal {
  return err instanceof ReadRefusal;
}

/** Thrown by a reader that has read all it needs: ends the reading, not as a failure. */
export class StopReading extends Error {}
