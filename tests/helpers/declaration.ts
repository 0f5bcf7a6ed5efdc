/**
 * A declaration with a saved text for consultation tests, written straight to the city's tables
 * (the drafting UI and its save path are tested in their own files).
 */
import { cityDbForSchema } from "@/lib/kernel/db/city-clients";
import type { Prisma } from "@/lib/generated/city/client";

export const sampleDoc = () => ({
  type: "doc" as const,
  content: [
    { type: "paragraph", content: [{ type: "text", text: "We, the people of this city, commit to human rights." }] },
    { type: "article", content: [{ type: "text", text: "Housing" }] },
    { type: "paragraph", content: [{ type: "text", text: "Everyone has the right to adequate housing in the city." }] },
    { type: "article", content: [{ type: "text", text: "Participation" }] },
    { type: "paragraph", content: [{ type: "text", text: "Residents take part in decisions that affect them." }] },
  ],
});

export async function createDeclaration(
  schemaName: string,
  opts: {
    status?: "draft" | "consultation" | "proposed" | "adopted" | "published";
    title?: string;
    locale?: string;
    content?: object;
    closesOn?: Date | null;
    createdBy?: string;
  } = {},
) {
  const db = cityDbForSchema(schemaName);
  const d = await db.declaration.create({
    data: {
      title: opts.title ?? "Human rights declaration",
      status: opts.status ?? "consultation",
      locale: opts.locale ?? "en",
      currentVersion: 1,
      consultationClosesOn: opts.closesOn ?? null,
      createdBy: opts.createdBy,
    },
  });
  await db.declarationVersion.create({
    data: {
      declarationId: d.id,
      number: 1,
      content: (opts.content ?? sampleDoc()) as Prisma.InputJsonValue,
      changeNote: "First draft",
      createdBy: opts.createdBy,
    },
  });
  return d;
}
