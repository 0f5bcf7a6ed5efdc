-- CreateEnum
CREATE TYPE "IndicatorAccumulation" AS ENUM ('per_period', 'cumulative');

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "accumulation" "IndicatorAccumulation" NOT NULL DEFAULT 'per_period';
