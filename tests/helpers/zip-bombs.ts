/**
 * ZIP archives built byte by byte for the upload attack tests: honest small packages, and bombs —
 * a directory that lies about sizes, an honest directory with an extreme ratio, many entries,
 * and parts that stay within a byte budget but hold far too many strings or cells.
 *
 * A big payload is never held uncompressed: `repeatDeflated` deflates one block with a full
 * flush (self-contained, byte-aligned) and repeats the compressed bytes, so 1 GiB of output
 * costs about a megabyte to build.
 */
import zlib from "node:zlib";

export interface ZipPart {
  name: string;
  /** Stored (0) or deflated (8). */
  method: 0 | 8;
  /** The bytes as they go into the archive (already deflated for method 8). */
  data: Buffer;
  /** The real uncompressed size and CRC; the directory may be told otherwise. */
  size: number;
  crc: number;
  /** What the central directory and local header claim, when it lies. */
  declaredSize?: number;
}

export function storedPart(name: string, content: string | Buffer): ZipPart {
  const data = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
  return { name, method: 0, data, size: data.length, crc: zlib.crc32(data) };
}

export function deflatedPart(name: string, content: string | Buffer): ZipPart {
  const raw = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
  return { name, method: 8, data: zlib.deflateRawSync(raw, { level: 9 }), size: raw.length, crc: zlib.crc32(raw) };
}

/**
 * A deflated part whose content is `head`, then `body` repeated `times` times, then `tail`. The
 * CRC is left 0: no reader under test checks it, and computing it would mean producing the bytes.
 */
export function repeatDeflated(name: string, head: string, body: string, times: number, tail: string): ZipPart {
  const flush = { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH };
  const bodyBytes = Buffer.from(body, "utf8");
  const segment = zlib.deflateRawSync(bodyBytes, flush);
  const data = Buffer.concat([
    zlib.deflateRawSync(Buffer.from(head, "utf8"), flush),
    ...Array.from({ length: times }, () => segment),
    zlib.deflateRawSync(Buffer.from(tail, "utf8"), { level: 9 }),
  ]);
  return { name, method: 8, data, size: Buffer.byteLength(head) + bodyBytes.length * times + Buffer.byteLength(tail), crc: 0 };
}

/** The archive: local headers and data, then the central directory, then its end record. */
export function buildZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const size = Math.min(p.declaredSize ?? p.size, 0xfffffffe);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, p.data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xfffe), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xfffe), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Commitments" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const SHEET_OPEN = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_CLOSE = `</sheetData></worksheet>`;
const HEADER_ROW = `<row r="1"><c r="A1" t="inlineStr"><is><t>key</t></is></c><c r="B1" t="inlineStr"><is><t>version</t></is></c></row>`;

/** An XLSX package around the given sheet (and shared strings) parts. */
export function xlsxWith(sheet: ZipPart, sharedStrings?: ZipPart): Buffer {
  return buildZip([
    deflatedPart("[Content_Types].xml", CONTENT_TYPES),
    deflatedPart("_rels/.rels", ROOT_RELS),
    deflatedPart("xl/workbook.xml", WORKBOOK),
    deflatedPart("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
    ...(sharedStrings ? [sharedStrings] : []),
    sheet,
  ]);
}

const GIB = 1024 * 1024 * 1024;
// Empty rows between long runs of white space: few elements, so the byte budget is what stops it.
const MIB_OF_ROWS = `${" ".repeat(64 * 1024 - 6)}<row/>`.repeat(16);
const MIB_OF_SPACES = " ".repeat(1024 * 1024);

/** A sheet whose XML is 1 GiB of white space and empty rows after the header row: well-formed all the way. */
function hugeSheet(): ZipPart {
  return repeatDeflated("xl/worksheets/sheet1.xml", SHEET_OPEN + HEADER_ROW, MIB_OF_ROWS, 1024, SHEET_CLOSE);
}

/** The bomb of issue 11: about 1 MB, unpacks to 1 GiB, and its directory says 2 KB. */
export function lyingDirectoryBomb(): Buffer {
  return xlsxWith({ ...hugeSheet(), declaredSize: 2048 });
}

/** The same 1 GiB with an honest directory. */
export function honestBomb(): Buffer {
  return xlsxWith(hugeSheet());
}

/** Thousands of tiny entries (an honest directory): only the count is the problem. */
export function manyEntriesArchive(count = 15_000): Buffer {
  const base = [deflatedPart("[Content_Types].xml", CONTENT_TYPES), deflatedPart("_rels/.rels", ROOT_RELS), deflatedPart("xl/workbook.xml", WORKBOOK)];
  return buildZip([...base, ...Array.from({ length: count }, (_, i) => storedPart(`xl/media/p${i}.xml`, ""))]);
}

/** About 16 MB of shared strings (within the byte budget): a million one-letter strings. */
export function manySharedStrings(): Buffer {
  const strings = repeatDeflated(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`,
    "<si><t>x</t></si>".repeat(1000),
    1000,
    "</sst>",
  );
  return xlsxWith(deflatedPart("xl/worksheets/sheet1.xml", SHEET_OPEN + HEADER_ROW + SHEET_CLOSE), strings);
}

/** About 20 MB of sheet XML (within the byte budget): a million empty styled cells in the first rows. */
export function manyCells(): Buffer {
  const row = `<row>${'<c s="0"/>'.repeat(1000)}</row>`;
  return xlsxWith(repeatDeflated("xl/worksheets/sheet1.xml", SHEET_OPEN + HEADER_ROW, row, 1000, SHEET_CLOSE));
}

/** A Word document (as its required parts go) whose body is 1 GiB behind a lying directory. */
export function docxBomb(): Buffer {
  const body = repeatDeflated(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>`,
    MIB_OF_SPACES,
    GIB / MIB_OF_SPACES.length,
    "</w:body></w:document>",
  );
  return buildZip([deflatedPart("[Content_Types].xml", CONTENT_TYPES), deflatedPart("_rels/.rels", ROOT_RELS), { ...body, declaredSize: 4096 }]);
}
