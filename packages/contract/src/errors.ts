import { z } from "zod";

export const ERROR_STATUS = {
  invalid_json: 400,
  validation_failed: 400,
  /** A search whose query is empty and that names no filter. */
  query_empty: 400,
  /** A search query over 500 characters. */
  query_too_long: 400,
  /** Log-out with an API token: it ends a browser session; a token is revoked with DELETE /api/tokens/:id. */
  not_a_session: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  setup_required: 403,
  not_found: 404,
  version_conflict: 409,
  /** A write made against a revision of the statement that is no longer the current one: re-read it and try again. */
  revision_changed: 409,
  conflict: 409,
  setup_done: 409,
  /** An invitation link that was used, revoked or has expired. */
  invitation_unusable: 409,
  /** A change that would leave the workspace without an admin. */
  last_admin: 409,
  /** An email that already belongs to a user (sign in to accept the invitation instead). */
  email_taken: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_target: 422,
  invalid_attributes: 422,
  invalid_content: 422,
  /** A revision whose text is exactly the current one's. */
  no_changes: 422,
  /** A mention of someone who is not a member of the workspace. */
  invalid_mention: 422,
  /** An Idempotency-Key sent again with a different request (draft-ietf-httpapi-idempotency-key-header). */
  idempotency_key_reused: 422,
  /** An assignee who is not a member with a role for the task (analyst and up to tag, reviewer and up to review). */
  invalid_assignee: 422,
  /** A placement of an annotation that is not waiting for one (anchored; or, to confirm, not fuzzy). */
  not_waiting: 422,
  /** Work past its budget of time or memory (a text too large or too convoluted to read in one request). */
  too_complex: 422,
  /** An uploaded file of a kind the import does not read (an image, a spreadsheet, a binary renamed .txt). */
  unsupported_file: 415,
  /** A Word file or PDF that cannot be read: truncated, corrupt, or over the size its parts may unpack to. */
  invalid_file: 422,
  /** A PDF with no text layer (a scan): OCR is not supported. */
  no_text_layer: 422,
  /** A PDF that needs a password. */
  encrypted_pdf: 422,
  /** An import preview's edit that does not fit the text it applies to (a block past the end, a date line with no date). */
  invalid_edit: 422,
  /** A record import of a text in which no meeting record's speaker turns were found. */
  not_a_record: 422,
  /** A code whose name (case, spaces and punctuation aside) another code of the same type already has: merge instead. */
  code_exists: 409,
  /** An undo token already used, or whose codes have changed since: nothing was undone. */
  undo_stale: 409,
  /** A parent code of another type, or one that would make the codebook's tree a loop. */
  invalid_parent: 422,
  /** A merge of a code into itself or into a code of another type. */
  invalid_merge: 422,
  rate_limited: 429,
  internal: 500,
  /** Every worker thread busy and the queue for them full: try again shortly (Retry-After). */
  server_busy: 503,
  /** The database cannot be reached at the moment (down, or restarting): the same request may succeed shortly. */
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

/**
 * What any endpoint may answer besides its own `errors`: every /api request passes the JSON body parser before its
 * route (a body is read whatever the method), a bug answers 500, and any request may find the database unavailable.
 */
export const GENERAL_ERRORS: readonly ErrorCode[] = [
  "invalid_json",
  "payload_too_large",
  "unsupported_media_type",
  "internal",
  "database_unavailable",
];

export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.unknown(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
