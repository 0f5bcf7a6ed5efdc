/**
 * Comments on the demo declaration's consultation (issue 4): on passages (a comment mark added to
 * the current version, as the consultation page does), on the whole draft, replies, the officer's
 * answers; Riverton, whose declaration is published, also publishes the summary. Written straight
 * to the tables with the app's pure anchor helpers (adding a comment checks the consultation's
 * dates against today, and these comments are backdated). Run after seedDeclaration, only for a
 * city just created.
 */
import { randomUUID } from "node:crypto";
import { auditedTransaction } from "@/lib/kernel/records/audited";
import { systemCityDb } from "@/lib/kernel/tenancy/system-city-db";
import type { Prisma } from "@/lib/generated/city/client";
import { addCommentMark, blockPlainText, type PMDoc } from "@/lib/features/declaration/comment-anchors";
import { articleLabel, articleNumbers } from "@/lib/features/declaration/document-text";
import type { DeclarationDoc } from "@/lib/features/declaration/document-schema";
import type { DemoCity, DemoMember } from "./demo-types";

const DAY = 86_400_000;

export async function seedDemoConsultation(city: DemoCity, schemaName: string, members: Record<DemoMember, string>): Promise<void> {
  const comments = city.consultationComments ?? [];
  if (comments.length === 0) return;
  const db = systemCityDb({ schemaName }, "demo-seed");
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY);
  const officer = members.officer;

  await auditedTransaction(
    db,
    officer,
    async (tx, audit) => {
      const d = await tx.declaration.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
      const version = await tx.declarationVersion.findUniqueOrThrow({ where: { declarationId_number: { declarationId: d.id, number: d.currentVersion } } });
      const text = version.content as unknown as DeclarationDoc;
      const numbers = articleNumbers(text);
      let doc = text as unknown as PMDoc;
      for (const cm of comments) {
        let anchorId: string | null = null;
        let label = "";
        if (cm.passage) {
          const block = blockPlainText(doc.content[cm.passage.block]!);
          const from = block.indexOf(cm.passage.words);
          if (from < 0) throw new Error(`demo comment: "${cm.passage.words}" is not in block ${cm.passage.block}`);
          anchorId = randomUUID().replaceAll("-", "");
          doc = addCommentMark(doc, { blockIndex: cm.passage.block, from, to: from + cm.passage.words.length }, anchorId);
          const n = numbers[cm.passage.block] ?? 0;
          label = n ? articleLabel(d.locale === "nl" ? "nl" : "en", n, blockPlainText(doc.content[numbers.indexOf(n)]!)) : "";
        }
        const row = await tx.declarationComment.create({
          data: {
            declarationId: d.id,
            versionNumber: d.currentVersion,
            anchorId,
            quote: cm.passage?.words ?? "",
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
        await audit({ action: "create", entity: "DeclarationComment", entityId: row.id, after: row });
        for (const r of cm.replies ?? []) {
          const reply = await tx.declarationComment.create({
            data: {
              declarationId: d.id,
              versionNumber: d.currentVersion,
              parentId: row.id,
              articleLabel: label,
              body: r.body,
              authorId: members[r.by],
              createdAt: at(r.daysAgo),
              createdBy: members[r.by],
              updatedBy: members[r.by],
            },
          });
          await audit({ action: "create", entity: "DeclarationComment", entityId: reply.id, after: reply });
        }
      }
      // The marks only: the text of the version is unchanged.
      await tx.declarationVersion.update({ where: { id: version.id }, data: { content: doc as unknown as Prisma.InputJsonValue } });
      if (d.status === "published")
        await tx.declaration.update({ where: { id: d.id }, data: { summaryPublishedAt: d.publishedAt ?? new Date(), updatedAt: d.updatedAt } });
    },
    // Many writes in one transaction: room for a slow machine.
    { timeout: 60_000 },
  );
}
