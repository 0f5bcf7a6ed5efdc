-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('draft', 'consultation', 'approved', 'published');

-- CreateEnum
CREATE TYPE "ReportSectionKind" AS ENUM ('data_facts', 'problems_gaps', 'good_practice', 'recommendations', 'summary', 'method', 'foreword', 'easy_read');

-- CreateEnum
CREATE TYPE "RecommendationOutcome" AS ENUM ('implemented_fully', 'implemented_partly', 'not_implemented');

-- CreateTable
CREATE TABLE "AnnualReport" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'draft',
    "locales" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "generatedAt" TIMESTAMPTZ(3),
    "generated" JSONB,
    "consultationAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "approvedBy" UUID,
    "approvalNote" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMPTZ(3),
    "publishedBy" UUID,
    "published" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "AnnualReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSection" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "kind" "ReportSectionKind" NOT NULL,
    "locale" TEXT NOT NULL,
    "content" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "ReportSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportTransition" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "fromStatus" "ReportStatus",
    "toStatus" "ReportStatus" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" UUID,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ReportTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "yearMade" INTEGER NOT NULL,
    "topic" TEXT NOT NULL DEFAULT 'report',
    "text" TEXT NOT NULL,
    "departmentId" UUID,
    "latestOutcome" "RecommendationOutcome",
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationEvaluation" (
    "id" UUID NOT NULL,
    "recommendationId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "outcome" "RecommendationOutcome" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "RecommendationEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportComment" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "sectionId" UUID,
    "quote" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "authorId" UUID,
    "outcome" "CommentOutcome",
    "outcomeReason" TEXT NOT NULL DEFAULT '',
    "outcomeBy" UUID,
    "outcomeAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "ReportComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_year_key" ON "AnnualReport"("year");

-- CreateIndex
CREATE INDEX "AnnualReport_status_idx" ON "AnnualReport"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSection_reportId_topic_kind_locale_key" ON "ReportSection"("reportId", "topic", "kind", "locale");

-- CreateIndex
CREATE INDEX "ReportTransition_reportId_at_idx" ON "ReportTransition"("reportId", "at");

-- CreateIndex
CREATE INDEX "Recommendation_yearMade_idx" ON "Recommendation"("yearMade");

-- CreateIndex
CREATE INDEX "Recommendation_reportId_position_idx" ON "Recommendation"("reportId", "position");

-- CreateIndex
CREATE INDEX "RecommendationEvaluation_reportId_idx" ON "RecommendationEvaluation"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "RecommendationEvaluation_recommendationId_reportId_key" ON "RecommendationEvaluation"("recommendationId", "reportId");

-- CreateIndex
CREATE INDEX "ReportComment_reportId_createdAt_idx" ON "ReportComment"("reportId", "createdAt");

-- CreateIndex
CREATE INDEX "ReportComment_sectionId_idx" ON "ReportComment"("sectionId");

-- AddForeignKey
ALTER TABLE "ReportSection" ADD CONSTRAINT "ReportSection_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportTransition" ADD CONSTRAINT "ReportTransition_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationEvaluation" ADD CONSTRAINT "RecommendationEvaluation_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationEvaluation" ADD CONSTRAINT "RecommendationEvaluation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "ReportSection"("id") ON DELETE SET NULL ON UPDATE CASCADE;
