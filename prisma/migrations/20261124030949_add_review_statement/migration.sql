-- AlterTable: added empty, filled from each review's annotation, then required.
ALTER TABLE "reviews" ADD COLUMN     "statement_id" UUID;
UPDATE "reviews" r SET "statement_id" = a."statement_id" FROM "annotations" a WHERE a."id" = r."annotation_id";
ALTER TABLE "reviews" ALTER COLUMN "statement_id" SET NOT NULL;

-- CreateIndex
CREATE INDEX "reviews_statement_id_idx" ON "reviews"("statement_id");

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;
