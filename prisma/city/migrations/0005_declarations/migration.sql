-- CreateEnum
CREATE TYPE "DeclarationStatus" AS ENUM ('draft', 'consultation', 'proposed', 'adopted', 'published');

-- CreateEnum
CREATE TYPE "CommentOutcome" AS ENUM ('accepted', 'partly_accepted', 'not_taken_up', 'out_of_scope');

-- CreateTable
CREATE TABLE "Declaration" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "DeclarationStatus" NOT NULL DEFAULT 'draft',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "currentVersion" INTEGER NOT NULL DEFAULT 0,
    "consultationOpensOn" DATE,
    "consultationClosesOn" DATE,
    "proposedAt" TIMESTAMPTZ(3),
    "adoptedOn" DATE,
    "councilResolutionRef" TEXT,
    "voteFor" INTEGER,
    "voteAgainst" INTEGER,
    "voteAbstain" INTEGER,
    "publishedAt" TIMESTAMPTZ(3),
    "supersededAt" TIMESTAMPTZ(3),
    "amendsId" UUID,
    "summaryPublishedAt" TIMESTAMPTZ(3),
    "consultationOpenedNotifiedAt" TIMESTAMPTZ(3),
    "consultationClosingNotifiedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "Declaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclarationVersion" (
    "id" UUID NOT NULL,
    "declarationId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "changeNote" TEXT NOT NULL DEFAULT '',
    "restoredFromNumber" INTEGER,
    "mergedBaseNumber" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" UUID,

    CONSTRAINT "DeclarationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclarationTransition" (
    "id" UUID NOT NULL,
    "declarationId" UUID NOT NULL,
    "fromStatus" "DeclarationStatus",
    "toStatus" "DeclarationStatus" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "details" JSONB,

    CONSTRAINT "DeclarationTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclarationComment" (
    "id" UUID NOT NULL,
    "declarationId" UUID NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "anchorId" TEXT,
    "quote" TEXT NOT NULL DEFAULT '',
    "articleLabel" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "authorId" UUID,
    "parentId" UUID,
    "mentions" UUID[] DEFAULT ARRAY[]::UUID[],
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedBy" UUID,
    "outcome" "CommentOutcome",
    "outcomeReason" TEXT NOT NULL DEFAULT '',
    "outcomeBy" UUID,
    "outcomeAt" TIMESTAMPTZ(3),
    "hiddenAt" TIMESTAMPTZ(3),
    "hiddenBy" UUID,
    "hiddenReason" TEXT NOT NULL DEFAULT '',
    "deletedAt" TIMESTAMPTZ(3),
    "editedAt" TIMESTAMPTZ(3),
    "orphanedAt" TIMESTAMPTZ(3),
    "publicNameConsent" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "DeclarationComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Declaration_status_idx" ON "Declaration"("status");

-- CreateIndex
CREATE INDEX "Declaration_createdAt_idx" ON "Declaration"("createdAt");

-- CreateIndex
CREATE INDEX "Declaration_amendsId_idx" ON "Declaration"("amendsId");

-- CreateIndex
CREATE UNIQUE INDEX "DeclarationVersion_declarationId_number_key" ON "DeclarationVersion"("declarationId", "number");

-- CreateIndex
CREATE INDEX "DeclarationTransition_declarationId_at_idx" ON "DeclarationTransition"("declarationId", "at");

-- CreateIndex
CREATE INDEX "DeclarationComment_declarationId_createdAt_idx" ON "DeclarationComment"("declarationId", "createdAt");

-- CreateIndex
CREATE INDEX "DeclarationComment_declarationId_anchorId_idx" ON "DeclarationComment"("declarationId", "anchorId");

-- CreateIndex
CREATE INDEX "DeclarationComment_parentId_idx" ON "DeclarationComment"("parentId");

-- CreateIndex
CREATE INDEX "DeclarationComment_authorId_idx" ON "DeclarationComment"("authorId");

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_amendsId_fkey" FOREIGN KEY ("amendsId") REFERENCES "Declaration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationVersion" ADD CONSTRAINT "DeclarationVersion_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "Declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationTransition" ADD CONSTRAINT "DeclarationTransition_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "Declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationComment" ADD CONSTRAINT "DeclarationComment_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "Declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationComment" ADD CONSTRAINT "DeclarationComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "DeclarationComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
