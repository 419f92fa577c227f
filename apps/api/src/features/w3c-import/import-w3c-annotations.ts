import type { W3cImportBody, W3cImportReport, W3cImportSkipCode } from "@verbatim/contract";
import type { ParsedW3cAnnotation, TextBlock } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { isRevisionChanged } from "../../db/revision-changed.ts";
import { AppError, forbidden } from "../../http/app-error.ts";
import { presentAnnotationFor } from "../annotations/annotation-for-viewer.ts";
import { canCreateAnnotation } from "../annotations/annotation-policy.ts";
import { knownTargetsOf } from "../annotations/validate-attributes.ts";
import { importCredit } from "./import-w3c-credit.ts";
import { alreadyImported, irisOf, MAX_SOURCE_ID } from "./import-w3c-duplicates.ts";
import type { WorkPool } from "../../work/work-pool.ts";
import { w3cImportItems } from "./import-w3c-items.ts";
import { prepareW3cImport, type PreparedImport } from "./import-w3c-prepare.ts";
import { type ImportStatement, importStatements } from "./import-w3c-statements.ts";
import { isSourceIdClash, writeW3cImport } from "./import-w3c-write.ts";
import type { W3cRead } from "./read-w3c-task.ts";

export interface ImportW3cOptions {
  actor: Actor;
  /** Reading and placing the annotations runs on its threads. */
  work: WorkPool;
  body: W3cImportBody;
  /** A statement slug that takes every annotation, whatever their sources say. */
  statement?: string | undefined;
}

type Skipped = W3cImportReport["skipped"][number];

/** Skips that say the input is not Web Annotations at all, rather than annotations that do not fit. */
const NOT_W3C = new Set<W3cImportSkipCode>(["not_an_object", "not_an_annotation", "no_anchor"]);

/** Annotations handed to one thread task: finding a quote fuzzily costs up to tens of ms, so a task stays well in budget. */
const ANCHOR_BATCH = 100;
/** Tasks of one import in flight at once, so that an import takes its turn on the pool rather than filling its queue. */
const ANCHOR_TASKS_AT_ONCE = 2;

type Parsed = { index: number; json: unknown; p: ParsedW3cAnnotation };

async function parseAll(work: WorkPool, items: unknown[]): Promise<{ parsed: Parsed[]; skipped: Skipped[] }> {
  const parsed: Parsed[] = [];
  const skipped: Skipped[] = [];
  const reads = await inBatches(items, (batch) => work.run("readW3cItems", { items: batch }));
  for (const [index, read] of reads.entries()) {
    const json = items[index];
    if (!read.ok) skipped.push({ index, id: null, code: read.error.code, message: read.error.message });
    else if (read.value.id !== null && read.value.id.length > MAX_SOURCE_ID) {
      skipped.push({ index, id: null, code: "invalid_id", message: `an annotation's id is at most ${MAX_SOURCE_ID} characters` });
    } else parsed.push({ index, json, p: read.value });
  }
  return { parsed, skipped };
}

/** Runs `task` over `items` in batches of ANCHOR_BATCH, a few at a time, and returns its results in the items' order. */
async function inBatches<T, R>(items: readonly T[], task: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += ANCHOR_BATCH) batches.push(items.slice(i, i + ANCHOR_BATCH));
  const results: R[][] = new Array<R[]>(batches.length);
  let next = 0;
  const runner = async () => {
    for (let i = next++; i < batches.length; i = next++) results[i] = await task(batches[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(ANCHOR_TASKS_AT_ONCE, batches.length) }, runner));
  return results.flat();
}

/** Places each annotation in its statement's blocks, on the pool's threads. */
function anchorAll(work: WorkPool, placements: { json: unknown; into: ImportStatement }[]): Promise<W3cRead[]> {
  const blocks: Record<string, TextBlock[]> = {};
  for (const { into } of placements) blocks[into.statement.id] = into.blocks;
  return inBatches(placements, (batch) => {
    const ids = new Set(batch.map(({ into }) => into.statement.id));
    const batchBlocks = Object.fromEntries([...ids].map((id) => [id, blocks[id]!]));
    return work.run("anchorW3cItems", {
      items: batch.map(({ json, into }) => ({ json, statementId: into.statement.id })),
      blocks: batchBlocks,
    });
  });
}

