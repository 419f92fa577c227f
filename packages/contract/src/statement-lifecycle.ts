import { z } from "zod";
import { UserRef } from "./auth.ts";
import { Uuid } from "./common.ts";
import { StatementMetadataInput, StatementSummary } from "./statements.ts";

/**
 * A metadata edit: `version` is the statement's version the editor saw (409 version_conflict when it moved on);
 * every other field is left as it is when absent and cleared by null (or an empty string). The title can be
 * changed but never cleared; the slug never changes.
 */
export const UpdateStatementRequest = z.strictObject({
  version: z.number().int().min(1),
  ...StatementMetadataInput,
  title: StatementMetadataInput.title.optional(),
});
export type UpdateStatementRequest = z.infer<typeof UpdateStatementRequest>;

/** The metadata fields a PATCH may change, in the order forms show them. */
export const STATEMENT_METADATA_FIELDS = [
  "title",
  "speaker",
  "delegation",
  "onBehalfOf",
  "forum",
  "meetingSymbol",
  "date",
  "language",
  "sourceUrl",
] as const satisfies readonly (keyof typeof StatementMetadataInput)[];
export type StatementMetadataField = (typeof STATEMENT_METADATA_FIELDS)[number];

/** What happened to a statement: its metadata edited, deleted, restored, or a new text added as a revision. */
export const StatementChangeAction = z.enum(["edited", "deleted", "restored", "revised"]);
export type StatementChangeAction = z.infer<typeof StatementChangeAction>;

/** The changed fields only, before and after (an edit); null where the action changes no field (delete, restore). */
const ChangedFields = z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable();

export const StatementChange = z.object({
  action: StatementChangeAction,
  actor: UserRef,
  at: z.string(),
  before: ChangedFields,
  after: ChangedFields,
});
export type StatementChange = z.infer<typeof StatementChange>;
/** A statement's history, newest first. */
export const StatementHistory = z.object({ items: z.array(StatementChange) });

/** A deleted statement, as the admins' list of them shows it: who deleted it and when. */
export const DeletedStatement = StatementSummary.extend({ deletedAt: z.string(), deletedBy: UserRef });
export type DeletedStatement = z.infer<typeof DeletedStatement>;
/** The workspace's deleted statements, most recently deleted first. */
export const DeletedStatementList = z.object({ items: z.array(DeletedStatement) });

/** What a statement's live event carries: enough for a reader to reload it (or to learn that it is gone). */
export const StatementEventSubject = z.object({ id: Uuid, slug: z.string(), version: z.number().int() });
