/**
 * An XLSX file is a ZIP archive. A small archive can unpack to gigabytes (a "zip bomb") and take
 * the server down while the spreadsheet library reads it, so before reading we sum the unpacked
 * sizes the archive's central directory declares and refuse anything implausible for a sheet of
 * commitments. (A file that lies in its directory is still bounded by the 2 MB upload limit's
 * compression ratio only; this check stops the common bombs, not a determined forger.)
 */
export const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 500;

export function isZip(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

export function zipLooksSafe(buf: Uint8Array): boolean {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // End of central directory: 22 bytes plus a comment of at most 65,535 bytes, at the end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return false;
  const entries = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64: never needed for a sheet this size.
  if (entries === 0xffff || dirOffset === 0xffffffff || entries > MAX_ZIP_ENTRIES) return false;
  let total = 0;
  let at = dirOffset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || view.getUint32(at, true) !== 0x02014b50) return false;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return false;
    total += size;
    if (total > MAX_UNZIPPED_BYTES) return false;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return true;
}
