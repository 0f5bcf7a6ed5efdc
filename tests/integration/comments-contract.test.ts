/**
 * The comments engine's contract (lib/features/comments/contract.ts), run for every target
 * against the real database: the declaration's consultation and the annual report. A new
 * commentable document adds its fixture here.
 */
import { beforeAll } from "vitest";
import type { Role } from "@/lib/generated/control/enums";
import { createTestCity, type TestCity } from "../helpers/cities";
import { createDeclaration } from "../helpers/declaration";

const { defineCommentContract } = await import("@/lib/features/comments/contract");
const { declarationComments } = await import("@/lib/features/comments/targets/declaration");
const { reportComments } = await import("@/lib/features/comments/targets/report");
const { loadConsultation } = await import("@/lib/features/declaration/consultation-view");
const { loadReportComments } = await import("@/lib/features/reports/load-report-comments");
const { createReport } = await import("@/lib/features/reports/generate-report");
const { transitionReport } = await import("@/lib/features/reports/transition-report");
const { cityDbForSchema } = await import("@/lib/kernel/db/city-clients");
const { controlDb } = await import("@/lib/kernel/db/control");

let city: TestCity;
let other: TestCity;

beforeAll(async () => {
  [city, other] = await Promise.all([createTestCity("cct"), createTestCity("cct")]);
});

const cityOf = (which: "this" | "other" = "this") => (which === "this" ? city : other);
const db = (which: "this" | "other" = "this") => cityDbForSchema(cityOf(which).schemaName);

async function actor(role: Role, which: "this" | "other" = "this") {
  const c = cityOf(which);
  const row = await controlDb().city.findUniqueOrThrow({ where: { id: c.cityId } });
  return { db: db(which), city: row, actor: { id: c.users[role].id, name: c.users[role].name, role } };
}

/** Advisory members do not moderate: what they are shown is what every non-officer is shown. */
const bodies = (threads: { body: string; replies: { body: string }[] }[]) => threads.flatMap((t) => [t.body, ...t.replies.map((r) => r.body)]).filter(Boolean);

defineCommentContract({
  name: "declaration",
  comments: declarationComments,
  actor,
  openDocument: async (which) => {
    const d = await createDeclaration(cityOf(which).schemaName, { status: "consultation" });
    return { id: d.id, input: (body, parentId) => ({ declarationId: d.id, body, ...(parentId ? { parentId } : {}) }) };
  },
  memberView: async (declarationId) => {
    const view = await loadConsultation(db(), { id: city.users.advisory_member.id, role: "advisory_member" }, { declarationId });
    return bodies(view?.threads ?? []);
  },
});

// One report per city and year: each document of the suite takes the next year back from now.
let years = 0;

defineCommentContract({
  name: "annual report",
  comments: reportComments,
  actor,
  openDocument: async (which) => {
    const officer = await actor("officer", which);
    const ctx = officer;
    const { id } = await createReport(ctx, { year: new Date().getUTCFullYear() - years++, locales: ["en"], interim: true });
    await transitionReport(ctx, { id, version: 1, to: "consultation", note: "" });
    return { id, input: (body, parentId) => ({ reportId: id, body, ...(parentId ? { parentId } : {}) }) };
  },
  memberView: async (reportId) => {
    const { threads } = await loadReportComments(db(), reportId, { id: city.users.advisory_member.id, role: "advisory_member" });
    return bodies(threads);
  },
});
