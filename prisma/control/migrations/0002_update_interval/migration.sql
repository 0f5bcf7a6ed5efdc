-- AlterTable
ALTER TABLE "City" ADD COLUMN     "updateIntervalDays" INTEGER NOT NULL DEFAULT 90;
