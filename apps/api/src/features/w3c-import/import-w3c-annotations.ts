import type { W3cImportBody, W3cImportReport, W3cImportSkipCode } from "@verbatim/contract";
import { fromW3cAnnotation, type ParsedW3cAnnotation } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError, forbidden } from "../../http/app-error.ts";
import { presentAnnotationFor } from "../annotations/annotation-for-viewer.ts";
import { canCreateAnnotation } from "../annotations/annotation-policy.ts";
import { knownTargetsOf } from "../annotations/validate-attributes.ts";
import { alreadyImported, irisOf, MAX_SOURCE_ID } from "./import-w3c-duplicates.ts";
import { w3cImportItems } from "./import-w3c-items.ts";
import { prepareW3cImport, type PreparedImport } from "./import-w3c-prepare.ts";
import { importStatements } from "./import-w3c-statements.ts";
import { isSourceIdClash, writeW3cImport } from "./import-w3c-write.ts";

export interface ImportW3cOptions {
  actor: Actor;
  body: W3cImportBody;
  /** A statement slug that takes every annotation, whatever their sources say. */
  statement?: string | undefined;
}

type Skipped = W3cImportReport["skipped"][number];

/** Skips that say the input is not Web Annotations at all, rather than annotations that do not fit. */
const NOT_W3C = new Set<W3cImportSkipCode>(["not_an_object", "not_an_annotation", "no_anchor"]);

function parseAll(items: unknown[]): { parsed: { index: number; json: unknown; p: ParsedW3cAnnotation }[]; skipped: Skipped[] } {
  const parsed: { index: number; json: unknown; p: ParsedW3cAnnotation }[] = [];
  const skipped: Skipped[] = [];
  for (const [index, json] of items.entries()) {
    const read = fromW3cAnnotation(json);
    if (!read.ok) skipped.push({ index, id: null, code: read.error.code, message: read.error.message });
    else if (read.value.id !== null && read.value.id.length > MAX_SOURCE_ID) {
      skipped.push({ index, id: null, code: "invalid_id", message: `an annotation's id is at most ${MAX_SOURCE_ID} characters` });
    } else parsed.push({ index, json, p: read.value });
  }
  return { parsed, skipped };
}

/** The target a cross-reference names, read in one go for the whole import rather than once per annotation. */
function crossReferenceTarget(p: ParsedW3cAnnotation): string[] {
  const target = (p.attributes as { target?: unknown } | null)?.target;
  return p.kind === "cross-reference" && typeof target === "string" ? [target] : [];
}

async function runImport(db: Db, opts: ImportW3cOptions): Promise<W3cImportReport> {
  const { workspaceId, userId } = opts.actor;
  const { parsed, skipped } = parseAll(w3cImportItems(opts.body));
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
  const rows: PreparedImport[] = [];
  let duplicates = 0;
  for (const { index, json, p } of parsed) {
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
    const prepared = await prepareW3cImport(db, { json, into, workspaceId, authorId: userId, known: targets });
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
  const annotations = await writeW3cImport(db, { workspaceId, actorId: userId, prepared: rows });
  const reanchored = rows.filter((r) => r.reanchored).length;
  return { imported: annotations.length, reanchored, duplicates, skipped, annotations: annotations.map(presentAnnotationFor(opts.actor)) };
}

/**
 * Imports W3C Web Annotations into the workspace's statements as new, proposed annotations of the
 * importing user. Each is placed by its positions, or by its quote when they no longer fit; one already
 * imported (same source ID) is a duplicate; one that cannot be placed or checked is skipped with a code.
 */
export async function importW3cAnnotations(db: Db, opts: ImportW3cOptions): Promise<W3cImportReport> {
  if (!canCreateAnnotation(opts.actor)) throw forbidden();
  try {
    return await runImport(db, opts);
  } catch (e) {
    // A concurrent import of the same file committed first; run again, and its rows are duplicates.
    if (isSourceIdClash(e)) return runImport(db, opts);
    throw e;
  }
}
