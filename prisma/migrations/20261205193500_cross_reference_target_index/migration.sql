-- Who cites an instrument, a UN symbol or a statement's paragraphs (features/citations): live cross-references by
-- their target, equal to a key or (text_pattern_ops) starting with "slug#". Prisma's schema cannot describe an index
-- on an expression; it is kept here only.
CREATE INDEX "annotations_cross_reference_target_idx" ON "annotations" ("workspace_id", (("attributes" ->> 'target')) text_pattern_ops)
  WHERE "kind" = 'cross-reference' AND "deleted_at" IS NULL;
