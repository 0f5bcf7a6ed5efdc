-- AlterTable
ALTER TABLE "City" ADD COLUMN     "fourEyesApproval" BOOLEAN NOT NULL DEFAULT true;
