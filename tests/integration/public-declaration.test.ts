/**
 * The published declaration on the public page: the adopted text from the snapshot, the summary
 * only once the city chose to publish it, names only with consent, markup in comments shown as
 * text (never run).
 */
import type { ReactElement } from "react";
import { testScope } from "../helpers/city-scope";
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createTestCity, type TestCity } from "../helpers/cities";
import { createDeclaration } from "../helpers/declaration";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: (fn: () => unknown) => fn }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const { publishCity } = await import("@/lib/features/publication/site/publish-city");
const { declarationComments: core } = await import("@/lib/features/comments/targets/declaration");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");
const Page = (await import("@/app/(public)/[city]/[locale]/declaration/page")).default as (p: {
  params: Promise<{ city: string; locale: string }>;
}) => Promise<ReactElement>;

let city: TestCity;
const db = () => cityDbForSchema(city.schemaName);

async function render(locale = "en") {
  const { prelude } = await prerender(await Page({ params: Promise.resolve({ city: city.slug, locale }) }));
  return new Response(prelude).text();
}
const publish = async () => publishCity(await testScope(city, city.users.officer.id, db()), { note: "" });

beforeAll(async () => {
  city = await createTestCity("pd");
  await controlDb().user.update({ where: { id: city.users.council_member.id }, data: { name: "Consenting Carla" } });
  await controlDb().user.update({ where: { id: city.users.advisory_member.id }, data: { name: "Private Pim" } });
});

describe("public declaration page", () => {
  it("says it is not published while the declaration is in consultation", async () => {
    const d = await createDeclaration(city.schemaName, { status: "consultation" });
    const row = await controlDb().city.findUniqueOrThrow({ where: { id: city.cityId } });
    const actor = (role: "advisory_member" | "council_member" | "officer") => ({
      db: db(),
      city: row,
      actor: { id: city.users[role].id, name: city.users[role].name, role },
    });
    const a = await core.addComment(actor("council_member"), {
      declarationId: d.id,
      body: "Named comment <b>bold?</b>",
      publicNameConsent: true,
      selection: { blockIndex: 2, from: 0, to: 8 },
    });
    const b = await core.addComment(actor("advisory_member"), { declarationId: d.id, body: '<script>alert("x")</script> unnamed comment' });
    await core.setCommentOutcome(actor("officer"), { id: a.id, version: a.version, outcome: "accepted", reason: "Taken over in article 1." });
    await core.setCommentOutcome(actor("officer"), { id: b.id, version: b.version, outcome: "out_of_scope", reason: "About another topic." });
    await publish();
    const page = await render();
    expect(page).toContain("has not published its human rights declaration yet");
    expect(page).not.toContain("Everyone has the right");

    // Adopted and published, the summary not (yet) chosen for publication.
    await db().declaration.update({
      where: { id: d.id },
      data: {
        status: "published",
        adoptedOn: new Date("2031-05-01T00:00:00Z"),
        councilResolutionRef: "RB-2031-17",
        voteFor: 30,
        voteAgainst: 5,
        voteAbstain: 2,
        publishedAt: new Date(),
      },
    });
    await publish();
    const text = await render();
    expect(text).toContain("Everyone has the right to adequate housing in the city.");
    expect(text).toContain("RB-2031-17");
    expect(text).toContain("30 for, 5 against, 2 abstentions");
    // The comment marks of the workspace are not on the public page.
    expect(text).not.toContain("data-anchor-id");
    expect(text).not.toContain("unnamed comment");

    await db().declaration.update({ where: { id: d.id }, data: { summaryPublishedAt: new Date() } });
    await publish();
    const withSummary = await render();
    expect(withSummary).toContain("How residents&#x27; comments were taken up");
    expect(withSummary).toContain("Taken over in article 1.");
    expect(withSummary).toContain("By Consenting Carla");
    expect(withSummary).not.toContain("Private Pim");
    expect(withSummary).toContain("By A participant");
    expect(withSummary).toContain("&lt;script&gt;");
    expect(withSummary).not.toContain("<script>alert");
    expect(withSummary).not.toContain("<b>bold?</b>");

    const nl = await render("nl");
    expect(nl).toContain("Wat er met de reacties van inwoners is gedaan");
    expect(nl).toContain("Overgenomen");
  });
});
