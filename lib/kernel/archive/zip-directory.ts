import { ReadRefusal } from "./refusal";

/**
 * The entries of a ZIP archive held in memory, from its central directory. Only what cannot lie
 * beyond the file is used: names, methods, flags and where each entry's compressed bytes are
 * (checked to lie inside the file). The uncompressed sizes the directory declares are ignored —
 * a forged directory can claim anything there; the inflater counts what really comes out.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number;
  encrypted: boolean;
  /** The compressed bytes of the entry. */
  data: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

function findEndOfDirectory(view: DataView): number {
  // 22 bytes, then a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let i = last; i >= Math.max(0, last - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  throw new ReadRefusal("unreadable", "no end of central directory");
}

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/** Every entry, in directory order; more than `maxEntries` refuses the archive before reading any. */
export function readZipDirectory(buf: Uint8Array, maxEntries: number): ZipEntry[] {
  if (!isZip(buf)) throw new ReadRefusal("unreadable", "not a zip archive");
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const eocd = findEndOfDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  // 0xFFFF / 0xFFFFFFFF announce ZIP64, which no file of a few megabytes needs.
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ReadRefusal("unreadable", "zip64");
  if (count > maxEntries) throw new ReadRefusal("tooBig", `entries: ${count} > ${maxEntries}`);
  if (dirOffset + dirSize > eocd) throw new ReadRefusal("unreadable", "central directory outside the file");

  const entries: ZipEntry[] = [];
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw new ReadRefusal("unreadable", "broken central directory");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > eocd) throw new ReadRefusal("unreadable", "broken central directory");
    const rawName = buf.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise it is code page 437, of which ASCII is all we need.
    const name = (flags & 0x800 ? utf8 : latin1).decode(rawName);
    at += 46 + nameLength + extraLength + commentLength;

    if (localOffset + 30 > buf.length || view.getUint32(localOffset, true) !== LOCAL) throw new ReadRefusal("unreadable", `no local header for ${name}`);
    const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (start + compressedSize > buf.length) throw new ReadRefusal("unreadable", `entry ${name} runs past the end`);
    entries.push({ name, method, encrypted: (flags & 1) === 1, data: buf.subarray(start, start + compressedSize) });
  }
  return entries;
}

/** The entry of that name (part names are case-insensitive in OOXML packages; a leading "/" is tolerated). */
export function findEntry(entries: readonly ZipEntry[], name: string): ZipEntry | undefined {
  const want = name.replace(/^\//, "").toLowerCase();
  return entries.find((e) => e.name.replace(/^\//, "").toLowerCase() === want);
}
