-- Suggestions found in the text (features/suggestions/): the detector's cached sets, the members' dismissals, the
-- undo of an accept-all, and the rule an accepted annotation came from.

-- AlterTable
ALTER TABLE "annotations" ADD COLUMN "suggestion_rule" TEXT;

-- CreateTable
CREATE TABLE "suggestion_sets" (
    "statement_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "input_key" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suggestion_sets_pkey" PRIMARY KEY ("statement_id","revision","input_key")
);

-- CreateTable
CREATE TABLE "suggestion_dismissals" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "statement_id" UUID NOT NULL,
    "suggestion_id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "rule" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suggestion_dismissals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "suggestion_undos" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "statement_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "annotations" UUID[],
    "versions" INTEGER[],
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suggestion_undos_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "suggestion_dismissals_statement_id_user_id_suggestion_id_key" ON "suggestion_dismissals"("statement_id", "user_id", "suggestion_id");

-- CreateIndex
CREATE INDEX "suggestion_dismissals_workspace_id_rule_idx" ON "suggestion_dismissals"("workspace_id", "rule");

-- AddForeignKey
ALTER TABLE "suggestion_sets" ADD CONSTRAINT "suggestion_sets_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_dismissals" ADD CONSTRAINT "suggestion_dismissals_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_dismissals" ADD CONSTRAINT "suggestion_dismissals_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_dismissals" ADD CONSTRAINT "suggestion_dismissals_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_undos" ADD CONSTRAINT "suggestion_undos_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_undos" ADD CONSTRAINT "suggestion_undos_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "suggestion_undos" ADD CONSTRAINT "suggestion_undos_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
