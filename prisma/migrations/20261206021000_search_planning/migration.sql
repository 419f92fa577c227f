-- The search's plans (issue 17, found by `npm run bench -- corpus`). The search matches a paragraph through one arm
-- per text search configuration, `verbatim_search_config(s.language) = 'verbatim_english'` and so on, so that each arm
-- can read the GIN index with a constant query. Without statistics on that expression the planner guessed each arm held
-- a fortieth of the statements (124 of 5,000, where all 5,000 were English), chose to walk every statement's
-- paragraphs and tested each one's vector: seconds where the index answers in milliseconds.
--
-- Statistics on the expression need ANALYZE to evaluate the function, and ANALYZE (PostgreSQL 17 on) runs with a
-- search_path of pg_catalog alone, where an unqualified 'verbatim_english'::regconfig is not found. The function is
-- made again with its configurations named in the schema they were created in, still plain SQL so that it is inlined.
DO $$
BEGIN
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION verbatim_search_config(language text) RETURNS regconfig
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
      SELECT CASE lower(split_part(coalesce(language, ''), '-', 1))
        WHEN 'en' THEN %1$L::regconfig
        WHEN 'fr' THEN %2$L::regconfig
        WHEN 'es' THEN %3$L::regconfig
        WHEN 'ru' THEN %4$L::regconfig
        ELSE %5$L::regconfig
      END
    $body$
  $f$,
    quote_ident(current_schema()) || '.verbatim_english',
    quote_ident(current_schema()) || '.verbatim_french',
    quote_ident(current_schema()) || '.verbatim_spanish',
    quote_ident(current_schema()) || '.verbatim_russian',
    quote_ident(current_schema()) || '.verbatim_simple');
END
$$;

CREATE STATISTICS "statements_search_config_stats" ON (verbatim_search_config(language)) FROM "statements";
ANALYZE "statements";

-- A hit's annotations (the facets and the results' chips read the live annotations on a paragraph of a statement):
-- by statement and paragraph, live ones only. Partial, so Prisma's schema cannot describe it; it is kept here only
-- (as annotations_workspace_id_suggestion_rule_idx is).
CREATE INDEX "annotations_statement_id_paragraph_id_live_idx" ON "annotations" ("statement_id", "paragraph_id")
  WHERE "deleted_at" IS NULL;
