/**
 * Seeds content that must NEVER reach the public pages, open data, feed or sitemap, into a city
 * that has already published, through the core functions (no HTTP, no "server-only" modules, so
 * the e2e server seed can run it under plain Node):
 *  1. a member named CANARY-MEMBER-NAME becomes the owner of a public commitment and the author
 *     of its updates (names and ids of members are never published);
 *  2. a commitment NOT marked public, with text CANARY-NOT-PUBLIC;
 *  3. an update of a public commitment with the internal note CANARY-INTERNAL-NOTE
 *     (notePublic false), next to an update with the public note CANARY-PUBLIC-NOTE-VISIBLE
 *     (`visible`: scans can check that they do see published content);
 *  3b. action plans: a draft plan marked public (CANARY-DRAFT-PLAN, with an objective, an action
 *     and an indicator carrying canaries), an adopted plan NOT marked public (CANARY-PRIVATE-PLAN),
 *     and in an adopted public plan an action owned by the member, with the internal status
 *     reason CANARY-STATUS-REASON, an update note CANARY-ACTION-NOTE and a budget of 987654.32;
 *  4. the city publishes (so 1–3 are in the latest snapshot's source tables: only the snapshot's
 *     filtering keeps them out), then
 *  5. a public commitment's text is edited to CANARY-UNPUBLISHED-EDIT WITHOUT publishing;
 *  6. (declaration, issue 4; before step 4) the city's published declaration — created if it has
 *     none — with its consultation summary published, gets a comment by an advisory member named
 *     CANARY-COMMENTER-NAME who did not consent to be named, a comment hidden by an officer
 *     (CANARY-HIDDEN-COMMENT) and a draft amendment with the text CANARY-DRAFT-TEXT;
 *  7. (annual report, issue 6) a report for 2019 is published (summary REPORT-PUBLISHED-VISIBLE),
 *     and its summary row is then changed to CANARY-REPORT-LATER-EDIT behind the publication's
 *     back, as a stray write would: only the frozen publication may be shown;
 *  8. a report for 2020 stays in consultation, with CANARY-DRAFT-REPORT in a section and
 *     CANARY-DRAFT-RECOMMENDATION as a recommendation.
 * Returns the strings a scan must not find (`canaries`, the member's id included) and the ones it
 * must find (`visible`, `reportVisible`).
 */
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { applyCommitmentChange } from "@/lib/features/commitments/apply-change";
import { cityDbForSchema } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import { publishCity } from "@/lib/features/publication/site/publish-city";
import { createReport } from "@/lib/features/reports/generate-report";
import { addRecommendation } from "@/lib/features/reports/recommendations";
import { saveSection } from "@/lib/features/reports/save-section";
import { transitionReport } from "@/lib/features/reports/transition-report";
import { testScope } from "./city-scope";
import { approveReport } from "./report-approval";

export const LEAK_CANARIES = {
  notPublic: "CANARY-NOT-PUBLIC",
  internalNote: "CANARY-INTERNAL-NOTE",
  unpublishedEdit: "CANARY-UNPUBLISHED-EDIT",
  memberName: "CANARY-MEMBER-NAME",
  commenterName: "CANARY-COMMENTER-NAME",
  hiddenComment: "CANARY-HIDDEN-COMMENT",
  draftText: "CANARY-DRAFT-TEXT",
  reportLaterEdit: "CANARY-REPORT-LATER-EDIT",
  draftReport: "CANARY-DRAFT-REPORT",
  draftRecommendation: "CANARY-DRAFT-RECOMMENDATION",
  draftPlan: "CANARY-DRAFT-PLAN",
  draftAction: "CANARY-DRAFT-ACTION",
  draftIndicator: "CANARY-DRAFT-INDICATOR",
  privatePlan: "CANARY-PRIVATE-PLAN",
  statusReason: "CANARY-STATUS-REASON",
  actionNote: "CANARY-ACTION-NOTE",
  budget: "987654.32",
} as const;

export const LEAK_VISIBLE = "CANARY-PUBLIC-NOTE-VISIBLE";
/** The published report's summary (step 6): public pages and the reports dataset show it. */
export const REPORT_VISIBLE = "REPORT-PUBLISHED-VISIBLE";
/** The years of the canary reports; the demo's own report is last year's. */
export const CANARY_REPORT_YEARS = { published: 2019, draft: 2020 } as const;

export interface SeededCanaries {
  /** Every string that must not appear on any public page or dataset. */
  canaries: string[];
  /** The member's user id (must not appear either). */
  memberId: string;
  /** A public note published in step 4: a scan that cannot find it is not looking at the right place. */
  visible: string;
  /** Key (element key or id) of the public commitment that got the updates. */
  commitmentKey: string;
  /** The published report's summary (step 6). */
  reportVisible: string;
}

