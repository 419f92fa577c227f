import { endpoints } from "@verbatim/contract";
import { useMutation } from "@tanstack/react-query";
import { apiFetch, type BodyOf, type ResponseOf } from "../api/api-fetch.ts";

export type PreviewImportInput = BodyOf<typeof endpoints.previewImport>;
export type ImportPreview = ResponseOf<typeof endpoints.previewImport>;

/** What importing a text would create, without creating it. A mutation because it is a POST the user starts. */
export function useImportPreview() {
  return useMutation({
    mutationFn: ({ body, signal }: { body: PreviewImportInput; signal?: AbortSignal }) =>
      apiFetch(endpoints.previewImport, { body, signal }),
  });
}
