import { endpoints, type ImportEdit } from "@verbatim/contract";
import { useMutation } from "@tanstack/react-query";
import { apiFetch, type BodyOf, type ResponseOf } from "../api/api-fetch.ts";
import { editsField, importForm, type ImportSource } from "./import-source.ts";

export type PreviewImportInput = BodyOf<typeof endpoints.previewImport>;
export type ImportPreview = ResponseOf<typeof endpoints.previewImport>;

export interface PreviewCall {
  source: ImportSource;
  /** The preview's edits so far, applied by the server in order: what it answers is exactly what would be imported. */
  edits?: readonly ImportEdit[];
  signal?: AbortSignal;
}

/** What importing a text or a file would create, without creating it. */
export function fetchImportPreview({ source, edits = [], signal }: PreviewCall): Promise<ImportPreview> {
  if (source.kind === "file") {
    return apiFetch(endpoints.previewImport, { form: importForm(source.file, { edits: editsField(edits) }), signal });
  }
  const body: PreviewImportInput = { format: source.format, content: source.content };
  if (edits.length) body.edits = [...edits];
  return apiFetch(endpoints.previewImport, { body, signal });
}

/** The preview as a mutation, because it is a POST the analyst starts. */
export function useImportPreview() {
  return useMutation({ mutationFn: fetchImportPreview });
}
