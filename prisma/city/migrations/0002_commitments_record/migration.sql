-- CreateEnum
CREATE TYPE "Maturity" AS ENUM ('none', 'initiated', 'established', 'embedded', 'exemplary');

-- CreateEnum
CREATE TYPE "ProgressMode" AS ENUM ('manual', 'actions');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('link', 'file');

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "charterArticles" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "departmentId" UUID,
ADD COLUMN     "groups" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "lastReminderAt" TIMESTAMPTZ(3),
ADD COLUMN     "lastUpdateAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "maturity" "Maturity" NOT NULL DEFAULT 'none',
ADD COLUMN     "ownerId" UUID,
ADD COLUMN     "progress" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "progressMode" "ProgressMode" NOT NULL DEFAULT 'manual',
ADD COLUMN     "sdgs" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "startDate" DATE,
ADD COLUMN     "targetDate" DATE,
ADD COLUMN     "udhrArticles" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateTable
CREATE TABLE "CommitmentUpdate" (
    "id" UUID NOT NULL,
    "commitmentId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorId" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'web',
    "fromStatus" "CommitmentStatus",
    "toStatus" "CommitmentStatus",
    "fromProgress" INTEGER,
    "toProgress" INTEGER,
    "fromMaturity" "Maturity",
    "toMaturity" "Maturity",

    CONSTRAINT "CommitmentUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RightsHolderGroup" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "RightsHolderGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "commitmentId" UUID NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "size" INTEGER,
    "storageKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" UUID,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommitmentUpdate_commitmentId_at_idx" ON "CommitmentUpdate"("commitmentId", "at");

-- CreateIndex
CREATE INDEX "CommitmentUpdate_at_idx" ON "CommitmentUpdate"("at");

-- CreateIndex
CREATE UNIQUE INDEX "Department_name_key" ON "Department"("name");

-- CreateIndex
CREATE UNIQUE INDEX "RightsHolderGroup_key_key" ON "RightsHolderGroup"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_storageKey_key" ON "Evidence"("storageKey");

-- CreateIndex
CREATE INDEX "Evidence_commitmentId_idx" ON "Evidence"("commitmentId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Commitment_departmentId_idx" ON "Commitment"("departmentId");

-- CreateIndex
CREATE INDEX "Commitment_ownerId_idx" ON "Commitment"("ownerId");

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentUpdate" ADD CONSTRAINT "CommitmentUpdate_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: existing commitments were last updated when they were last saved, not now.
-- ---------------------------------------------------------------------------------------------
UPDATE "Commitment" SET "lastUpdateAt" = "updatedAt";
