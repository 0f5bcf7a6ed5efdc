-- CreateEnum
CREATE TYPE "DecisionBody" AS ENUM ('council', 'executive', 'other');

-- AlterTable
ALTER TABLE "AnnualReport" ADD COLUMN     "decisionBody" "DecisionBody",
ADD COLUMN     "decisionBodyName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "decisionOn" DATE,
ADD COLUMN     "decisionRef" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "omittedSections" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "submittedAt" TIMESTAMPTZ(3),
ADD COLUMN     "submittedBy" UUID;

-- Reports approved before the decision was recorded: the click date and the note are all there is.
UPDATE "AnnualReport" SET "decisionOn" = ("approvedAt" AT TIME ZONE 'UTC')::date, "decisionRef" = "approvalNote" WHERE "approvedAt" IS NOT NULL;
