import { z } from "zod";
import { Uuid } from "./common.ts";

/** A `.qdc` import takes the file alone, as multipart/form-data in the field `file`: no other form fields. */
export const QdcImportUpload = z.strictObject({});

/** Why a code of the file was not imported. */
export const QDC_SKIP_REASONS = ["invalid_name", "text_too_long", "duplicate"] as const;

/**
 * What importing a REFI-QDA codebook did. `created`: codes the codebook lacked, made active (or deprecated where the
 * file says so) in the file's hierarchy; `matched`: codes the codebook already had by name (case, spaces and
 * punctuation aside), kept as they are but for a definition filled in where theirs was empty; `skipped`: codes left
 * out, with why (a name empty or over 60 characters, a definition or guidance over 4,000, a name the file repeats).
 * `undo` is a token for POST /api/codebook/undo/:token, which removes the codes made and empties the definitions filled.
 */
export const QdcImportResult = z.object({
  created: z.number().int(),
  matched: z.number().int(),
  skipped: z.array(z.object({ name: z.string(), reason: z.enum(QDC_SKIP_REASONS) })),
  undo: Uuid,
});
export type QdcImportResult = z.infer<typeof QdcImportResult>;
