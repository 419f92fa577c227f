-- A codebook operation keeps what its undo needs, and what the touched annotations' histories show, as arrays in its
-- own row instead of one row per use in codebook_undo_uses and one `recoded` row per annotation in
-- annotation_changes: a merge of a code on 100,000 annotations wrote 200,000 rows there (each with its foreign-key
-- checks, 1.7 s and 3.0 s in bench/codebook), and now writes one row of arrays (0.2 s).
--   touched:   the annotations the operation changed, sorted; versions: the version each reached (same order).
--   use_*:     the involved codes' uses on them before it (annotation, code, position), for the undo.
-- An undo is an operation of its own (action "<action>-undone", used_at set so that it is not undone in turn).
ALTER TABLE "codebook_undos"
  ADD COLUMN "touched" UUID[] NOT NULL DEFAULT '{}',
  ADD COLUMN "versions" INTEGER[] NOT NULL DEFAULT '{}',
  ADD COLUMN "use_annotations" UUID[] NOT NULL DEFAULT '{}',
  ADD COLUMN "use_codes" UUID[] NOT NULL DEFAULT '{}',
  ADD COLUMN "use_positions" INTEGER[] NOT NULL DEFAULT '{}';
-- Random UUIDs do not compress: stored out of line as they are, without a compression attempt first.
ALTER TABLE "codebook_undos"
  ALTER COLUMN "touched" SET STORAGE EXTERNAL,
  ALTER COLUMN "use_annotations" SET STORAGE EXTERNAL,
  ALTER COLUMN "use_codes" SET STORAGE EXTERNAL;

UPDATE "codebook_undos" u
SET "use_annotations" = k.a, "use_codes" = k.c, "use_positions" = k.p
FROM (
  SELECT undo_id, array_agg(annotation_id ORDER BY id) AS a, array_agg(code_id ORDER BY id) AS c, array_agg(position ORDER BY id) AS p
  FROM "codebook_undo_uses" WHERE code_id IS NOT NULL GROUP BY undo_id
) k
WHERE k.undo_id = u.id;

-- Operations made before this keep their `recoded` history rows in annotation_changes, so they get no versions
-- here (the history reads an operation's entries from here only where it has versions).
UPDATE "codebook_undos" u
SET "touched" = t.ids
FROM (SELECT undo_id, array_agg(DISTINCT annotation_id ORDER BY annotation_id) AS ids FROM "codebook_undo_uses" GROUP BY undo_id) t
WHERE t.undo_id = u.id;

DROP TABLE "codebook_undo_uses";

-- Which operations touched an annotation (its history).
CREATE INDEX "codebook_undos_touched_idx" ON "codebook_undos" USING GIN ("touched");
