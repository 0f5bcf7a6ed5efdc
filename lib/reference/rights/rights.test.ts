import { describe, it, expect } from "vitest";
import { CHARTER_ARTICLES, CHARTER_CHAPTERS, CHARTER_SOURCE_URL, charterArticle, charterChapter, type CharterChapter } from "./eu-charter";
import { UDHR_ARTICLES, UDHR_SOURCE_URL, udhrArticle } from "./udhr";
import { SDGS, sdg } from "./sdgs";
import { BUILT_IN_GROUPS, BUILT_IN_GROUP_KEYS, builtInGroup, isBuiltInGroupKey } from "./groups";

type Bilingual = { readonly en: string; readonly nl: string };

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function expectBilingualNonEmptyAndDistinct(texts: readonly Bilingual[]): void {
  for (const text of texts) {
    expect(text.en.trim()).not.toBe("");
    expect(text.nl.trim()).not.toBe("");
    expect(text.en).toBe(text.en.trim());
    expect(text.nl).toBe(text.nl.trim());
  }
  expect(new Set(texts.map((t) => t.en.toLowerCase())).size).toBe(texts.length);
  expect(new Set(texts.map((t) => t.nl.toLowerCase())).size).toBe(texts.length);
}

describe("EU Charter of Fundamental Rights", () => {
  it("has 54 articles numbered 1..54 exactly once, in order", () => {
    expect(CHARTER_ARTICLES).toHaveLength(54);
    expect(CHARTER_ARTICLES.map((a) => a.number)).toEqual(range(1, 54));
  });

  it("has seven chapters I..VII with unique keys", () => {
    expect(CHARTER_CHAPTERS.map((c) => c.roman)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII"]);
    expect(CHARTER_CHAPTERS.map((c) => c.key)).toEqual(["dignity", "freedoms", "equality", "solidarity", "citizens_rights", "justice", "general"]);
  });

  it("assigns every article to the right chapter", () => {
    const expected: Record<CharterChapter, [number, number]> = {
      dignity: [1, 5],
      freedoms: [6, 19],
      equality: [20, 26],
      solidarity: [27, 38],
      citizens_rights: [39, 46],
      justice: [47, 50],
      general: [51, 54],
    };
    for (const chapter of CHARTER_CHAPTERS) {
      const [from, to] = expected[chapter.key];
      expect([chapter.firstArticle, chapter.lastArticle]).toEqual([from, to]);
      const numbers = CHARTER_ARTICLES.filter((a) => a.chapter === chapter.key).map((a) => a.number);
      expect(numbers).toEqual(range(from, to));
    }
  });

  it("chapter ranges are contiguous and cover 1..54", () => {
    let next = 1;
    for (const chapter of CHARTER_CHAPTERS) {
      expect(chapter.firstArticle).toBe(next);
      expect(chapter.lastArticle).toBeGreaterThanOrEqual(chapter.firstArticle);
      next = chapter.lastArticle + 1;
    }
    expect(next).toBe(55);
  });

  it("has non-empty, distinct titles in English and Dutch", () => {
    expectBilingualNonEmptyAndDistinct(CHARTER_ARTICLES.map((a) => a.title));
    expectBilingualNonEmptyAndDistinct(CHARTER_CHAPTERS.map((c) => c.title));
  });

  it("uses the official titles for well-known articles", () => {
    expect(charterArticle(1)?.title).toEqual({ en: "Human dignity", nl: "Menselijke waardigheid" });
    expect(charterArticle(2)?.title.nl).toBe("Recht op leven");
    expect(charterArticle(21)?.title).toEqual({ en: "Non-discrimination", nl: "Non-discriminatie" });
    expect(charterArticle(26)?.title.nl).toBe("Integratie van personen met een handicap");
    expect(charterArticle(54)?.title.en).toBe("Prohibition of abuse of rights");
  });

  it("looks articles and chapters up", () => {
    expect(charterArticle(47)?.chapter).toBe("justice");
    expect(charterArticle(0)).toBeUndefined();
    expect(charterArticle(55)).toBeUndefined();
    expect(charterArticle(1.5)).toBeUndefined();
    expect(charterChapter("solidarity").roman).toBe("IV");
  });

  it("points at the consolidated Charter on EUR-Lex", () => {
    expect(CHARTER_SOURCE_URL).toBe("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12012P/TXT");
  });
});

describe("Universal Declaration of Human Rights", () => {
  it("has 30 articles numbered 1..30 exactly once, in order", () => {
    expect(UDHR_ARTICLES).toHaveLength(30);
    expect(UDHR_ARTICLES.map((a) => a.number)).toEqual(range(1, 30));
  });

  it("has non-empty, distinct titles in English and Dutch", () => {
    expectBilingualNonEmptyAndDistinct(UDHR_ARTICLES.map((a) => a.title));
  });

  it("looks articles up", () => {
    expect(udhrArticle(1)?.title.en).toBe("Free and equal in dignity and rights");
    expect(udhrArticle(30)?.title.nl).toBe("Geen recht om de rechten in de Verklaring teniet te doen");
    expect(udhrArticle(31)).toBeUndefined();
    expect(UDHR_SOURCE_URL).toBe("https://www.un.org/en/about-us/universal-declaration-of-human-rights");
  });
});

describe("Sustainable Development Goals", () => {
  it("has 17 goals numbered 1..17 exactly once, in order", () => {
    expect(SDGS).toHaveLength(17);
    expect(SDGS.map((g) => g.number)).toEqual(range(1, 17));
  });

  it("has valid, distinct hex colours", () => {
    for (const goal of SDGS) expect(goal.color).toMatch(/^#[0-9A-F]{6}$/);
    expect(new Set(SDGS.map((g) => g.color)).size).toBe(17);
  });

  it("has non-empty, distinct names in English and Dutch", () => {
    expectBilingualNonEmptyAndDistinct(SDGS.map((g) => g.name));
  });

  it("looks goals up", () => {
    expect(sdg(1)).toEqual({ number: 1, name: { en: "No poverty", nl: "Geen armoede" }, color: "#E5243B" });
    expect(sdg(17)?.color).toBe("#19486A");
    expect(sdg(18)).toBeUndefined();
  });
});

describe("built-in rights-holder groups", () => {
  it("has unique keys matching the key list", () => {
    const keys = BUILT_IN_GROUPS.map((g) => g.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...BUILT_IN_GROUP_KEYS].sort());
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z_]*$/);
  });

  it("has non-empty, distinct names in English and Dutch", () => {
    expectBilingualNonEmptyAndDistinct(BUILT_IN_GROUPS.map((g) => g.name));
  });

  it("looks groups up by key", () => {
    expect(builtInGroup("lgbtiq")?.name).toEqual({ en: "LGBTIQ people", nl: "LHBTIQ-personen" });
    expect(builtInGroup("unknown")).toBeUndefined();
    expect(isBuiltInGroupKey("poverty")).toBe(true);
    expect(isBuiltInGroupKey("toString")).toBe(false);
  });
});
