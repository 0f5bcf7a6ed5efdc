import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 A and AA: the level Charta promises (shared/docs/style.md). */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Beyond the tags: WCAG 2.5.3 (label in name, level A) — axe checks it only when asked, as an
 * experimental rule: a control's accessible name must contain its visible label.
 */
const EXTRA_RULES = { "label-content-name-mismatch": { enabled: true } };
// (options() replaces the whole options object, so it comes before withTags(), which adds to it.)

/**
 * Runs axe on the page as it is now and fails with a readable list of what it found. Legacy mode
 * runs axe inside the page only; the default opens a blank page per check to merge the results of
 * frames, which Charta's pages do not have (a second or so per check, over a hundred checks).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).options({ rules: EXTRA_RULES }).withTags(TAGS).setLegacyMode().analyze();
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.replace(/\n/g, " ")}`).join("\n")}`)
    .join("\n");
  expect(violations, `axe violations on ${page.url()}:\n${report}`).toEqual([]);
}
