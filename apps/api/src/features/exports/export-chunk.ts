/**
 * Bodies hand on text in pieces of about this many characters: at most 120 KB even as two-byte text, under
 * V8's regular object size (128 KB). A bigger string lives in large-object space, which only a full
 * collection frees; pieces of a whole batch (a megabyte or more) raised the API's peak RSS by about a
 * hundred megabytes in the export benchmark.
 */
export const CHUNK_CHARS = 60_000;
