-- The job that runs the detector over every statement of a workspace not read yet (features/suggestions/find-suggestions-job.ts).
ALTER TYPE "JobKind" ADD VALUE 'findSuggestions';

-- What each cached set's cross-reference suggestions cite, so that an instrument's page finds the sets mentioning it
-- through an index rather than by reading every set.
ALTER TABLE "suggestion_sets" ADD COLUMN "cited" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
UPDATE "suggestion_sets" SET "cited" = ARRAY(
  SELECT DISTINCT x->'attributes'->>'target' FROM jsonb_array_elements("items"->'items') x
  WHERE x->>'kind' = 'cross-reference' AND x->'attributes'->>'target' IS NOT NULL
  ORDER BY 1
);
CREATE INDEX "suggestion_sets_cited_idx" ON "suggestion_sets" USING GIN ("cited");
