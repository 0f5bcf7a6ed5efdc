/**
 * A consultation comment an officer hides, or its author deletes, leaves the public pages at once
 * — not at the city's next publication. The published summary keeps everything else (its figures
 * counted again); showing the comment again brings it back only with the next publication.
 * Comments on the annual report never reach the public pages at all (only counts do).
 */
import type { ReactElement } from "react";
import { testScope } from "../helpers/city-scope";
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/kernel/auth/current-user";
import type { PublicSnapshot } from "@/lib/features/publication/site/types";
import { createTestCity, type TestCity } from "../helpers/cities";
import { createDeclaration } from "../helpers/declaration";
import { approveReport } from "../helpers/report-approval";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/kernel/auth/current-user", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: (tag: string) => revalidated.push(tag),
  unstable_cache: (fn: () => unknown) => fn,
}));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const actions = await import("@/app/(app)/[city]/workspace/consultation/actions");
const { declarationComments: core } = await import("@/lib/features/comments/targets/declaration");
const { publishCity } = await import("@/lib/features/publication/site/publish-city");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");
const Page = (await import("@/app/(public)/[city]/[locale]/declaration/page")).default as (p: {
  params: Promise<{ city: string; locale: string }>;
}) => Promise<ReactElement>;

let city: TestCity;
const db = () => cityDbForSchema(city.schemaName);
const ok = <T>(r: { ok: true; data: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};

async function publicPage(): Promise<string> {
  const { prelude } = await prerender(await Page({ params: Promise.resolve({ city: city.slug, locale: "en" }) }));
  return new Response(prelude).text();
}
const publish = async () => publishCity(await testScope(city, city.users.officer.id, db()));
const latestSummary = async () =>
  ((await db().publication.findFirstOrThrow({ orderBy: { publishedAt: "desc" } })).snapshot as unknown as PublicSnapshot).declaration!.summary!;
const version = async (id: string) => (await db().declarationComment.findUniqueOrThrow({ where: { id } })).version;

const ids = { kept: "", thread: "", reply: "", own: "" };

beforeAll(async () => {
  city = await createTestCity("hid");
  const d = await createDeclaration(city.schemaName, { status: "consultation" });
  const row = await controlDb().city.findUniqueOrThrow({ where: { id: city.cityId } });
  const actor = (role: "advisory_member" | "council_member" | "officer") => ({
    db: db(),
    city: row,
    actor: { id: city.users[role].id, name: city.users[role].name, role },
  });
  ids.kept = (await core.addComment(actor("council_member"), { declarationId: d.id, body: "KEPT-COMMENT stays public." })).id;
  const thread = await core.addComment(actor("advisory_member"), {
    declarationId: d.id,
    body: "HIDDEN-THREAD names a neighbour.",
    selection: { blockIndex: 2, from: 0, to: 8 },
  });
  ids.thread = thread.id;
  await core.setCommentOutcome(actor("officer"), { id: thread.id, version: thread.version, outcome: "accepted", reason: "Taken over." });
  ids.reply = (await core.addComment(actor("council_member"), { declarationId: d.id, parentId: thread.id, body: "HIDDEN-REPLY with a phone number." })).id;
  ids.own = (await core.addComment(actor("advisory_member"), { declarationId: d.id, body: "DELETED-BY-AUTHOR second thoughts." })).id;
  await db().declaration.update({ where: { id: d.id }, data: { status: "published", publishedAt: new Date(), summaryPublishedAt: new Date() } });
  await publish();
});

describe("a hidden or deleted consultation comment", () => {
  it("is on the public page while visible", async () => {
    const page = await publicPage();
    for (const text of ["KEPT-COMMENT", "HIDDEN-THREAD", "HIDDEN-REPLY", "DELETED-BY-AUTHOR"]) expect(page).toContain(text);
    expect((await latestSummary()).stats).toMatchObject({ comments: 3, replies: 1, commenters: 2, answered: 1 });
  });

  it("leaves the public page at once when an officer hides a reply, then a thread (with its replies)", async () => {
    session.user = city.users.officer;
    revalidated.length = 0;
    ok(await actions.hideCommentAction(city.slug, { id: ids.reply, version: await version(ids.reply), reason: "Personal data." }));
    expect(revalidated).toContain(`city:${city.slug}`);
    let page = await publicPage();
    expect(page).not.toContain("HIDDEN-REPLY");
    expect(page).toContain("HIDDEN-THREAD");
    expect((await latestSummary()).stats).toMatchObject({ comments: 3, replies: 0 });

    ok(await actions.hideCommentAction(city.slug, { id: ids.thread, version: await version(ids.thread), reason: "Names a neighbour." }));
    page = await publicPage();
    expect(page).not.toContain("HIDDEN-THREAD");
    expect(page).toContain("KEPT-COMMENT");
    expect((await latestSummary()).stats).toMatchObject({ comments: 2, replies: 0, answered: 0, acceptedShare: null });
  });

  it("leaves it at once when its author deletes it", async () => {
    session.user = city.users.advisory_member;
    ok(await actions.deleteCommentAction(city.slug, { id: ids.own, version: await version(ids.own) }));
    const page = await publicPage();
    expect(page).not.toContain("DELETED-BY-AUTHOR");
    expect(page).toContain("KEPT-COMMENT");
    // The advisory member wrote nothing that is still public; the council member's comment is.
    expect((await latestSummary()).stats).toMatchObject({ comments: 1, commenters: 1 });
  });

  it("comes back only with the next publication once shown again", async () => {
    session.user = city.users.officer;
    ok(await actions.unhideCommentAction(city.slug, { id: ids.thread, version: await version(ids.thread) }));
    expect(await publicPage()).not.toContain("HIDDEN-THREAD");
    await publish();
    expect(await publicPage()).toContain("HIDDEN-THREAD");
  });

  it("also leaves a summary published before comments were named in it (matched by its text)", async () => {
    const latest = await db().publication.findFirstOrThrow({ orderBy: { publishedAt: "desc" } });
    const old = JSON.parse(JSON.stringify(latest.snapshot).replace(/"id":"[0-9a-f-]{36}",/g, "")) as PublicSnapshot;
    expect(JSON.stringify(old.declaration!.summary)).not.toContain('"id"');
    await db().publication.update({ where: { id: latest.id }, data: { snapshot: old as object } });
    expect(await publicPage()).toContain("HIDDEN-THREAD");
    session.user = city.users.officer;
    ok(await actions.hideCommentAction(city.slug, { id: ids.thread, version: await version(ids.thread), reason: "Again." }));
    const page = await publicPage();
    expect(page).not.toContain("HIDDEN-THREAD");
    expect(page).toContain("KEPT-COMMENT");
  });
});

describe("a comment on the annual report", () => {
  it("never reaches the public report, hidden or not: the published report shows counts only", async () => {
    const { createReport } = await import("@/lib/features/reports/generate-report");
    const { transitionReport } = await import("@/lib/features/reports/transition-report");
    const { reportComments: comments } = await import("@/lib/features/comments/targets/report");
    const ReportPage = (await import("@/app/(public)/[city]/[locale]/reports/[year]/page")).default as (p: {
      params: Promise<Record<string, string>>;
    }) => Promise<ReactElement>;
    const row = await controlDb().city.findUniqueOrThrow({ where: { id: city.cityId } });
    const ctx = await testScope(city, city.users.officer.id, db());
    const { id } = await createReport(ctx, { year: 2025, locales: ["en"] });
    let { version } = await transitionReport(ctx, { id, version: 1, to: "consultation", note: "" });
    const actor = (role: "advisory_member" | "officer") => ({ db: db(), city: row, actor: { id: city.users[role].id, name: city.users[role].name, role } });
    const visible = await comments.addComment(actor("advisory_member"), { reportId: id, body: "REPORT-COMMENT-VISIBLE" });
    const hidden = await comments.addComment(actor("advisory_member"), { reportId: id, body: "REPORT-COMMENT-HIDDEN" });
    const h = await db().reportComment.findUniqueOrThrow({ where: { id: hidden.id } });
    await comments.hideComment(actor("officer"), { id: h.id, version: h.version, reason: "Personal data." });
    ({ version } = await approveReport(ctx, id, version));
    await transitionReport(ctx, { id, version, to: "published", note: "" });
    const { prelude } = await prerender(await ReportPage({ params: Promise.resolve({ city: city.slug, locale: "en", year: "2025" }) }));
    const page = await new Response(prelude).text();
    expect(page).toContain("human rights report 2025");
    expect(page).not.toContain("REPORT-COMMENT-VISIBLE");
    expect(page).not.toContain("REPORT-COMMENT-HIDDEN");
    expect(visible.id).toBeTruthy();
  });
});
