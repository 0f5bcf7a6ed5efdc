/**
 * One word for one thing in Dutch: a commitment's status has the same label wherever it appears
 * (the framework's, the dashboard's and the annual report's), and a commitment is a "toezegging"
 * everywhere (the word the app uses throughout; "verplichting" is a legal obligation). The framework
 * is described as FRA describes it: its first layer is "Grondslagen", a city applies the elements
 * flexibly (not "works on all of them"), and OHCHR's indicator guide inspired it (it does not
 * "follow" it).
 */
import { describe, expect, it } from "vitest";
import { dictionary } from "./dictionary";

function strings(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

describe("commitment statuses", () => {
  for (const locale of ["nl", "en"] as const) {
    it(`have one label each in ${locale}`, () => {
      const d = dictionary(locale);
      expect(d.reports.doc.commitmentStatus).toEqual(d.framework.status);
      const inPlace = strings(d).filter(([k]) => k.endsWith(".inPlace"));
      expect(inPlace.length).toBeGreaterThan(3);
      for (const [key, text] of inPlace) expect(text, key).toBe(d.framework.status.in_place);
    });
  }

  it("are not called anything else in a Dutch sentence", () => {
    const texts = strings(dictionary("nl"));
    // "Ingevoerd" is left for a measurement that was entered (a column heading, "no measurement entered yet").
    expect(texts.filter(([k, t]) => /ingevoerd/i.test(t) && !/meting/i.test(t) && !k.endsWith("colEntered")).map(([k]) => k)).toEqual([]);
  });
});

describe("the Dutch word for a commitment", () => {
  it("is toezegging, never verplichting or verbintenis", () => {
    expect(strings(dictionary("nl")).filter(([, t]) => /verplichting|verbintenis/i.test(t))).toEqual([]);
  });
});

describe("what the texts say about the framework", () => {
  it("calls the first layer Grondslagen in Dutch, as FRA's Dutch guide does", () => {
    const nl = dictionary("nl");
    expect(nl.framework.layers.foundation).toBe("Grondslagen");
    expect(nl.publicSite.layers.foundation).toBe("Grondslagen");
    expect(nl.reports.doc.layers.foundation).toBe("Grondslagen");
    expect(strings(nl).filter(([, t]) => /fundament/i.test(t))).toEqual([]);
  });

  for (const locale of ["en", "nl"] as const) {
    it(`does not claim that a city works on every element, or that the framework follows OHCHR (${locale})`, () => {
      const texts = strings(dictionary(locale)).map(([, t]) => t);
      expect(texts.filter((t) => /works on all|werkt aan alle/i.test(t))).toEqual([]);
      expect(texts.filter((t) => /OHCHR/.test(t) && /follows|volgt/i.test(t))).toEqual([]);
    });
  }
});
