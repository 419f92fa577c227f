import { type Comment, type CommentNode, relabelMentions } from "@verbatim/contract";
import { z } from "zod";
import type { Viewer } from "../../auth/actor.ts";
import { isStoredRecordOf, readStoredRecord, StoredPerson as Person } from "../../db/stored-record.ts";
import { commentAbilities } from "./comment-policy.ts";

/**
 * A comment as an event's payload keeps it: a domain record with a schema version (see db/stored-record.ts),
 * presented when read by presentCommentRecord. A change of shape bumps COMMENT_RECORD_SCHEMA and teaches
 * readCommentRecord the older one.
 */
export const COMMENT_RECORD_SCHEMA = 1;

const CommentRecordV1 = z.object({
  id: z.string(),
  annotationId: z.string(),
  statementId: z.string(),
  statementSlug: z.string(),
  parentId: z.string().nullable(),
  author: Person,
  bodyText: z.string(),
  /** The Tiptap document as stored; mentions are labelled from `mentions` when presented. */
  bodyRich: z.unknown(),
  /** The members it mentions, with their names when it was written. */
  mentions: z.array(Person),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deleted: z.boolean(),
});
export type CommentRecord = z.infer<typeof CommentRecordV1>;

/** Payloads from before records were versioned are the API's comment object of their day. */
const PresentedCommentV0 = CommentRecordV1.omit({ bodyText: true, bodyRich: true }).extend({
  body: z.string(),
  bodyDoc: z.unknown(),
});

export const storedCommentRecord = (c: CommentRecord) => ({ schema: COMMENT_RECORD_SCHEMA, ...c });

/** A stored comment record of any schema this code knows; null for what is not one. */
export function readCommentRecord(stored: unknown): CommentRecord | null {
  if (!isStoredRecordOf(stored, COMMENT_RECORD_SCHEMA)) return null;
  if ("bodyText" in stored) return readStoredRecord(stored, COMMENT_RECORD_SCHEMA, CommentRecordV1);
  const old = PresentedCommentV0.safeParse(stored);
  if (!old.success) return null;
  const { body, bodyDoc, ...rest } = old.data;
  return { ...rest, bodyText: body, bodyRich: bodyDoc };
}

/** A comment as the API shows it to `viewer`; a deleted one keeps its place and author but not its words. */
export const presentCommentRecord =
  (viewer: Viewer) =>
  (c: CommentRecord): Comment => {
    const names = new Map(c.mentions.map((m) => [m.id, m.name]));
    return {
      id: c.id,
      annotationId: c.annotationId,
      statementId: c.statementId,
      statementSlug: c.statementSlug,
      parentId: c.parentId,
      author: c.author,
      body: c.deleted ? "" : c.bodyText,
      bodyDoc: c.deleted ? null : (relabelMentions(c.bodyRich as CommentNode, (id) => names.get(id)) as Comment["bodyDoc"]),
      mentions: c.deleted ? [] : c.mentions,
      version: c.version,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      deleted: c.deleted,
      can: commentAbilities(viewer, c.author.id),
    };
  };