export async function seedLeakCanaries(target: { schemaName: string; cityId: string; citySlug: string }): Promise<SeededCanaries> {
  const db = cityDbForSchema(target.schemaName);
  const email = `canary-${target.citySlug}@canary.test`;
  const member =
    (await controlDb().user.findUnique({ where: { email } })) ?? (await controlDb().user.create({ data: { email, name: LEAK_CANARIES.memberName } }));
  await controlDb().membership.upsert({
    where: { userId_cityId: { userId: member.id, cityId: target.cityId } },
    create: { userId: member.id, cityId: target.cityId, role: "officer" },
    update: {},
  });

  // A public commitment to hang the updates on: the first one marked public, else F1 made public.
  let target1 =
    (await db.commitment.findFirst({ where: { isPublic: true }, orderBy: [{ elementKey: "asc" }, { createdAt: "asc" }] })) ??
    (await db.commitment.findFirst({ where: { elementKey: "F1" } }));
  if (!target1) throw new Error("seedLeakCanaries: the city has no commitment to publish");

  await auditedTransaction(db, member.id, async (tx, audit) => {
    // 2. Not public.
    const hidden = await tx.commitment.create({
      data: { layer: "tool", title: `${LEAK_CANARIES.notPublic} title`, text: LEAK_CANARIES.notPublic, isPublic: false, createdBy: member.id },
    });
    await audit({ action: "create", entity: "Commitment", entityId: hidden.id, after: hidden });

    // 1. The member owns a public commitment.
    let before = await tx.commitment.findUniqueOrThrow({ where: { id: target1!.id } });
    let r = await applyCommitmentChange(
      tx,
      audit,
      member.id,
      before,
      before.version,
      { note: "", source: "web" },
      {
        ownerId: member.id,
        isPublic: true,
      },
    );
    // 3. An internal note and a public one (a minute apart, so the order is certain).
    const now = Date.now();
    before = r.commitment;
    r = await applyCommitmentChange(
      tx,
      audit,
      member.id,
      before,
      before.version,
      { progress: before.progress >= 90 ? before.progress - 5 : before.progress + 5, note: LEAK_CANARIES.internalNote, source: "web" },
      {},
      new Date(now - 60_000),
    );
    before = r.commitment;
    await applyCommitmentChange(
      tx,
      audit,
      member.id,
      before,
      before.version,
      { progress: before.progress >= 90 ? before.progress - 5 : before.progress + 5, note: LEAK_VISIBLE, notePublic: true, source: "web" },
      {},
      new Date(now),
    );
  });
  target1 = await db.commitment.findUniqueOrThrow({ where: { id: target1.id } });
  await seedPlanCanaries(db, member.id);

  // 6. The declaration's consultation.
  await seedDeclarationCanaries(db, target, member.id);

  // 4. Publish what is there now.
  await publishCity(await testScope(target, member.id, db), { note: "" });

  // 5. An edit after the publication, never published.
  await auditedTransaction(db, member.id, async (tx, audit) => {
    const before = await tx.commitment.findUniqueOrThrow({ where: { id: target1!.id } });
    await applyCommitmentChange(
      tx,
      audit,
      member.id,
      before,
      before.version,
      { note: "", source: "web" },
      {
        text: LEAK_CANARIES.unpublishedEdit,
      },
    );
  });

  // 7. A published report, then a stray write to its section; 8. a report still in consultation.
  const ctx = await testScope(target, member.id, db);
  const { locales } = await controlDb().city.findUniqueOrThrow({ where: { id: target.cityId }, select: { locales: true } });
  const reportLocales = locales.filter((l) => l === "en" || l === "nl");
  const reports: Record<keyof typeof CANARY_REPORT_YEARS, string> = { published: "", draft: "" };
  for (const kind of ["published", "draft"] as const) {
    const { id } = await createReport(ctx, { year: CANARY_REPORT_YEARS[kind], locales: reportLocales });
    reports[kind] = id;
    const summary = kind === "published" ? REPORT_VISIBLE : LEAK_CANARIES.draftReport;
    for (const locale of reportLocales) await saveSection(ctx, { reportId: id, topic: "report", kind: "summary", locale, content: summary, version: 0 });
    if (kind === "draft") await addRecommendation(ctx, { reportId: id, topic: "framework", text: LEAK_CANARIES.draftRecommendation, departmentId: "" });
    let { version } = await transitionReport(ctx, { id, version: 1, to: "consultation", note: "" });
    if (kind === "published") {
      ({ version } = await approveReport(ctx, id, version));
      await transitionReport(ctx, { id, version, to: "published", note: "" });
    }
  }
  await db.reportSection.updateMany({ where: { reportId: reports.published }, data: { content: LEAK_CANARIES.reportLaterEdit } });

  return {
    canaries: [...Object.values(LEAK_CANARIES), member.id],
    memberId: member.id,
    visible: LEAK_VISIBLE,
    commitmentKey: target1.elementKey ?? target1.id,
    reportVisible: REPORT_VISIBLE,
  };
}

