-- AlterTable
ALTER TABLE "ReportComment" ADD COLUMN     "deletedAt" TIMESTAMPTZ(3),
ADD COLUMN     "editedAt" TIMESTAMPTZ(3),
ADD COLUMN     "hiddenAt" TIMESTAMPTZ(3),
ADD COLUMN     "hiddenBy" UUID,
ADD COLUMN     "hiddenReason" TEXT NOT NULL DEFAULT '';
