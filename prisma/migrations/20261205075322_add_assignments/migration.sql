-- CreateEnum
CREATE TYPE "AssignmentTask" AS ENUM ('tag', 'review');

-- CreateTable
CREATE TABLE "assignments" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "statement_id" UUID NOT NULL,
    "assignee_id" UUID NOT NULL,
    "task" "AssignmentTask" NOT NULL,
    "due_date" DATE,
    "assigned_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "done_at" TIMESTAMPTZ(3),

    CONSTRAINT "assignments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "assignments_workspace_id_assignee_id_done_at_idx" ON "assignments"("workspace_id", "assignee_id", "done_at");

-- CreateIndex
CREATE UNIQUE INDEX "assignments_statement_id_assignee_id_task_key" ON "assignments"("statement_id", "assignee_id", "task");

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assigned_by_fkey" FOREIGN KEY ("assigned_by") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
