/**
 * Words that hold in both languages: a language named inside a sentence in the sentence's own
 * language ("in het Engels", not "in het English") and file sizes as people write them
 * ("193 bytes", not "193 byte"). Counts: lib/features/reports/advisory-text.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translator } from "./dictionary";
import { formatFileSize } from "@/lib/kernel/i18n/format";
import { languageName } from "@/lib/kernel/i18n/locales";

describe("language names inside sentences", () => {
  it("are the page's own word for the language", () => {
    expect(languageName("en", "nl")).toBe("Engels");
    expect(languageName("nl", "nl")).toBe("Nederlands");
    expect(languageName("nl", "en")).toBe("Dutch");
    expect(translator("nl")("reports.page.missingTranslations", { language: languageName("en", "nl") })).toBe("Ontbrekende vertalingen in het Engels");
  });

  it("never come from the endonyms (LOCALE_NAMES) where a message puts them in a sentence", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && /language: LOCALE_NAMES\[/.test(readFileSync(file, "utf8"))) offenders.push(file);
      }
    };
    for (const dir of ["app", "components", "lib"]) walk(path.resolve(import.meta.dirname, "../..", dir));
    expect(offenders).toEqual([]);
  });
});

describe("file sizes", () => {
  it("write out bytes in the plural but for one, and use kB and MB above", () => {
    expect(formatFileSize("en", 193)).toBe("193 bytes");
    expect(formatFileSize("nl", 193)).toBe("193 bytes");
    expect(formatFileSize("nl", 1)).toBe("1 byte");
    expect(formatFileSize("en", 1536)).toBe("1.5 kB");
    expect(formatFileSize("nl", 1536)).toBe("1,5 kB");
    expect(formatFileSize("nl", 5 * 1024 * 1024)).toBe("5 MB");
  });
});