const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

async function seedDeclarationCanaries(db: ReturnType<typeof cityDbForSchema>, target: { cityId: string; citySlug: string }, officerId: string) {
  const email = `canary-commenter-${target.citySlug}@canary.test`;
  const commenter =
    (await controlDb().user.findUnique({ where: { email } })) ?? (await controlDb().user.create({ data: { email, name: LEAK_CANARIES.commenterName } }));
  await controlDb().membership.upsert({
    where: { userId_cityId: { userId: commenter.id, cityId: target.cityId } },
    create: { userId: commenter.id, cityId: target.cityId, role: "advisory_member" },
    update: {},
  });
  await auditedTransaction(db, officerId, async (tx, audit) => {
    let published = await tx.declaration.findFirst({ where: { status: "published" }, orderBy: { createdAt: "desc" } });
    if (!published) {
      published = await tx.declaration.create({
        data: {
          title: "Human rights declaration",
          status: "published",
          locale: "en",
          currentVersion: 1,
          publishedAt: new Date(),
          adoptedOn: new Date(),
          createdBy: officerId,
        },
      });
      await tx.declarationVersion.create({
        data: {
          declarationId: published.id,
          number: 1,
          content: { type: "doc", content: [para("The city commits to human rights for everyone.")] },
          createdBy: officerId,
        },
      });
    }
    if (!published.summaryPublishedAt) published = await tx.declaration.update({ where: { id: published.id }, data: { summaryPublishedAt: new Date() } });
    const base = { declarationId: published.id, versionNumber: published.currentVersion, createdBy: commenter.id };
    const visible = await tx.declarationComment.create({
      data: {
        ...base,
        body: "A comment whose author did not agree to be named.",
        authorId: commenter.id,
        publicNameConsent: false,
        outcome: "not_taken_up",
        outcomeReason: "Covered elsewhere.",
        outcomeBy: officerId,
        outcomeAt: new Date(),
      },
    });
    const hidden = await tx.declarationComment.create({
      data: {
        ...base,
        body: LEAK_CANARIES.hiddenComment,
        authorId: commenter.id,
        publicNameConsent: true,
        hiddenAt: new Date(),
        hiddenBy: officerId,
        hiddenReason: "canary",
      },
    });
    const amendment = await tx.declaration.create({
      data: { title: "Amendment", status: "draft", locale: "en", currentVersion: 1, amendsId: published.id, createdBy: officerId },
    });
    await tx.declarationVersion.create({
      data: { declarationId: amendment.id, number: 1, content: { type: "doc", content: [para(LEAK_CANARIES.draftText)] }, createdBy: officerId },
    });
    for (const row of [visible, hidden, amendment]) await audit({ action: "create", entity: "canary", entityId: row.id });
  });
}

/** 3b: plans and plan content that must stay unpublished (see the header). */
async function seedPlanCanaries(db: ReturnType<typeof cityDbForSchema>, memberId: string): Promise<void> {
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  const plan = (title: string, status: "draft" | "adopted", isPublic: boolean) =>
    db.actionPlan.create({ data: { title, status, isPublic, periodStart: day("2025-01-01"), periodEnd: day("2028-12-31"), createdBy: memberId } });
  const draft = await plan(LEAK_CANARIES.draftPlan, "draft", true);
  const draftObjective = await db.objective.create({ data: { planId: draft.id, title: `${LEAK_CANARIES.draftPlan} objective` } });
  await db.action.create({ data: { objectiveId: draftObjective.id, title: LEAK_CANARIES.draftAction } });
  const indicator = await db.indicator.create({ data: { planId: draft.id, name: LEAK_CANARIES.draftIndicator, type: "outcome" } });
  await db.measurement.create({
    data: { indicatorId: indicator.id, period: "2025", periodStart: day("2025-01-01"), value: "4242.4242", sourceNote: LEAK_CANARIES.draftIndicator },
  });

  await plan(LEAK_CANARIES.privatePlan, "adopted", false);

  const adopted = await plan("Published plan of the canary seed", "adopted", true);
  const objective = await db.objective.create({ data: { planId: adopted.id, title: "Published objective of the canary seed" } });
  const action = await db.action.create({
    data: {
      objectiveId: objective.id,
      title: "Published action of the canary seed",
      ownerId: memberId,
      status: "delayed",
      statusReason: LEAK_CANARIES.statusReason,
      budgetPlanned: LEAK_CANARIES.budget,
      budgetSpent: LEAK_CANARIES.budget,
      progress: 10,
    },
  });
  await db.actionUpdate.create({
    data: {
      actionId: action.id,
      authorId: memberId,
      note: LEAK_CANARIES.actionNote,
      fromStatus: "on_track",
      toStatus: "delayed",
      statusReason: LEAK_CANARIES.statusReason,
    },
  });
}
