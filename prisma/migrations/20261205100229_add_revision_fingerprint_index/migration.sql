-- The duplicate check at import compares an import's paragraph hashes with every live statement's current revision;
-- its prefilter (`fingerprint @> group` for groups of the import's hashes, or `&&`) runs on this index, leaving only
-- the revisions that could hold most of the import's paragraphs.

-- CreateIndex
CREATE INDEX "revisions_fingerprint_idx" ON "revisions" USING GIN ("fingerprint");
