-- Saved views (issue 17; apps/api/src/features/saved-views/). One live view per workspace, kind and name, case aside:
-- a partial unique index on an expression, which Prisma's schema cannot describe, so it is kept here only. A deleted
-- view (deleted_at set) leaves its name free; restoring it when the name was taken since answers 409 conflict.

-- CreateEnum
CREATE TYPE "SavedViewKind" AS ENUM ('search', 'passages', 'matrix');

-- CreateTable
CREATE TABLE "saved_views" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "created_by" UUID NOT NULL,
    "kind" "SavedViewKind" NOT NULL,
    "name" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "saved_views_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "saved_views_workspace_id_kind_created_at_idx" ON "saved_views"("workspace_id", "kind", "created_at");

-- AddForeignKey
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateIndex
CREATE UNIQUE INDEX "saved_views_live_name_key" ON "saved_views" ("workspace_id", "kind", lower("name")) WHERE "deleted_at" IS NULL;
