-- AlterTable
ALTER TABLE "inbox_items" ADD COLUMN     "review_id" UUID,
ADD COLUMN     "verdict_annotation_id" UUID,
ALTER COLUMN "comment_id" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "inbox_items_review_id_idx" ON "inbox_items"("review_id");

-- CreateIndex
CREATE UNIQUE INDEX "inbox_items_user_id_verdict_annotation_id_key" ON "inbox_items"("user_id", "verdict_annotation_id");

-- AddForeignKey
ALTER TABLE "inbox_items" ADD CONSTRAINT "inbox_items_review_id_fkey" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddCheck (by hand: Prisma's schema cannot say it, and its diff leaves CHECKs alone): each reason names only its own subject.
ALTER TABLE "inbox_items" ADD CONSTRAINT "inbox_items_subject_check" CHECK (
  CASE "reason"
    WHEN 'verdict' THEN "comment_id" IS NULL AND "review_id" IS NOT NULL AND "verdict_annotation_id" IS NOT NULL
    ELSE "comment_id" IS NOT NULL AND "review_id" IS NULL AND "verdict_annotation_id" IS NULL
  END
);
