-- CreateTable
CREATE TABLE "CommitmentFieldChange" (
    "id" UUID NOT NULL,
    "commitmentId" UUID NOT NULL,
    "updateId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorId" UUID,
    "source" TEXT NOT NULL DEFAULT 'web',
    "note" TEXT NOT NULL DEFAULT '',
    "fields" JSONB NOT NULL,

    CONSTRAINT "CommitmentFieldChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommitmentFieldChange_updateId_key" ON "CommitmentFieldChange"("updateId");

-- CreateIndex
CREATE INDEX "CommitmentFieldChange_commitmentId_at_idx" ON "CommitmentFieldChange"("commitmentId", "at");

-- AddForeignKey
ALTER TABLE "CommitmentFieldChange" ADD CONSTRAINT "CommitmentFieldChange_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentFieldChange" ADD CONSTRAINT "CommitmentFieldChange_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "CommitmentUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;
