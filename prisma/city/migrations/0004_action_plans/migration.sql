-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('draft', 'adopted', 'closed');

-- CreateEnum
CREATE TYPE "StrategyLevel" AS ENUM ('national', 'eu', 'international');

-- CreateEnum
CREATE TYPE "ObjectiveTerm" AS ENUM ('short', 'long');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('not_started', 'on_track', 'at_risk', 'delayed', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "IndicatorType" AS ENUM ('structure', 'process', 'outcome');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('higher', 'lower');

-- CreateEnum
CREATE TYPE "UpdateFrequency" AS ENUM ('monthly', 'quarterly', 'yearly');

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'draft',
    "adoptedOn" DATE,
    "adoptionReference" TEXT NOT NULL DEFAULT '',
    "adoptionNote" TEXT NOT NULL DEFAULT '',
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BaselineGap" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "theme" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "charterArticles" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "udhrArticles" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "groups" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sourceText" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "BaselineGap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyLink" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "level" "StrategyLevel" NOT NULL,
    "url" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "StrategyLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTheme" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "PlanTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objective" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "themeId" UUID,
    "title" TEXT NOT NULL,
    "term" "ObjectiveTerm" NOT NULL DEFAULT 'short',
    "intendedChange" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "Objective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" UUID NOT NULL,
    "objectiveId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "departmentId" UUID,
    "ownerId" UUID,
    "partners" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "startDate" DATE,
    "dueDate" DATE,
    "budgetPlanned" DECIMAL(14,2),
    "budgetSpent" DECIMAL(14,2),
    "status" "ActionStatus" NOT NULL DEFAULT 'not_started',
    "statusReason" TEXT NOT NULL DEFAULT '',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "elementKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "charterArticles" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "udhrArticles" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "sdgs" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "groups" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "lastUpdateAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastReminderAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionCommitment" (
    "actionId" UUID NOT NULL,
    "commitmentId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" UUID,

    CONSTRAINT "ActionCommitment_pkey" PRIMARY KEY ("actionId","commitmentId")
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorId" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'web',
    "fromStatus" "ActionStatus",
    "toStatus" "ActionStatus",
    "fromProgress" INTEGER,
    "toProgress" INTEGER,
    "statusReason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "completedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL DEFAULT '',
    "type" "IndicatorType" NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'higher',
    "baselineValue" DECIMAL(18,4),
    "baselineYear" INTEGER,
    "targetValue" DECIMAL(18,4),
    "targetYear" INTEGER,
    "dataSource" TEXT NOT NULL DEFAULT '',
    "ownerId" UUID,
    "frequency" "UpdateFrequency" NOT NULL DEFAULT 'yearly',
    "dimensions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "charterArticles" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "udhrArticles" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "sdgs" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "groups" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "lastReminderAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorObjective" (
    "indicatorId" UUID NOT NULL,
    "objectiveId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" UUID,

    CONSTRAINT "IndicatorObjective_pkey" PRIMARY KEY ("indicatorId","objectiveId")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "breakdown" JSONB NOT NULL DEFAULT '{}',
    "sourceNote" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'web',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasurementRevision" (
    "id" UUID NOT NULL,
    "measurementId" UUID NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "breakdown" JSONB NOT NULL DEFAULT '{}',
    "sourceNote" TEXT NOT NULL DEFAULT '',
    "enteredBy" UUID,
    "enteredAt" TIMESTAMPTZ(3) NOT NULL,
    "changedBy" UUID,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'web',

    CONSTRAINT "MeasurementRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActionPlan_status_idx" ON "ActionPlan"("status");

-- CreateIndex
CREATE INDEX "BaselineGap_planId_position_idx" ON "BaselineGap"("planId", "position");

-- CreateIndex
CREATE INDEX "StrategyLink_planId_position_idx" ON "StrategyLink"("planId", "position");

-- CreateIndex
CREATE INDEX "PlanTheme_planId_position_idx" ON "PlanTheme"("planId", "position");

-- CreateIndex
CREATE INDEX "Objective_planId_position_idx" ON "Objective"("planId", "position");

-- CreateIndex
CREATE INDEX "Objective_themeId_idx" ON "Objective"("themeId");

-- CreateIndex
CREATE INDEX "Action_objectiveId_position_idx" ON "Action"("objectiveId", "position");

-- CreateIndex
CREATE INDEX "Action_departmentId_idx" ON "Action"("departmentId");

-- CreateIndex
CREATE INDEX "Action_ownerId_idx" ON "Action"("ownerId");

-- CreateIndex
CREATE INDEX "Action_dueDate_idx" ON "Action"("dueDate");

-- CreateIndex
CREATE INDEX "ActionCommitment_commitmentId_idx" ON "ActionCommitment"("commitmentId");

-- CreateIndex
CREATE INDEX "ActionUpdate_actionId_at_idx" ON "ActionUpdate"("actionId", "at");

-- CreateIndex
CREATE INDEX "ActionUpdate_at_idx" ON "ActionUpdate"("at");

-- CreateIndex
CREATE INDEX "Milestone_actionId_dueDate_idx" ON "Milestone"("actionId", "dueDate");

-- CreateIndex
CREATE INDEX "Indicator_planId_position_idx" ON "Indicator"("planId", "position");

-- CreateIndex
CREATE INDEX "Indicator_ownerId_idx" ON "Indicator"("ownerId");

-- CreateIndex
CREATE INDEX "IndicatorObjective_objectiveId_idx" ON "IndicatorObjective"("objectiveId");

-- CreateIndex
CREATE UNIQUE INDEX "Measurement_indicatorId_periodStart_key" ON "Measurement"("indicatorId", "periodStart");

-- CreateIndex
CREATE INDEX "MeasurementRevision_measurementId_changedAt_idx" ON "MeasurementRevision"("measurementId", "changedAt");

-- AddForeignKey
ALTER TABLE "BaselineGap" ADD CONSTRAINT "BaselineGap_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyLink" ADD CONSTRAINT "StrategyLink_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTheme" ADD CONSTRAINT "PlanTheme_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "PlanTheme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "Objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionCommitment" ADD CONSTRAINT "ActionCommitment_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionCommitment" ADD CONSTRAINT "ActionCommitment_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorObjective" ADD CONSTRAINT "IndicatorObjective_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorObjective" ADD CONSTRAINT "IndicatorObjective_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "Objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasurementRevision" ADD CONSTRAINT "MeasurementRevision_measurementId_fkey" FOREIGN KEY ("measurementId") REFERENCES "Measurement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
