import { describe, expect, it } from "vitest";
import { cleanFileName, contentDisposition } from "./file-name";

const BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"];

/** What a browser takes from the header: filename* when present (RFC 6266 §4.3), else filename. */
function savedAs(header: string): string {
  const ext = /filename\*=UTF-8''([^;]+)/.exec(header);
  if (ext) return decodeURIComponent(ext[1]!);
  return /filename="([^"]*)"/.exec(header)![1]!;
}

describe("cleanFileName", () => {
  it("removes every bidirectional control: a name reads as what it is", () => {
    expect(cleanFileName("invoice\u202efdp.exe")).toBe("invoicefdp.exe");
    for (const c of BIDI) expect(cleanFileName(`report${c}.pdf`)).toBe("report.pdf");
    expect(cleanFileName("\u2067photo\u2069.png")).toBe("photo.png");
  });

  it("removes control characters, NUL, invisible format characters and half characters", () => {
    expect(cleanFileName("a\u0000b\u0007c\u001b.pdf")).toBe("abc.pdf");
    expect(cleanFileName("a\u0085b\u009fc.pdf")).toBe("abc.pdf");
    expect(cleanFileName("zero\u200bwidth\ufeff.txt")).toBe("zerowidth.txt");
    expect(cleanFileName("half\ud800.pdf")).toBe("half.pdf");
  });

  it("keeps only the last part of a path, and no leading dots", () => {
    expect(cleanFileName("C:\\Users\\anna\\Raad.pdf")).toBe("Raad.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("..\\..\\boot.ini")).toBe("boot.ini");
    expect(cleanFileName(".htaccess")).toBe("htaccess");
    expect(cleanFileName("dir/")).toBe("file");
  });

  it("keeps real names as they are: accents, emoji, right-to-left script", () => {
    expect(cleanFileName("Raadsbesluit één.pdf")).toBe("Raadsbesluit één.pdf");
    expect(cleanFileName("verslag 😀.docx")).toBe("verslag 😀.docx");
    expect(cleanFileName("تقرير.pdf")).toBe("تقرير.pdf");
    // Composed form, so the same name compares equal however the browser sent it.
    expect(cleanFileName("e\u0301.pdf")).toBe("é.pdf");
  });

  it("collapses spaces, falls back when nothing is left, cuts long names from the front", () => {
    expect(cleanFileName("  a   b  .pdf ")).toBe("a b .pdf");
    expect(cleanFileName("\u202e\u0000")).toBe("file");
    expect(cleanFileName("", "x")).toBe("x");
    const long = cleanFileName(`${"😀".repeat(300)}.pdf`);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith("😀.pdf")).toBe(true);
  });
});

describe("contentDisposition", () => {
  it("a plain ASCII name: filename only", () => {
    expect(contentDisposition("charta-riverton-commitments-2026-01-01.csv")).toBe('attachment; filename="charta-riverton-commitments-2026-01-01.csv"');
    expect(contentDisposition("riverton-commitments.csv", { inline: true })).toBe('inline; filename="riverton-commitments.csv"');
  });

  it("any other name: an ASCII fallback and the exact name as filename* (RFC 5987)", () => {
    const h = contentDisposition("Raadsbesluit één.pdf");
    expect(h).toBe(`attachment; filename="Raadsbesluit een.pdf"; filename*=UTF-8''Raadsbesluit%20%C3%A9%C3%A9n.pdf`);
    expect(savedAs(h)).toBe("Raadsbesluit één.pdf");
  });

  it("is ASCII and one header whatever the name: quotes, backslashes, line breaks, bidi controls", () => {
    for (const name of ['a"b.pdf', "a\\b.pdf", "a\r\nSet-Cookie: x=1.pdf", "invoice\u202efdp.exe", "x'y(1)*.txt", "\u0000", "ü".repeat(500)]) {
      const h = contentDisposition(name);
      expect(h).toMatch(/^[\x20-\x7e]+$/);
      expect(() => new Headers({ "Content-Disposition": h })).not.toThrow();
      expect(h.match(/filename="/g)).toHaveLength(1);
      expect(h).not.toMatch(/%E2%80%AE|%E2%81%A6|%00|%0D|%0A/i);
      expect(savedAs(h)).toBe(cleanFileName(name, "download"));
    }
  });
});
