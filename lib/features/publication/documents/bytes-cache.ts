/**
 * The bytes of recently downloaded published files, in memory, so that a popular report is not
 * read out of PostgreSQL for every visitor. Keyed by the file's SHA-256 as well as its row: the
 * caller looks the file's metadata up first (a small query), so a file replaced under its key
 * (a gap filled) is never served from here. Bounded by total size; least recently used goes first.
 */
const MAX_BYTES = 32 * 1024 * 1024;
/** A file bigger than this is read from the database every time rather than crowd out the others. */
const MAX_ENTRY = 8 * 1024 * 1024;

const entries = new Map<string, Uint8Array>();
let total = 0;

export function cachedBytes(key: string): Uint8Array | undefined {
  const bytes = entries.get(key);
  if (bytes) {
    // Most recently used last: a Map keeps insertion order.
    entries.delete(key);
    entries.set(key, bytes);
  }
  return bytes;
}

export function keepBytes(key: string, bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_ENTRY || entries.has(key)) return;
  entries.set(key, bytes);
  total += bytes.byteLength;
  for (const [oldest, old] of entries) {
    if (total <= MAX_BYTES) break;
    entries.delete(oldest);
    total -= old.byteLength;
  }
}
