-- AlterTable
ALTER TABLE "annotations" ADD COLUMN     "source_id" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "annotations_workspace_id_source_id_key" ON "annotations"("workspace_id", "source_id");
