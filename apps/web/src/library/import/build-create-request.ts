import { CreateStatementRequest, type ImportEdit, StatementMetadataInput } from "@verbatim/contract";
import { z } from "zod";
import type { CreateStatementInput } from "../../queries/use-create-statement.ts";
import type { FieldErrors } from "../../lib/field-errors.ts";
import { fieldErrors } from "../../lib/field-errors.ts";
import { FIELD_MESSAGES, TEXT_MESSAGES } from "./field-messages.ts";
import type { ImportFormat } from "./guess-format.ts";
import { METADATA_FIELDS, type MetadataField, type MetadataValues } from "./metadata-fields.ts";

export interface ImportSource {
  format: ImportFormat;
  content: string;
}

/** The request body: metadata trimmed, empty fields left out (the API then fills them from the text's hints). */
export function buildCreateRequest(values: MetadataValues, source: ImportSource, edits: readonly ImportEdit[] = []): CreateStatementInput {
  const body: CreateStatementInput = { title: values.title.trim(), format: source.format, content: source.content };
  for (const field of METADATA_FIELDS) {
    const value = values[field].trim();
    if (field !== "title" && value) body[field] = value;
  }
  if (edits.length) body.edits = [...edits];
  return body;
}

const UploadMetadata = z.strictObject(StatementMetadataInput);

export type CheckedUpload =
  { ok: true; fields: Partial<Record<MetadataField, string>> } | { ok: false; fields: FieldErrors<MetadataField>; text: null };

/**
 * The metadata to send beside a file, checked as the JSON body's would be (the title is asked for here too, so the
 * analyst sees at once what the statement will be called): trimmed form fields, empty ones left out.
 */
export function checkUploadFields(values: MetadataValues): CheckedUpload {
  const fields: Partial<Record<MetadataField, string>> = {};
  for (const field of METADATA_FIELDS) {
    const value = values[field].trim();
    if (value) fields[field] = value;
  }
  const parsed = UploadMetadata.safeParse(fields);
  if (parsed.success) return { ok: true, fields };
  return { ok: false, fields: fieldErrors(parsed.error.issues, FIELD_MESSAGES), text: null };
}

export type CheckedRequest =
  { ok: true; body: CreateStatementInput } | { ok: false; fields: FieldErrors<MetadataField>; text: string | null };

/** Checks the body against the contract before sending it, so the analyst sees mistakes at once, per field. */
export function checkCreateRequest(body: CreateStatementInput): CheckedRequest {
  const parsed = CreateStatementRequest.safeParse(body);
  if (parsed.success) return { ok: true, body: parsed.data };
  const contentIssue = parsed.error.issues.find((i) => i.path[0] === "content" || i.path[0] === "format");
  const text = !contentIssue ? null : body.content.length === 0 ? TEXT_MESSAGES.empty : TEXT_MESSAGES.tooLong;
  return { ok: false, fields: fieldErrors(parsed.error.issues, FIELD_MESSAGES), text };
}
