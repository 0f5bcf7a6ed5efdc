-- CreateEnum
CREATE TYPE "AccessibilityCompliance" AS ENUM ('full', 'partial', 'none');

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "CommitmentUpdate" ADD COLUMN     "notePublic" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PublicProfile" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "introNl" TEXT NOT NULL DEFAULT '',
    "introEn" TEXT NOT NULL DEFAULT '',
    "takePartNl" TEXT NOT NULL DEFAULT '',
    "takePartEn" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "ombudsName" TEXT NOT NULL DEFAULT '',
    "ombudsUrl" TEXT NOT NULL DEFAULT '',
    "ombudsEmail" TEXT NOT NULL DEFAULT '',
    "ombudsPhone" TEXT NOT NULL DEFAULT '',
    "accessibilityStatus" "AccessibilityCompliance" NOT NULL DEFAULT 'partial',
    "accessibilityIssuesNl" TEXT NOT NULL DEFAULT '',
    "accessibilityIssuesEn" TEXT NOT NULL DEFAULT '',
    "accessibilityContact" TEXT NOT NULL DEFAULT '',
    "accessibilityReviewedOn" DATE,
    "dataLicence" TEXT NOT NULL DEFAULT 'CC-BY-4.0',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "PublicProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" UUID NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedBy" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Publication_publishedAt_idx" ON "Publication"("publishedAt");
