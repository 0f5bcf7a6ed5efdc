import type { OfficeLimits } from "../archive/office-archive";

/**
 * How far an office document uploaded as evidence may unpack (lib/kernel/archive/office-archive.ts). A
 * 10 MB document of text and images unpacks to a few tens of MB; a quarter of a gigabyte is far
 * beyond any honest one and still takes the worker only about a second to count.
 */
export const OFFICE_LIMITS: OfficeLimits = {
  entries: 5_000,
  inflatedBytes: 256 * 1024 * 1024,
};
