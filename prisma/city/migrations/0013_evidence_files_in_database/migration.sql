-- Evidence files move from the disk (<data dir>/files/<city schema>/<storageKey>) into StoredFile.
-- SQL cannot read the app's disk, so a step in code runs right before this migration in the same
-- transaction (scripts/lib/legacy-files.ts, passed by `npm run db:migrate` and the launchers): it
-- copies each file into StoredFile with id = the old storage key. Here each evidence row points at
-- its file; a file that was already missing on disk leaves fileId null (no download, as before).
ALTER TABLE "Evidence" ADD COLUMN "fileId" UUID;

UPDATE "Evidence" e
   SET "fileId" = f."id"
  FROM "StoredFile" f
 WHERE e."storageKey" IS NOT NULL
   AND f."purpose" = 'evidence'
   AND f."id"::text = e."storageKey";

-- DropIndex
DROP INDEX "Evidence_storageKey_key";

-- AlterTable
ALTER TABLE "Evidence" DROP COLUMN "storageKey";

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_fileId_key" ON "Evidence"("fileId");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
