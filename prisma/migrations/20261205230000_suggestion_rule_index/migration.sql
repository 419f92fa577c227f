-- The suggestion rules' figures (GET /api/suggestions/rules, features/suggestions/suggestion-figures-sql.ts): a
-- workspace's annotations accepted from a suggestion, by rule. Partial, since most annotations are drawn by hand
-- (suggestion_rule is null) and the figures never read those, so the index stays the size of what was accepted. The
-- query's other conditions (deleted_at, status) are read from the rows found. Prisma's schema cannot describe a
-- partial index; it is kept here only (as annotations_cross_reference_target_idx is).
CREATE INDEX "annotations_workspace_id_suggestion_rule_idx" ON "annotations" ("workspace_id", "suggestion_rule")
  WHERE "suggestion_rule" IS NOT NULL;
