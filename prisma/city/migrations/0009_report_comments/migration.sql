-- AlterTable
ALTER TABLE "ReportComment" ADD COLUMN     "parentId" UUID;

-- CreateIndex
CREATE INDEX "ReportComment_parentId_idx" ON "ReportComment"("parentId");

-- AddForeignKey
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ReportComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
