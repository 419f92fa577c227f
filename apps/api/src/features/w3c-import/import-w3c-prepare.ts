import { randomUUID } from "node:crypto";
import { Labels, NoteInput, TiptapDoc, type W3cImportSkipCode } from "@verbatim/contract";
import type { AnnotationAnchor, ParsedW3cAnnotation, TextQuote } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import { assertStorableText } from "../../http/storable-text.ts";
import type { ImportCredit } from "./import-w3c-credit.ts";
import { sourceIriOf } from "./import-w3c-duplicates.ts";
import type { ImportRow } from "./import-w3c-sql.ts";
import type { ImportStatement } from "./import-w3c-statements.ts";
import type { W3cRead } from "./read-w3c-task.ts";
import { noteFields } from "../annotations/note-fields.ts";
import { type KnownTargets, validateAttributes } from "../annotations/validate-attributes.ts";

export interface ImportSkip {
  code: W3cImportSkipCode;
  message: string;
}

/**
 * What an imported annotation was where it came from; its history keeps it whether or not the import kept its
 * creator and status (`kept`, see import-w3c-credit.ts).
 */
export interface ImportOrigin {
  id: string | null;
  creator: ParsedW3cAnnotation["author"];
  createdAt: string | null;
  updatedAt: string | null;
  status: string | null;
  version: number | null;
  revision: number | null;
  source: string | null;
  anchoredBy: string | null;
  /** Where the source had it after its own revisions (verbatim:anchor), when it says. */
  anchor: AnnotationAnchor | null;
  kept: boolean;
}

export interface PreparedImport {
  row: ImportRow;
  reanchored: boolean;
  origin: ImportOrigin;
}

/**
 * How a placed annotation stands here: fuzzy when only an approximate match placed it (its quote as written kept
 * for a person to compare), or when the source itself had it fuzzy and nobody had confirmed it yet; else anchored.
 */
function anchorOf(p: ParsedW3cAnnotation): { anchorState: "anchored" | "fuzzy"; previousQuote: TextQuote | null } {
  if (p.anchoredBy === "fuzzy") return { anchorState: "fuzzy", previousQuote: p.sourceQuote };
  if (p.anchor?.state === "fuzzy") return { anchorState: "fuzzy", previousQuote: p.anchor.previousQuote ?? null };
  return { anchorState: "anchored", previousQuote: null };
}

export type Prepared = { ok: true; value: PreparedImport } | { ok: false; skip: ImportSkip };

const skip = (code: W3cImportSkipCode, message: string): Prepared => ({ ok: false, skip: { code, message } });
const firstIssue = (error: { issues: { path: PropertyKey[]; message: string }[] }): string => {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join(".") || "value"}: ${issue.message}` : "invalid";
};

/** Entities in HTML bodies and %-escapes in IRIs can decode to characters PostgreSQL does not store. */
function storable(value: unknown): boolean {
  try {
    assertStorableText(value);
    return true;
  } catch {
    return false;
  }
}
const UNSTORABLE = "must not hold U+0000 or an unpaired surrogate";

function attributeProblem(e: AppError): string {
  const details = e.details as { issues?: { path: string; message: string }[] } | null;
  const issues = details?.issues?.map((i) => `${i.path || "attributes"}: ${i.message}`) ?? [];
  return issues.length > 0 ? `${e.message} (${issues.join("; ")})` : e.message;
}

/** The note as create stores it: the rich document when it is one the note editor can hold, else the plain text. */
function importNote(p: ParsedW3cAnnotation): ReturnType<typeof noteFields> | ImportSkip {
  const doc = p.noteDoc === null ? null : TiptapDoc.safeParse(p.noteDoc);
  if (doc?.success) return noteFields(doc.data);
  const plain = NoteInput.safeParse(p.note);
  return plain.success ? noteFields(plain.data as string | null) : { code: "invalid_note", message: `note ${firstIssue(plain.error)}` };
}

/**
 * Turns one Web Annotation, as read and placed in the statement's blocks (read-w3c-task.ts), into a row for the
 * statement, with kind, attributes, labels and note checked by the rules create applies, credited as `credit` says.
 */
export async function prepareW3cImport(
  db: Db,
  opts: { read: W3cRead; into: ImportStatement; workspaceId: string; credit: ImportCredit; known: KnownTargets },
): Promise<Prepared> {
  const { statement } = opts.into;
  const { read } = opts;
  if (!read.ok) return skip(read.error.code, read.error.message);
  const p = read.value;
  if (p.kind === null)
    return skip("unknown_kind", "no kind: give verbatim:kind or a classifying body naming position, commitment or cross-reference");
  if (p.target === null || p.quote === null)
    return skip("not_anchored", `the quoted passage was not found in the current text of ${statement.slug}`);

  let attributes: Record<string, unknown>;
  try {
    attributes = await validateAttributes(db, opts.workspaceId, p.kind, p.attributes, opts.known);
  } catch (e) {
    if (e instanceof AppError && e.code === "invalid_attributes") return skip("invalid_attributes", attributeProblem(e));
    throw e;
  }
  if (!storable(attributes)) return skip("invalid_attributes", `attributes ${UNSTORABLE}`);
  const labels = Labels.safeParse(p.labels);
  if (!labels.success) return skip("invalid_labels", `labels ${firstIssue(labels.error)}`);
  if (!storable(labels.data)) return skip("invalid_labels", `labels ${UNSTORABLE}`);
  const note = importNote(p);
  if (note && "code" in note) return skip(note.code, note.message);
  if (!storable(note)) return skip("invalid_note", `the note ${UNSTORABLE}`);

  return {
    ok: true,
    value: {
      row: {
        id: randomUUID(),
        workspaceId: opts.workspaceId,
        statementId: statement.id,
        revision: statement.currentRevision,
        kind: p.kind,
        target: p.target,
        quote: p.quote,
        attributes,
        labels: labels.data,
        noteText: note?.noteText ?? null,
        noteRich: note?.noteRich ?? null,
        authorId: opts.credit.authorId,
        status: opts.credit.status,
        ...anchorOf(p),
        sourceId: sourceIriOf(p),
      },
      reanchored: p.codePoints !== null && p.anchoredBy !== "position",
      origin: {
        id: p.id,
        creator: p.author,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
        status: p.status,
        version: p.version,
        revision: p.revision,
        source: p.source,
        anchoredBy: p.anchoredBy,
        anchor: p.anchor,
        kept: opts.credit.kept,
      },
    },
  };
}