/** The target a cross-reference names, read in one go for the whole import rather than once per annotation. */
function crossReferenceTarget(p: ParsedW3cAnnotation): string[] {
  const target = (p.attributes as { target?: unknown } | null)?.target;
  return p.kind === "cross-reference" && typeof target === "string" ? [target] : [];
}

async function runImport(db: Db, opts: ImportW3cOptions): Promise<W3cImportReport> {
  const { workspaceId } = opts.actor;
  const { parsed, skipped } = await parseAll(opts.work, w3cImportItems(opts.body));
  const creditOf = await importCredit(db, { actor: opts.actor, parsed: parsed.map(({ p }) => p) });
  const statementOf = await importStatements(db, { workspaceId, slug: opts.statement, hints: parsed.map(({ p }) => p) });
  const known = await alreadyImported(
    db,
    workspaceId,
    parsed.flatMap(({ p }) => irisOf(p)),
  );
  const targets = await knownTargetsOf(
    db,
    workspaceId,
    parsed.flatMap(({ p }) => crossReferenceTarget(p)),
  );
  const placements: (Parsed & { into: ImportStatement })[] = [];
  let duplicates = 0;
  for (const item of parsed) {
    const { index, p } = item;
    if (irisOf(p).some((iri) => known.has(iri))) {
      duplicates += 1;
      continue;
    }
    const into = await statementOf(p);
    if (!into) {
      const where = p.source ? `its target's source ${p.source}` : "it names no source";
      skipped.push({
        index,
        id: p.id,
        code: "unknown_statement",
        message: `no statement of this workspace matches: ${where}; name one with ?statement=slug`,
      });
      continue;
    }
    placements.push({ ...item, into });
  }
  const anchored = await anchorAll(opts.work, placements);
  const rows: PreparedImport[] = [];
  for (const [i, { index, p, into }] of placements.entries()) {
    // A second copy in the same file is a duplicate only once the first was imported.
    if (irisOf(p).some((iri) => known.has(iri))) {
      duplicates += 1;
      continue;
    }
    const prepared = await prepareW3cImport(db, { read: anchored[i]!, into, workspaceId, credit: creditOf(p), known: targets });
    if (!prepared.ok) {
      skipped.push({ index, id: p.id, ...prepared.skip });
      continue;
    }
    rows.push(prepared.value);
    for (const iri of irisOf(p)) known.add(iri);
  }
  skipped.sort((a, b) => a.index - b.index);
  if (rows.length === 0 && duplicates === 0 && skipped.length > 0 && skipped.every((s) => NOT_W3C.has(s.code))) {
    throw new AppError("invalid_content", "the body holds no W3C Web Annotations with a target to place", { skipped });
  }
  const annotations = await writeW3cImport(db, { actor: opts.actor, prepared: rows });
  return {
    imported: annotations.length,
    reanchored: rows.filter((r) => r.reanchored).length,
    fuzzy: rows.filter((r) => r.row.anchorState === "fuzzy").length,
    credited: rows.filter((r) => r.origin.kept).length,
    duplicates,
    skipped,
    annotations: annotations.map(presentAnnotationFor(opts.actor)),
  };
}

/**
 * Imports W3C Web Annotations into the workspace's statements as new annotations: the importing user's and proposed,
 * unless a reviewer or admin imports annotations whose creator is a member here, which keep their creator and review
 * status (import-w3c-credit.ts). Each is placed by its positions, or by its quote when they no longer fit (marked
 * fuzzy when only an approximate match placed it); one already imported (same source ID) is a duplicate; one that
 * cannot be placed or checked is skipped with a code.
 */
export async function importW3cAnnotations(db: Db, opts: ImportW3cOptions): Promise<W3cImportReport> {
  if (!canCreateAnnotation(opts.actor)) throw forbidden();
  try {
    return await runImport(db, opts);
  } catch (e) {
    // A concurrent import of the same file committed first; run again, and its rows are duplicates. Or a revision
    // landed while these were placed in the text it replaced (the database refuses them): place them again in the new
    // one. Once: a second clash answers 409 revision_changed.
    if (isSourceIdClash(e) || isRevisionChanged(e)) return runImport(db, opts);
    throw e;
  }
}
