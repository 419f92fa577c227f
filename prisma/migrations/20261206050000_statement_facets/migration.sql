-- Facet counts over a whole corpus (issue 17): a search with no words counts every paragraph of the statements its
-- filters select, and the annotation facets count the paragraphs that carry such an annotation. Counted from the
-- annotations, that is a distinct count over every live annotation per facet (8.5 s for 500,000); here each
-- statement's counts are kept (statement_facets), so the corpus's are a sum over its statements' rows.
--
-- The database keeps them, not the app: triggers mark a statement stale (statement_facets_stale) when its annotations,
-- their codes, its paragraphs or its current revision change, and verbatim_refresh_statement_facets() counts stale
-- statements again (the API's job worker calls it every few seconds). A reader never waits for that: it sums the rows
-- of fresh statements and counts stale ones from their annotations, with verbatim_statement_facet_rows(), the one
-- definition of the counts, in the same snapshot.

CREATE TABLE "statement_facets" (
    "statement_id" UUID NOT NULL,
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "paragraphs" INTEGER NOT NULL,

    CONSTRAINT "statement_facets_pkey" PRIMARY KEY ("statement_id","facet","value")
);

CREATE TABLE "statement_facets_stale" (
    "statement_id" UUID NOT NULL,
    "marked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "statement_facets_stale_pkey" PRIMARY KEY ("statement_id")
);

-- Each statement's paragraph count, read for every statement a search selects, in an index alone. Partial, so Prisma's
-- schema cannot describe it; it is kept here only.
CREATE INDEX "statement_facets_paragraphs_idx" ON "statement_facets" ("statement_id") INCLUDE ("paragraphs") WHERE "facet" = '';

ALTER TABLE "statement_facets" ADD CONSTRAINT "statement_facets_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "statement_facets_stale" ADD CONSTRAINT "statement_facets_stale_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The counts of statements `ids` as they are now: ('', '') their current text's paragraphs; then, per annotation facet
-- and value, the paragraphs of the current text carrying a live annotation with it (kind, status, author's ID,
-- stance, strength, a cross-reference's target as 'instrument', a code's ID as 'label' or 'topic'). The search's
-- paragraph results count the same (features/search/search-sql.ts, facetCountsSql).
CREATE FUNCTION verbatim_statement_facet_rows(ids uuid[])
  RETURNS TABLE (statement_id uuid, facet text, value text, paragraphs integer)
  LANGUAGE sql STABLE AS $$
  WITH cur AS (
    SELECT s.id, r.id AS revision_id, s.current_revision
    FROM statements s JOIN revisions r ON r.statement_id = s.id AND r.number = s.current_revision
    WHERE s.id = ANY(ids)
  ),
  a AS (
    SELECT a.id, a.statement_id, a.paragraph_id, a.kind, a.status, a.author_id, a.attributes
    FROM cur
    JOIN annotations a ON a.statement_id = cur.id AND a.anchor_revision = cur.current_revision
    JOIN paragraphs p ON p.revision_id = cur.revision_id AND p.canonical_id = a.paragraph_id
    WHERE a.deleted_at IS NULL AND a.anchor_state <> 'orphaned'
  )
  SELECT cur.id, '', '', (SELECT count(*) FROM paragraphs p WHERE p.revision_id = cur.revision_id)::int FROM cur
  UNION ALL
  SELECT a.statement_id, f.facet, f.value, count(DISTINCT a.paragraph_id)::int
  FROM a CROSS JOIN LATERAL (VALUES
    ('kind', a.kind::text),
    ('status', a.status::text),
    ('author', a.author_id::text),
    ('stance', a.attributes->>'stance'),
    ('strength', a.attributes->>'strength'),
    ('instrument', CASE WHEN a.kind = 'cross-reference' THEN a.attributes->>'target' END)
  ) AS f(facet, value)
  WHERE f.value IS NOT NULL
  GROUP BY 1, 2, 3
  UNION ALL
  SELECT a.statement_id, c.type::text, c.id::text, count(DISTINCT a.paragraph_id)::int
  FROM a JOIN annotation_codes ac ON ac.annotation_id = a.id JOIN codes c ON c.id = ac.code_id
  GROUP BY 1, 2, 3
$$;

-- Marks statements stale. ON CONFLICT DO UPDATE (not DO NOTHING) takes the row's lock, so that a refresh that has
-- already taken a statement waits for this transaction rather than keep counts it cannot see (and the other way round).
CREATE FUNCTION verbatim_mark_statement_facets_stale(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO statement_facets_stale (statement_id)
  -- A statement deleted in this very SQL statement (its annotations went with it) has nothing left to count.
  SELECT DISTINCT marked.sid FROM unnest(ids) AS marked(sid) WHERE EXISTS (SELECT 1 FROM statements s WHERE s.id = marked.sid)
  ORDER BY 1
  ON CONFLICT (statement_id) DO UPDATE SET marked_at = EXCLUDED.marked_at
$$;

-- Counts up to `max_statements` stale statements again, taking only those no other refresh holds; returns how many.
CREATE FUNCTION verbatim_refresh_statement_facets(max_statements integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  SELECT array_agg(statement_id) INTO ids FROM (
    SELECT statement_id FROM statement_facets_stale ORDER BY marked_at, statement_id LIMIT max_statements FOR UPDATE SKIP LOCKED
  ) picked;
  IF ids IS NULL THEN
    RETURN 0;
  END IF;
  DELETE FROM statement_facets_stale WHERE statement_id = ANY(ids);
  DELETE FROM statement_facets WHERE statement_id = ANY(ids);
  INSERT INTO statement_facets (statement_id, facet, value, paragraphs) SELECT * FROM verbatim_statement_facet_rows(ids);
  RETURN cardinality(ids);
END
$$;

-- The triggers: once per SQL statement (a merge of a code on 100,000 annotations marks each statement once), from
-- the transition tables of the rows it changed.
CREATE FUNCTION verbatim_annotations_mark_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM verbatim_mark_statement_facets_stale(ARRAY(SELECT DISTINCT statement_id FROM changed_new));
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM verbatim_mark_statement_facets_stale(ARRAY(SELECT DISTINCT statement_id FROM changed_old));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER annotations_facets_insert AFTER INSERT ON annotations
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION verbatim_annotations_mark_facets();
CREATE TRIGGER annotations_facets_update AFTER UPDATE ON annotations
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION verbatim_annotations_mark_facets();
CREATE TRIGGER annotations_facets_delete AFTER DELETE ON annotations
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION verbatim_annotations_mark_facets();

CREATE FUNCTION verbatim_annotation_codes_mark_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM verbatim_mark_statement_facets_stale(ARRAY(
      SELECT DISTINCT a.statement_id FROM changed_new n JOIN annotations a ON a.id = n.annotation_id));
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    -- An annotation deleted with its codes is gone here; its own trigger marked its statement.
    PERFORM verbatim_mark_statement_facets_stale(ARRAY(
      SELECT DISTINCT a.statement_id FROM changed_old o JOIN annotations a ON a.id = o.annotation_id));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER annotation_codes_facets_insert AFTER INSERT ON annotation_codes
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION verbatim_annotation_codes_mark_facets();
CREATE TRIGGER annotation_codes_facets_update AFTER UPDATE ON annotation_codes
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION verbatim_annotation_codes_mark_facets();
CREATE TRIGGER annotation_codes_facets_delete AFTER DELETE ON annotation_codes
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION verbatim_annotation_codes_mark_facets();

CREATE FUNCTION verbatim_paragraphs_mark_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM verbatim_mark_statement_facets_stale(ARRAY(SELECT DISTINCT statement_id FROM changed_new));
  RETURN NULL;
END
$$;
CREATE TRIGGER paragraphs_facets_insert AFTER INSERT ON paragraphs
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION verbatim_paragraphs_mark_facets();

CREATE FUNCTION verbatim_statements_mark_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM verbatim_mark_statement_facets_stale(ARRAY[NEW.id]);
  RETURN NULL;
END
$$;
CREATE TRIGGER statements_facets_revision AFTER UPDATE OF current_revision ON statements
  FOR EACH ROW WHEN (OLD.current_revision IS DISTINCT FROM NEW.current_revision) EXECUTE FUNCTION verbatim_statements_mark_facets();

-- Statements already here are counted now.
INSERT INTO statement_facets (statement_id, facet, value, paragraphs)
  SELECT * FROM verbatim_statement_facet_rows(ARRAY(SELECT id FROM statements));
ANALYZE "statement_facets";
