import { type Endpoint, write } from "./endpoint.ts";
import * as I from "./imports.ts";
import { JobResponse } from "./jobs.ts";
import * as S from "./statements.ts";

/** What reading an uploaded file can refuse. */
export const fileErrors = ["unsupported_file", "invalid_file", "no_text_layer", "encrypted_pdf"] as const;

/** Importing: the preview of a text or a file, and a meeting record's turns as statements (createStatement is the statements'). */
export const importEndpoints = {
  previewImport: {
    method: "post",
    path: "/api/imports/preview",
    summary:
      "What an import would create, with the preview's edits applied: paragraphs, dropped lines, metadata found, repaired " +
      "lines, footnotes, a meeting record's speaker turns, and the live statements whose current text it repeats " +
      "(identical, or most paragraphs the same), best first, at most five. Takes JSON text, or a file (text, Markdown, " +
      "HTML, Word .docx, PDF) as multipart/form-data",
    access: "analyst",
    body: S.PreviewImportRequest,
    upload: I.PreviewImportUpload,
    response: I.ImportPreview,
    status: 200,
    errors: [...write, ...fileErrors, "invalid_content", "invalid_edit", "too_complex", "server_busy"],
  },
  importRecord: {
    method: "post",
    path: "/api/imports/record",
    summary:
      "Import a meeting record's speaker turns (all, or the chosen ones with their metadata changed) as one statement each, " +
      "with the meeting's forum, date and symbol and a link to the record's pages: 201 with the statements, or 202 with a " +
      "job for a large record. Takes JSON text, or the record's file as multipart/form-data",
    access: "analyst",
    body: I.ImportRecordRequest,
    upload: I.ImportRecordUpload,
    response: I.ImportRecordResponse,
    status: 201,
    accepted: JobResponse,
    errors: [...write, ...fileErrors, "invalid_content", "not_a_record", "too_complex", "server_busy"],
  },
} as const satisfies Record<string, Endpoint>;
