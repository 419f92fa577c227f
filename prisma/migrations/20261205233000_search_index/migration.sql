-- Search everywhere (issue 17; apps/api/src/features/search/, docs/ARCHITECTURE.md "Search"). The database keeps the
-- index: each paragraph's search_vector is set by a trigger from its text in its statement's language, accents and
-- British spellings folded, and set again for every paragraph of a statement whose language changes. Nothing here is
-- described by prisma/schema.prisma except the column and its GIN index: extensions, text search configurations,
-- functions, triggers and the expression index on lower(text) are kept here only.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One configuration per language the corpus is written in, each its language's stemmer after unaccent ("Sécurité"
-- and "securite" meet); simple (no stemming, no stop words) for Arabic, Chinese and anything unknown.
CREATE TEXT SEARCH CONFIGURATION verbatim_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION verbatim_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION verbatim_french (COPY = french);
ALTER TEXT SEARCH CONFIGURATION verbatim_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION verbatim_spanish (COPY = spanish);
ALTER TEXT SEARCH CONFIGURATION verbatim_spanish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION verbatim_russian (COPY = russian);
ALTER TEXT SEARCH CONFIGURATION verbatim_russian ALTER MAPPING FOR hword, hword_part, word WITH unaccent, russian_stem;
CREATE TEXT SEARCH CONFIGURATION verbatim_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION verbatim_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- A statement's language (an ISO 639-1 code, "en" or "en-GB"; null when unknown) as its configuration.
CREATE FUNCTION verbatim_search_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lower(split_part(coalesce(language, ''), '-', 1))
    WHEN 'en' THEN 'verbatim_english'::regconfig
    WHEN 'fr' THEN 'verbatim_french'::regconfig
    WHEN 'es' THEN 'verbatim_spanish'::regconfig
    WHEN 'ru' THEN 'verbatim_russian'::regconfig
    ELSE 'verbatim_simple'::regconfig
  END
$$;

-- British spellings as American ones, applied to a paragraph's text before it is indexed and to a query before it is
-- parsed, so that "organised" finds "organized" and the reverse. An explicit list, whole words only (\m … \M), so
-- that "four", "your", "hour", "promise" or "exercise" are never touched; each rule is one alternation of literal stems
-- (no nested quantifiers: linear in the text). Letters are only replaced by letters, so words stay words and the
-- search's highlighter maps offsets back word by word (core's mapFoldedMatches). The rules:
--   -ise/-isation → -ize/-ization after the stems listed (organise, recognise, prioritise, civilisation, …);
--   -yse → -yze (analyse, paralyse, catalyse);
--   -our → -or after the stems listed (behaviour, colour, favour, honour, labour, neighbour, …; never four/your/hour);
--   -re → -er (centre, metre, litre, theatre, fibre, calibre, spectre, lustre), centred → centered;
--   -ence → -ense (defence, offence, licence, pretence); programme → program; judgement → judgment (and
--   acknowledgement, abridgement, lodgement); catalogue/analogue/dialogue → -og; ageing → aging;
--   doubled l → single (labelled, travelled, cancelled, modelled, signalled, fuelled, levelled, channelled, counsellor…);
--   single l → double (enrol, fulfil, instil, distil, enthral and their -s/-ment forms); skilful, wilful → skillful, willful.
CREATE FUNCTION verbatim_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(t,
      '\m(organ|real|recogn|author|civil|special|standard|character|priorit|util|minim|maxim|optim|mobil|stabil|neutral|normal|global|central|decentral|critic|emphas|apolog|legal|militar|demilitar|penal|crimin|decrimin|harmon|modern|national|international|privat|rational|final|formal|jeopard|legitim|marginal|monet|operational|politic|popular|summar|symbol|synchron|sympath|categor|commercial|democrat|digit|energ|equal|familiar|fertil|hospital|industrial|institutional|local|memor|mechan|moral|personal|polar|public|radical|revolution|scrutin|secular|social|steril|subsid|terror|theor|vandal|visual|vocal|stigmat|weapon|urban|liberal|immun|incentiv|human|colon|decolon|regular|sanit|synthes|hypothes|capital|econom|dramat|custom|agon|galvan|amort|monopol|patron|fossil)is(e|es|ed|ing|ation|ations|ational|er|ers|able)\M',
      '\1iz\2', 'gi'),
      '\m(anal|paral|catal)ys(e|es|ed|ing|er|ers)\M', '\1yz\2', 'gi'),
      '\m(behavi|col|fav|hon|harb|lab|neighb|hum|rum|vig|endeav|arm|flav|od|sav|parl|val|clam|ferv|rig|splend|tum)our(s|ed|ing|ite|ites|able|ably|ful|less|hood|hoods|er|ers|y|al|ist|ists)?\M',
      '\1or\2', 'gi'),
      '\m(cent|met|lit|theat|fib|calib|spect|lust)re(s)?\M', '\1er\2', 'gi'),
      '\m(cent)r(ed|ing)\M', '\1er\2', 'gi'),
      '\m(defen|offen|licen|preten)ce(s)?\M', '\1se\2', 'gi'),
      '\m(program)me(s)?\M', '\1\2', 'gi'),
      '\m(judg|acknowledg|abridg|lodg)ement(s)?\M', '\1ment\2', 'gi'),
      '\m(catal|anal|dial)ogue(s)?\M', '\1og\2', 'gi'),
      '\m(ag)eing\M', '\1ing', 'gi'),
      '\m(label|travel|cancel|model|signal|fuel|level|channel|counsel|tunnel|marshal|total|dial|equal|quarrel|rival|jewel)l(ed|ing|er|ers|or|ors)\M',
      '\1\2', 'gi'),
      '\m(enrol|fulfil|instil|distil|enthral)(s|ment|ments)?\M', '\1l\2', 'gi'),
      '\m(skil|wil)ful(ly|ness)?\M', '\1lful\2', 'gi'),
      '\m(practi)se(s|d)?\M', '\1ce\2', 'gi')
$$;

-- A paragraph's words as the index holds them, in configuration `config`.
CREATE FUNCTION verbatim_search_vector(config regconfig, t text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT to_tsvector(config, verbatim_fold(t))
$$;

ALTER TABLE "paragraphs" ADD COLUMN "search_vector" tsvector;

CREATE FUNCTION paragraphs_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := verbatim_search_vector(
    verbatim_search_config((SELECT s.language FROM statements s WHERE s.id = NEW.statement_id)), NEW.text);
  RETURN NEW;
END
$$;
CREATE TRIGGER paragraphs_search_vector BEFORE INSERT OR UPDATE OF text, statement_id ON "paragraphs"
  FOR EACH ROW EXECUTE FUNCTION paragraphs_search_vector();

-- A statement's language decides how each of its paragraphs is indexed: a new language indexes them again.
CREATE FUNCTION statements_search_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE paragraphs SET search_vector = verbatim_search_vector(verbatim_search_config(NEW.language), text)
  WHERE statement_id = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER statements_search_language AFTER UPDATE OF language ON "statements"
  FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language) EXECUTE FUNCTION statements_search_language();

UPDATE "paragraphs" p SET search_vector = verbatim_search_vector(verbatim_search_config(s.language), p.text)
FROM "statements" s WHERE s.id = p.statement_id;

CREATE INDEX "paragraphs_search_vector_idx" ON "paragraphs" USING GIN ("search_vector");
-- Terms with a digit, / or . (74/247, S/PV.9500) match as case-insensitive substrings: LIKE on lower(text).
CREATE INDEX "paragraphs_text_trgm_idx" ON "paragraphs" USING GIN (lower("text") gin_trgm_ops);
