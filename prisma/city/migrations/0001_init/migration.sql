-- CreateEnum
CREATE TYPE "Layer" AS ENUM ('foundation', 'structure', 'tool');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('not_started', 'planned', 'in_progress', 'in_place', 'needs_review');

-- CreateTable
CREATE TABLE "Commitment" (
    "id" UUID NOT NULL,
    "elementKey" TEXT,
    "layer" "Layer" NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "status" "CommitmentStatus" NOT NULL DEFAULT 'not_started',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdBy" UUID,
    "updatedBy" UUID,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_elementKey_key" ON "Commitment"("elementKey");

-- CreateIndex
CREATE INDEX "Commitment_layer_idx" ON "Commitment"("layer");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- ---------------------------------------------------------------------------------------------
-- Hand-written below this line (not generated): the audit log is append-only.
-- Prisma cannot model triggers, so the drift check neither sees nor needs them. The function
-- lands in this city's schema (the runner sets search_path to it) and touches no table, so it
-- behaves the same whatever the caller's search_path is; the triggers bind it by OID.
-- It guards against application bugs and casual edits, not against the schema owner, who can
-- still disable triggers.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION charta_audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Record a correction as a new audit entry instead.';
END;
$$;

CREATE TRIGGER "AuditLog_append_only"
    BEFORE UPDATE OR DELETE ON "AuditLog"
    FOR EACH ROW EXECUTE FUNCTION charta_audit_log_append_only();

CREATE TRIGGER "AuditLog_no_truncate"
    BEFORE TRUNCATE ON "AuditLog"
    FOR EACH STATEMENT EXECUTE FUNCTION charta_audit_log_append_only();
