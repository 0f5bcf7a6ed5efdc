import { describe, expect, it } from "vitest";
import { checkEvidenceFile, MAX_EVIDENCE_BYTES } from "./file-types";

const ascii = (s: string) => new TextEncoder().encode(s);

/** The start of a ZIP archive whose first entry is `name` (stored), followed by `content`. */
function zip(name: string, content = "", more = ""): Uint8Array {
  const header = new Uint8Array(30);
  header.set([0x50, 0x4b, 0x03, 0x04]);
  header[26] = name.length;
  return new Uint8Array([...header, ...ascii(name), ...ascii(content), ...ascii(more)]);
}

describe("checkEvidenceFile", () => {
  it("accepts each allowed type by extension and first bytes, with our MIME type", () => {
    const cases: [string, Uint8Array, string][] = [
      ["a.pdf", ascii("%PDF-1.7\n…"), "application/pdf"],
      ["a.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), "image/png"],
      ["a.JPG", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]), "image/jpeg"],
      ["a.jpeg", new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0]), "image/jpeg"],
      [
        "a.docx",
        zip("[Content_Types].xml", "<Types/>", "PK\u0003\u0004word/document.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ],
      ["a.xlsx", zip("[Content_Types].xml", "", "xl/workbook.xml"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      ["a.pptx", zip("[Content_Types].xml", "", "ppt/presentation.xml"), "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
      ["a.odt", zip("mimetype", "application/vnd.oasis.opendocument.text"), "application/vnd.oasis.opendocument.text"],
      ["a.ods", zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), "application/vnd.oasis.opendocument.spreadsheet"],
      ["a.csv", ascii("wijk;aantal\nNoord;12\n"), "text/csv"],
      ["a.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9]), "text/plain"], // "Café" in Windows-1252
    ];
    for (const [name, bytes, mime] of cases) {
      const result = checkEvidenceFile(name, bytes);
      expect(result, name).toMatchObject({ ok: true, type: { mimeType: mime } });
    }
  });

  it("refuses other extensions, content that does not match, empty and oversized files", () => {
    expect(checkEvidenceFile("run.exe", ascii("MZ\u0090\u0000"))).toEqual({ ok: false, problem: "typeNotAllowed" });
    expect(checkEvidenceFile("page.html", ascii("<html>"))).toEqual({ ok: false, problem: "typeNotAllowed" });
    expect(checkEvidenceFile("noextension", ascii("%PDF-"))).toEqual({ ok: false, problem: "typeNotAllowed" });
    expect(checkEvidenceFile("report.pdf", ascii("MZ\u0090\u0000"))).toEqual({ ok: false, problem: "contentMismatch" });
    expect(checkEvidenceFile("photo.png", ascii("%PDF-1.4"))).toEqual({ ok: false, problem: "contentMismatch" });
    // An ODT claimed, a spreadsheet inside; a ZIP that is no Word document.
    expect(checkEvidenceFile("a.odt", zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))).toEqual({ ok: false, problem: "contentMismatch" });
    expect(checkEvidenceFile("a.docx", zip("evil.js", "alert(1)"))).toEqual({ ok: false, problem: "contentMismatch" });
    // Text must not be binary (NUL bytes) or another format in disguise.
    expect(checkEvidenceFile("data.csv", new Uint8Array([0x61, 0x00, 0x62]))).toEqual({ ok: false, problem: "contentMismatch" });
    expect(checkEvidenceFile("notes.txt", ascii("%PDF-1.4 text"))).toEqual({ ok: false, problem: "contentMismatch" });
    expect(checkEvidenceFile("a.pdf", new Uint8Array())).toEqual({ ok: false, problem: "empty" });
    expect(checkEvidenceFile("a.pdf", new Uint8Array(MAX_EVIDENCE_BYTES + 1))).toEqual({ ok: false, problem: "tooLarge" });
    expect(checkEvidenceFile("a.txt", new Uint8Array(MAX_EVIDENCE_BYTES).fill(0x61))).toMatchObject({ ok: true });
  });
});
