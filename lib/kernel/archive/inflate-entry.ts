import { Inflate } from "fflate";
import { ReadRefusal, isReadRefusal, StopReading } from "./refusal";
import type { ZipEntry } from "./zip-directory";

/**
 * What one reading of an archive may cost, over all its entries: the bytes the inflater really
 * produces (never the sizes the archive declares) and the XML elements parsed from them (each
 * costs far more than its bytes; ./xml-entry.ts counts them).
 */
export class InflateBudget {
  used = 0;
  elements = 0;
  constructor(
    readonly limit: number,
    readonly elementLimit = Infinity,
  ) {}

  take(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) throw new ReadRefusal("tooBig", `inflated more than ${this.limit} bytes`);
  }

  element(): void {
    this.elements += 1;
    if (this.elements > this.elementLimit) throw new ReadRefusal("tooBig", `more than ${this.elementLimit} XML elements`);
  }
}

/**
 * Deflate's best ratio is about 1:1032, so a push of 1 KiB of input yields at most ~1 MiB of
 * output: the inflater never holds more than that before the budget is checked again.
 */
const INPUT_SLICE = 1024;
const STORED_SLICE = 64 * 1024;

/**
 * Inflates one entry, handing each piece of output to `onChunk` as it comes (nothing is kept
 * here), and stops with a refusal the moment the budget is spent. Refusals and StopReading
 * thrown by `onChunk` pass through; anything else means the entry is not what it claims to be.
 */
export function inflateEntry(entry: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void): void {
  if (entry.encrypted) throw new ReadRefusal("unreadable", `${entry.name} is encrypted`);
  try {
    if (entry.method === 0) {
      for (let at = 0; at < entry.data.length; at += STORED_SLICE) {
        const chunk = entry.data.subarray(at, at + STORED_SLICE);
        budget.take(chunk.length);
        onChunk(chunk);
      }
      return;
    }
    if (entry.method !== 8) throw new ReadRefusal("unreadable", `${entry.name} uses compression method ${entry.method}`);
    const inflater = new Inflate((chunk) => {
      if (chunk.length === 0) return;
      budget.take(chunk.length);
      onChunk(chunk);
    });
    for (let at = 0; at < entry.data.length; at += INPUT_SLICE) inflater.push(entry.data.subarray(at, at + INPUT_SLICE));
    inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (isReadRefusal(err) || err instanceof StopReading) throw err;
    throw new ReadRefusal("unreadable", `${entry.name}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Inflates an entry only to count it: the bytes are dropped as they come. */
export function drainEntry(entry: ZipEntry, budget: InflateBudget): void {
  inflateEntry(entry, budget, () => undefined);
}
