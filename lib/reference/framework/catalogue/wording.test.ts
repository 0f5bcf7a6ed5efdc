/**
 * The framework's names as FRA's guide gives them: T9's full name says what the exchange is about
 * ("… between cities on human rights", Dutch edition "… tussen steden op het gebied van
 * mensenrechten").
 */
import { describe, expect, it } from "vitest";
import { ELEMENTS } from "./catalogue";

describe("element names", () => {
  it("T9 is the exchange between cities on human rights", () => {
    const t9 = ELEMENTS.find((e) => e.key === "T9")!;
    expect(t9.name.en).toBe("Cooperate across borders and contribute to peer exchange and mutual learning between cities on human rights");
    expect(t9.name.nl).toBe(
      "Transnationaal samenwerken en bijdragen aan de intercollegiale uitwisseling en wederzijds leren tussen steden op het gebied van mensenrechten",
    );
  });
});
