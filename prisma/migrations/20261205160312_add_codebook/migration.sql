-- CreateEnum
CREATE TYPE "CodeType" AS ENUM ('topic', 'label');

-- CreateEnum
CREATE TYPE "CodeStatus" AS ENUM ('active', 'deprecated', 'new');

-- CreateTable
CREATE TABLE "codes" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "type" "CodeType" NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "parent_id" UUID,
    "definition" TEXT,
    "guidance_use" TEXT,
    "guidance_avoid" TEXT,
    "colour" TEXT,
    "status" "CodeStatus" NOT NULL DEFAULT 'active',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annotation_codes" (
    "annotation_id" UUID NOT NULL,
    "code_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "annotation_codes_pkey" PRIMARY KEY ("annotation_id","code_id")
);

-- CreateTable
CREATE TABLE "code_changes" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "code_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "actor_id" UUID NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "annotations" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "code_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "codebook_undos" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "codes" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "codebook_undos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "codebook_undo_uses" (
    "id" BIGSERIAL NOT NULL,
    "undo_id" UUID NOT NULL,
    "annotation_id" UUID NOT NULL,
    "code_id" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "codebook_undo_uses_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "codes_parent_id_idx" ON "codes"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "codes_workspace_id_type_key_key" ON "codes"("workspace_id", "type", "key");

-- CreateIndex
CREATE INDEX "annotation_codes_code_id_annotation_id_idx" ON "annotation_codes"("code_id", "annotation_id");

-- CreateIndex
CREATE INDEX "code_changes_workspace_id_created_at_idx" ON "code_changes"("workspace_id", "created_at");

-- CreateIndex
CREATE INDEX "code_changes_code_id_created_at_idx" ON "code_changes"("code_id", "created_at");

-- CreateIndex
CREATE INDEX "codebook_undos_workspace_id_created_at_idx" ON "codebook_undos"("workspace_id", "created_at");

-- CreateIndex
CREATE INDEX "codebook_undo_uses_undo_id_annotation_id_idx" ON "codebook_undo_uses"("undo_id", "annotation_id");

-- AddForeignKey
ALTER TABLE "codes" ADD CONSTRAINT "codes_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "codes" ADD CONSTRAINT "codes_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "codes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "codes" ADD CONSTRAINT "codes_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation_codes" ADD CONSTRAINT "annotation_codes_annotation_id_fkey" FOREIGN KEY ("annotation_id") REFERENCES "annotations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotation_codes" ADD CONSTRAINT "annotation_codes_code_id_fkey" FOREIGN KEY ("code_id") REFERENCES "codes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "code_changes" ADD CONSTRAINT "code_changes_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "code_changes" ADD CONSTRAINT "code_changes_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "codebook_undos" ADD CONSTRAINT "codebook_undos_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "codebook_undos" ADD CONSTRAINT "codebook_undos_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "codebook_undo_uses" ADD CONSTRAINT "codebook_undo_uses_undo_id_fkey" FOREIGN KEY ("undo_id") REFERENCES "codebook_undos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The key a code's name is matched by, in one place: lower case (NFKC), without white space, hyphens, underscores
-- or punctuation, so "Cybercrime", "cyber crime" and "cyber-crime" are one code (a name of punctuation only keeps
-- it, lower-cased). The API looks codes up by it too.
CREATE FUNCTION code_key(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT coalesce(nullif(lower(regexp_replace(normalize(name, NFKC), '[[:space:]_.,;:!?''"()\[\]{}/\\&+*#|~`^<>=@$%·‐-―‘-‟…-]+', '', 'g')), ''), lower(normalize(name, NFKC)))
$fn$;

-- Every label and topic in use, or in the label vocabulary, becomes a code; spellings that share a key become one
-- code named by the most used spelling.
WITH spelled AS (
  SELECT a.workspace_id, 'label'::"CodeType" AS type, l.name, count(*) AS uses, min(a.created_at) AS first_used
  FROM annotations a CROSS JOIN LATERAL unnest(a.labels) AS l(name)
  GROUP BY 1, 2, 3
  UNION ALL
  SELECT workspace_id, 'label'::"CodeType", name, 0, created_at FROM labels
  UNION ALL
  SELECT a.workspace_id, 'topic'::"CodeType", t.name, count(*), min(a.created_at)
  FROM annotations a CROSS JOIN LATERAL jsonb_array_elements_text(
    CASE WHEN jsonb_typeof(a.attributes->'topics') = 'array' THEN a.attributes->'topics' ELSE '[]'::jsonb END) AS t(name)
  GROUP BY 1, 2, 3
),
totals AS (
  SELECT workspace_id, type, name, code_key(name) AS key, sum(uses) AS uses, min(first_used) AS first_used
  FROM spelled GROUP BY 1, 2, 3
)
INSERT INTO codes (id, workspace_id, type, name, key, status, created_at, updated_at)
SELECT DISTINCT ON (workspace_id, type, key) gen_random_uuid(), workspace_id, type, name, key, 'active', first_used, now()
FROM totals
ORDER BY workspace_id, type, key, uses DESC, name;

INSERT INTO annotation_codes (annotation_id, code_id, position)
SELECT a.id, c.id, l.position - 1
FROM annotations a CROSS JOIN LATERAL unnest(a.labels) WITH ORDINALITY AS l(name, position)
JOIN codes c ON c.workspace_id = a.workspace_id AND c.type = 'label' AND c.key = code_key(l.name)
ON CONFLICT DO NOTHING;

INSERT INTO annotation_codes (annotation_id, code_id, position)
SELECT a.id, c.id, t.position - 1
FROM annotations a CROSS JOIN LATERAL jsonb_array_elements_text(
  CASE WHEN jsonb_typeof(a.attributes->'topics') = 'array' THEN a.attributes->'topics' ELSE '[]'::jsonb END)
  WITH ORDINALITY AS t(name, position)
JOIN codes c ON c.workspace_id = a.workspace_id AND c.type = 'topic' AND c.key = code_key(t.name)
ON CONFLICT DO NOTHING;

-- Topics now live in annotation_codes only: a rename must not leave an old name in the attributes.
UPDATE annotations SET attributes = attributes - 'topics' WHERE attributes ? 'topics';

-- DropForeignKey
ALTER TABLE "labels" DROP CONSTRAINT "labels_workspace_id_fkey";

-- AlterTable
ALTER TABLE "annotations" DROP COLUMN "labels";

-- DropTable
DROP TABLE "labels";

