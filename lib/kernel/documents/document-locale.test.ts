import { describe, expect, it } from "vitest";
import { documentLocale } from "./document-locale";

const url = (q = "") => new URL(`http://x/api/cities/zonnestad/file${q}`);
const dutch = { defaultLocale: "nl" };

describe("the language of a downloaded document", () => {
  it("is the one the link names", () => {
    expect(documentLocale(url("?locale=en"), dutch)).toBe("en");
    expect(documentLocale(url("?locale=nl"), { defaultLocale: "en" })).toBe("nl");
  });

  it("falls back to the city's default language, never the server's", () => {
    expect(documentLocale(url(), dutch)).toBe("nl");
    expect(documentLocale(url("?locale=de"), dutch)).toBe("nl");
  });

  it("stays within the languages the document exists in", () => {
    expect(documentLocale(url("?locale=en"), dutch, ["nl"])).toBe("nl");
    expect(documentLocale(url(), dutch, ["en"])).toBe("en");
  });
});
