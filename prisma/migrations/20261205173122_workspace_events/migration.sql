-- AlterTable
ALTER TABLE "events" ALTER COLUMN "statement_id" DROP NOT NULL;

-- A workspace's own events (the codebook's) have no statement. A statement's stream reads them beside its own through
-- the same index (statement_id, tx_id, id): a B-tree keeps NULLs, so "statement_id IS NULL" is a range of it.
