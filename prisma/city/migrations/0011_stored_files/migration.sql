-- CreateEnum
CREATE TYPE "StoredFilePurpose" AS ENUM ('evidence', 'import', 'document', 'logo');

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL,
    "purpose" "StoredFilePurpose" NOT NULL,
    "key" TEXT,
    "name" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" UUID,
    "expiresAt" TIMESTAMPTZ(3),

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_key_key" ON "StoredFile"("key");

-- CreateIndex
CREATE INDEX "StoredFile_purpose_expiresAt_idx" ON "StoredFile"("purpose", "expiresAt");

-- Files are mostly compressed already (PDF, DOCX, XLSX, PNG): store them out of line without
-- PostgreSQL trying to compress them again.
ALTER TABLE "StoredFile" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
