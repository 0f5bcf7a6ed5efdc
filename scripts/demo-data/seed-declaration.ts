/**
 * The demo city's declaration, made through the same functions the app uses: started from the
 * template, revised once, then moved through the lifecycle (Riverton adopted and published,
 * Zonnestad in consultation). Run only for a city just created, like the other demo records; the
 * functions it calls carry no "server-only" mark because the demo seed runs outside Next.
 */
import { createDeclaration } from "@/lib/features/declaration/create-declaration";
import type { BlockNode } from "@/lib/features/declaration/document-schema";
import { getVersion } from "@/lib/features/declaration/get-declaration";
import { saveDeclarationVersion } from "@/lib/features/declaration/save-version";
import type { TDeclarationTransition } from "@/lib/features/declaration/schema";
import { transitionDeclaration } from "@/lib/features/declaration/transition-declaration";
import { systemCityScope, type SystemScopeCity } from "@/lib/kernel/tenancy/city-scope";
import type { DemoCity } from "./demo-types";
import type { DemoEditors } from "./demo-types";
import { isoDate } from "@/lib/kernel/dates";

/** A lifecycle step without the declaration's id and version (filled in as it moves). */
type Step<T = TDeclarationTransition> = T extends unknown ? Omit<T, "declarationId" | "version"> : never;

const DAY = 86_400_000;
const day = (offset: number) => isoDate(new Date(Date.now() + offset * DAY));

export async function seedDeclaration(city: DemoCity, target: SystemScopeCity, editors: DemoEditors): Promise<void> {
  const officer = systemCityScope(target, "demo-seed", { id: editors.officer });
  const admin = systemCityScope(target, "demo-seed", { id: editors.admin });
  const db = officer.db;
  const spec = city.declaration;
  let d = await createDeclaration(officer, { title: spec.title, locale: spec.locale, template: spec.locale });

  // The added article comes last, after the template's last article and its text (placed before
  // the last block, it took that article's text away: adoption refuses such a text, issue 13.3).
  const first = (await getVersion(db, d.id, 1))!.content;
  const article: BlockNode[] = [
    { type: "article", content: [{ type: "text", text: spec.addedArticle.title }] },
    { type: "paragraph", content: [{ type: "text", text: spec.addedArticle.text }] },
  ];
  const content = { type: "doc" as const, content: [...first.content, ...article] };
  await saveDeclarationVersion(officer, { declarationId: d.id, baseVersion: 1, content, changeNote: spec.addedArticle.note });
  d = await db.declaration.findUniqueOrThrow({ where: { id: d.id } });

  const move = async (step: Step) => {
    // The council's adoption is recorded by the city admin, every other step by the officer.
    d = await transitionDeclaration(step.to === "adopted" ? admin : officer, {
      ...step,
      declarationId: d.id,
      version: d.version,
    } as TDeclarationTransition);
  };
  await move({ to: "consultation", note: "", consultationOpensOn: day(-spec.opensDaysAgo), consultationClosesOn: day(spec.closesInDays) });
  if (spec.stage === "consultation" || !spec.adoption) return;
  await move({ to: "proposed", note: "" });
  const a = spec.adoption;
  await move({
    to: "adopted",
    note: "",
    adoptedOn: day(-a.daysAgo),
    councilResolutionRef: a.resolutionRef,
    voteFor: a.voteFor,
    voteAgainst: a.voteAgainst,
    voteAbstain: a.voteAbstain,
  });
  await move({ to: "published", note: "" });
}
