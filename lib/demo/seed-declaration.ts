/**
 * The demo declaration and its consultation (issue 4): the platform's template in the city's
 * language, moved to consultation (Zonnestad, open now) or through adoption to publication with its
 * summary (Riverton), with comments on passages, replies and the officer's answers. Written straight
 * to the tables like the canary seed (the app's actions need a request), with the same pure helpers
 * the app uses for the text and the anchors. Run only for a city just created.
 */
import { randomUUID } from "node:crypto";
import { auditedTransaction } from "@/lib/city-data/audited";
import { cityDbForSchema } from "@/lib/db/city-clients";
import type { Prisma } from "@/lib/generated/city/client";
import { addCommentMark, blockPlainText, type PMDoc } from "@/lib/declaration/comment-anchors";
import { articleLabel, articleNumbers } from "@/lib/declaration/document-text";
import { templateDocument } from "@/lib/declaration/templates";
import type { DemoCity, DemoMember } from "./demo-types";

const DAY = 86_400_000;

export async function seedDemoDeclaration(city: DemoCity, schemaName: string, members: Record<DemoMember, string>): Promise<void> {
  const c = city.consultation;
  if (!c) return;
  const db = cityDbForSchema(schemaName);
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const at = (daysAgo: number) => new Date(today - daysAgo * DAY + 10 * 3_600_000);
  const day = (offset: number) => new Date(today + offset * DAY);
  const officer = members.officer;

  await auditedTransaction(db, officer, async (tx, audit) => {
    const template = templateDocument(city.defaultLocale, city.name);
    let doc = template as unknown as PMDoc;
    const numbers = articleNumbers(template);
    const published = c.stage === "published";
    const d = await tx.declaration.create({
      data: {
        title: c.title,
        locale: city.defaultLocale,
        status: c.stage,
        currentVersion: 1,
        consultationOpensOn: day(-c.opensDaysAgo),
        consultationClosesOn: day(c.closesInDays),
        consultationOpenedNotifiedAt: at(c.opensDaysAgo),
        ...(published && c.adoption
          ? {
              proposedAt: at(c.adoption.daysAgo + 14),
              adoptedOn: day(-c.adoption.daysAgo),
              councilResolutionRef: c.adoption.resolution,
              voteFor: c.adoption.voteFor,
              voteAgainst: c.adoption.voteAgainst,
              voteAbstain: c.adoption.voteAbstain,
              publishedAt: at(c.adoption.daysAgo - 7),
              summaryPublishedAt: at(c.adoption.daysAgo - 7),
              consultationClosingNotifiedAt: at(-c.closesInDays + 3),
            }
          : {}),
        createdAt: at(c.opensDaysAgo + 30),
        createdBy: officer,
        updatedBy: officer,
      },
    });
    const transitions: [string | null, string, number][] = [[null, "draft", c.opensDaysAgo + 30], ["draft", "consultation", c.opensDaysAgo]];
    if (published && c.adoption) transitions.push(["consultation", "proposed", c.adoption.daysAgo + 14], ["proposed", "adopted", c.adoption.daysAgo], ["adopted", "published", c.adoption.daysAgo - 7]);
    for (const [from, to, daysAgo] of transitions) {
      await tx.declarationTransition.create({ data: { declarationId: d.id, fromStatus: from as never, toStatus: to as never, at: at(daysAgo), byId: officer } });
    }

    const comments: { id: string; daysAgo: number }[] = [];
    for (const cm of c.comments) {
      let anchorId: string | null = null;
      let quote = "";
      let label = "";
      if (cm.passage) {
        const text = blockPlainText(doc.content[cm.passage.block]!);
        const from = text.indexOf(cm.passage.words);
        if (from < 0) throw new Error(`demo comment: "${cm.passage.words}" not in block ${cm.passage.block}`);
        anchorId = randomUUID().replaceAll("-", "");
        doc = addCommentMark(doc, { blockIndex: cm.passage.block, from, to: from + cm.passage.words.length }, anchorId);
        quote = cm.passage.words;
        const n = numbers[cm.passage.block] ?? 0;
        label = n ? articleLabel(city.defaultLocale, n, blockPlainText(template.content[numbers.indexOf(n)] as never)) : "";
      }
      const row = await tx.declarationComment.create({
        data: {
          declarationId: d.id,
          versionNumber: 1,
          anchorId,
          quote,
          articleLabel: label,
          body: cm.body,
          authorId: members[cm.by],
          publicNameConsent: !!cm.consent,
          ...(cm.outcome ? { outcome: cm.outcome.value, outcomeReason: cm.outcome.reason, outcomeBy: officer, outcomeAt: at(cm.daysAgo - 2) } : {}),
          createdAt: at(cm.daysAgo),
          createdBy: members[cm.by],
          updatedBy: cm.outcome ? officer : members[cm.by],
        },
      });
      comments.push({ id: row.id, daysAgo: cm.daysAgo });
      for (const r of cm.replies ?? []) {
        await tx.declarationComment.create({
          data: { declarationId: d.id, versionNumber: 1, parentId: row.id, articleLabel: label, body: r.body, authorId: members[r.by], createdAt: at(r.daysAgo), createdBy: members[r.by], updatedBy: members[r.by] },
        });
      }
    }
    const version = await tx.declarationVersion.create({
      data: { declarationId: d.id, number: 1, content: doc as unknown as Prisma.InputJsonValue, changeNote: city.defaultLocale === "nl" ? "Eerste concept" : "First draft", createdAt: at(c.opensDaysAgo + 30), createdBy: officer },
    });
    await audit({ action: "create", entity: "Declaration", entityId: d.id, after: { ...d, versionId: version.id, comments: comments.length } });
    // Many writes in one transaction: room for a slow machine.
  }, { timeout: 60_000 });
}
