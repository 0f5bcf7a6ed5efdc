/**
 * A city with data in every table of every feature, written through the app's own functions: the
 * demo's records, action plan, declaration with its consultation, publication and last year's
 * published report (Riverton's content), plus what the demo does not have — evidence files, a
 * report in consultation with comments, a reply and an outcome and an evaluation of last year's
 * recommendation, a stored document and logo, a pending import, notifications. The backup round
 * trips use it, and tests/integration/backup-full-city.test.ts fails when a table stays empty: a
 * feature that adds a table adds its data here.
 */
import { DEMO_CITIES } from "@/scripts/demo-data/demo-data";
import { demoProfile, publishDemoCity } from "@/scripts/demo-data/publish-demo";
import { savePublicProfile } from "@/lib/features/publication/site/profile";
import { seedCityRecords } from "@/scripts/demo-data/seed-city-records";
import { seedDemoConsultation } from "@/scripts/demo-data/seed-consultation";
import { seedDeclaration } from "@/scripts/demo-data/seed-declaration";
import { seedDemoReport } from "@/scripts/demo-data/seed-demo-report";
import { addEvidenceFile, addEvidenceLink } from "@/lib/features/commitments/evidence";
import { cityDbForSchema } from "@/lib/kernel/db/city-clients";
import { controlDb } from "@/lib/kernel/db/control";
import { createGroup } from "@/lib/features/city-settings/groups/save-group";
import { reportComments } from "@/lib/features/comments/targets/report";
import { createReport } from "@/lib/features/reports/generate-report";
import { saveEvaluation } from "@/lib/features/reports/recommendations";
import { saveSection } from "@/lib/features/reports/save-section";
import { transitionReport } from "@/lib/features/reports/transition-report";
import { saveImport } from "@/lib/features/commitments/spreadsheet/import-store";
import { putStoredFile } from "@/lib/kernel/storage/stored-files";
import { setCityLogo } from "@/lib/features/city-settings/logo/set-city-logo";
import { LOGO_PNG } from "./logo-images";
import { createTestCity, type TestCity } from "./cities";
import { testScope } from "./city-scope";

export const FULL_CITY_FILES = {
  pdf: new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"),
  png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]),
};

export async function createFullCity(prefix = "full"): Promise<TestCity> {
  const city = await createTestCity(prefix);
  const db = cityDbForSchema(city.schemaName);
  const content = DEMO_CITIES.find((c) => c.slug === "riverton")!;
  const admin = city.users.city_admin.id;
  const officer = city.users.officer.id;
  const editors = { admin, officer };
  const row = await controlDb().city.findUniqueOrThrow({ where: { id: city.cityId } });
  const adminScope = await testScope(city, admin);
  const officerScope = await testScope(city, officer);
  await seedCityRecords(content, city.schemaName, editors);
  await seedDeclaration(content, row, editors);
  await seedDemoConsultation(content, city.schemaName, { admin, officer, council: city.users.council_member.id, advisory: city.users.advisory_member.id });
  // The demo publishes under its own slug; this city has another, so its profile is saved first.
  await savePublicProfile(adminScope, { ...demoProfile("riverton")!, version: 0 });
  await publishDemoCity({ ...content, slug: city.slug }, row, admin);
  await seedDemoReport(content, row, editors);

  // A rights-holder group of the city's own, used by a commitment.
  const group = await createGroup(officerScope, { nameNl: "Mantelzorgers", nameEn: "Informal carers" });
  const f1 = await db.commitment.findUniqueOrThrow({ where: { elementKey: "F1" } });
  await db.commitment.update({ where: { id: f1.id }, data: { groups: [...f1.groups, group.key] } });

  // Evidence: two files and a link, on a framework commitment and one of the city's own.
  const ctx = officerScope;
  const own = await db.commitment.findFirstOrThrow({ where: { elementKey: null }, orderBy: { id: "asc" } });
  await addEvidenceFile(ctx, { commitmentId: f1.id, title: "Council decision", file: new File([FULL_CITY_FILES.pdf as BlobPart], "Raadsbesluit één.pdf") });
  await addEvidenceFile(ctx, { commitmentId: own.id, title: "Photo of the ramp", file: new File([FULL_CITY_FILES.png as BlobPart], "ramp.png") });
  await addEvidenceLink(ctx, { commitmentId: f1.id, title: "Policy page", url: "https://example.org/policy" });

  // This year's report in consultation: a comment on a passage, a reply, an outcome, an evaluation.
  const year = new Date().getUTCFullYear();
  const { id: reportId } = await createReport(ctx, { year, locales: ["en"], interim: true });
  await saveSection(ctx, { reportId, topic: "report", kind: "summary", locale: "en", content: "The city opened two accessible service points.", version: 0 });
  const earlier = await db.recommendation.findFirstOrThrow({ where: { yearMade: { lt: year } }, orderBy: { position: "asc" } });
  await saveEvaluation(ctx, { reportId, recommendationId: earlier.id, outcome: "implemented_partly", note: "One of two service points is open.", version: 0 });
  const version = (await db.annualReport.findUniqueOrThrow({ where: { id: reportId } })).version;
  await transitionReport(ctx, { id: reportId, version, to: "consultation", note: "Open for the advisory council" });
  const advisoryScope = await testScope(city, city.users.advisory_member.id);
  const advisory = { ...advisoryScope, actor: { ...advisoryScope.actor, name: "advisory" } };
  const officerActor = { ...officerScope, actor: { ...officerScope.actor, name: "officer" } };
  const sectionId = (await db.reportSection.findFirstOrThrow({ where: { reportId, kind: "summary" } })).id;
  const comment = await reportComments.addComment(advisory, { reportId, sectionId, quote: "two accessible service points", body: "Which districts?" });
  await reportComments.addComment(officerActor, { reportId, parentId: comment.id, body: "North and Harbour." });
  const thread = await db.reportComment.findUniqueOrThrow({ where: { id: comment.id } });
  await reportComments.setCommentOutcome(officerActor, { id: comment.id, version: thread.version, outcome: "accepted", reason: "Added to the text." });

  // A published document and the logo, kept under a key; an upload waiting for its preview.
  await putStoredFile(db, {
    purpose: "document",
    key: `report:${year - 1}:en:pdf`,
    name: "report.pdf",
    mimeType: "application/pdf",
    bytes: FULL_CITY_FILES.pdf,
    createdBy: officer,
  });
  await setCityLogo(adminScope, { file: new File([LOGO_PNG as BlobPart], "logo.png") });
  await saveImport(db, {
    cityId: city.cityId,
    userId: officer,
    fileName: "sheet.csv",
    format: "csv",
    table: { columns: ["key", "status"], rows: [{ line: 2, cells: ["F1", "planned"] }] },
  });
  return city;
}
