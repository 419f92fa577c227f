-- CreateEnum
CREATE TYPE "AnchorState" AS ENUM ('anchored', 'fuzzy', 'orphaned');

-- AlterTable
-- Every annotation so far sits in the revision it was made on, the only one its statement had.
ALTER TABLE "annotations" ADD COLUMN     "anchor_revision" INTEGER,
ADD COLUMN     "anchor_state" "AnchorState" NOT NULL DEFAULT 'anchored',
ADD COLUMN     "previous_quote" JSONB;
UPDATE "annotations" SET "anchor_revision" = "revision";
ALTER TABLE "annotations" ALTER COLUMN "anchor_revision" SET NOT NULL;

-- AlterTable
ALTER TABLE "revisions" ADD COLUMN     "anchoring" JSONB,
ADD COLUMN     "changes" JSONB,
ADD COLUMN     "fingerprint" BIGINT[] DEFAULT ARRAY[]::BIGINT[],
ADD COLUMN     "note" TEXT;

-- AlterTable
ALTER TABLE "statements" ADD COLUMN     "deleted_at" TIMESTAMPTZ(3),
ADD COLUMN     "deleted_by" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "statement_changes" (
    "id" UUID NOT NULL,
    "statement_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "actor_id" UUID NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "statement_changes_pkey" PRIMARY KEY ("id")
);

-- Revisions stored before fingerprints hold an empty one; the duplicate check computes it when it first reads it.

-- CreateIndex
CREATE INDEX "statement_changes_statement_id_created_at_idx" ON "statement_changes"("statement_id", "created_at");

-- CreateIndex
CREATE INDEX "annotations_workspace_id_anchor_state_idx" ON "annotations"("workspace_id", "anchor_state");

-- AddForeignKey
ALTER TABLE "statement_changes" ADD CONSTRAINT "statement_changes_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_changes" ADD CONSTRAINT "statement_changes_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An annotation is written against its statement's current revision (or stays an orphan in an older one). A write
-- prepared against revision N that reaches the database after revision N+1 landed is refused: FOR SHARE waits for a
-- revision being written (which holds the statement FOR UPDATE) and then reads the revision it made current. The API
-- answers 409 revision_changed (db/revision-changed.ts), and the client re-reads the text and tries again.
CREATE FUNCTION annotations_on_current_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  current integer;
BEGIN
  IF NEW.anchor_state = 'orphaned' THEN
    RETURN NEW;
  END IF;
  SELECT current_revision INTO current FROM statements WHERE id = NEW.statement_id FOR SHARE;
  IF current IS DISTINCT FROM NEW.anchor_revision THEN
    RAISE EXCEPTION 'revision_changed: annotation % is anchored in revision % but the statement is at revision %',
      NEW.id, NEW.anchor_revision, current
      USING ERRCODE = 'VB409';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER annotations_on_current_revision
  BEFORE INSERT OR UPDATE OF anchor_revision, paragraph_id, start, "end", end_paragraph_id ON "annotations"
  FOR EACH ROW EXECUTE FUNCTION annotations_on_current_revision();
